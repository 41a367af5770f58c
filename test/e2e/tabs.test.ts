import { expect } from '@open-wc/testing';
import { closePages, openPage, until } from '../harness/page.js';

const TRACKER = `<script type="text/plain" data-assent="analytics">(window.__ran = window.__ran || []).push('tracker')</script>`;

describe('other open tabs (real pages)', () => {
  afterEach(closePages);

  it('a decision in one tab closes the banner, runs gated scripts and fires assent-change in another, without reload', async () => {
    const first = await openPage({ body: TRACKER });
    const second = await openPage({ body: TRACKER });
    (second.window as unknown as { __marker: string }).__marker = 'not reloaded';
    const sources: string[] = [];
    second.document.addEventListener('assent-change', (event) => sources.push((event as CustomEvent).detail.source));
    expect(second.bannerShown()).to.equal(true);

    // The second frame covers the first, so this is a DOM click on the first tab's button.
    first.button(first.banner(), 'Accept all').click();
    await until(() => !second.bannerShown(), 'the other tab closes its banner');
    await until(() => second.window.__ran?.length === 1, 'the other tab runs its gated script');
    expect(second.assent.has('analytics')).to.equal(true);
    expect(sources).to.deep.equal(['tab']);
    expect((second.window as unknown as { __marker: string }).__marker).to.equal('not reloaded');

    // And back: withdrawing in the second tab reaches the first.
    second.assent.withdraw();
    await until(() => !first.assent.has('analytics'), 'the first tab learns of the withdrawal');
  });
});

describe('other open tabs, in a browser without BroadcastChannel (real pages)', () => {
  afterEach(closePages);

  // Older Safari had no BroadcastChannel: the tab catches up when it is looked at again.
  const NO_CHANNEL = '<script>delete window.BroadcastChannel</script>';

  it('learns of a decision made in another tab when it becomes visible again, or comes back from the back/forward cache', async () => {
    const first = await openPage({ body: TRACKER, head: NO_CHANNEL });
    const second = await openPage({ body: TRACKER, head: NO_CHANNEL });
    expect(typeof second.window.BroadcastChannel).to.equal('undefined');
    const sources: string[] = [];
    second.document.addEventListener('assent-change', (event) => sources.push((event as CustomEvent).detail.source));

    first.button(first.banner(), 'Accept all').click();
    await until(() => first.assent.has('analytics'), 'the first tab accepts');
    // Nothing tells the second tab yet: it still asks.
    expect(second.bannerShown()).to.equal(true);
    expect(second.assent.has('analytics')).to.equal(false);

    // The learner switches back to it (the document is visible inside the test frame).
    second.document.dispatchEvent(new Event('visibilitychange'));
    await until(() => !second.bannerShown(), 'the other tab closes its banner');
    await until(() => second.window.__ran?.length === 1, 'the other tab runs its gated script');
    expect(second.assent.has('analytics')).to.equal(true);
    expect(sources).to.deep.equal(['tab']);

    // Withdrawn in the second tab; the first learns of it when restored from the back/forward cache.
    second.assent.withdraw();
    expect(first.assent.has('analytics')).to.equal(true);
    first.window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await until(() => !first.assent.has('analytics'), 'the first tab learns of the withdrawal');
  });
});
