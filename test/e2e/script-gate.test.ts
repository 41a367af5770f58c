import { expect } from '@open-wc/testing';
import { aTimeout } from '@open-wc/testing';
import { closePages, openPage, until } from '../harness/page.js';

const push = (name: string) => `(window.__ran = window.__ran || []).push('${name}')`;
const GATED = [
  '<script type="text/plain" data-assent="analytics" src="/delayed.js?ms=300&name=A"></script>',
  `<script type="text/plain" data-assent="analytics">${push('B')}</script>`,
  '<script type="text/plain" data-assent="analytics" src="/delayed.js?ms=0&name=C"></script>',
  `<script type="text/plain" data-assent="marketing">${push('M')}</script>`,
].join('\n');

describe('gated scripts (real page)', () => {
  afterEach(closePages);

  it('run nothing before consent, then once each, in document order, only for the granted category', async () => {
    const page = await openPage({ body: GATED, attrs: { categories: 'analytics,marketing' } });
    await aTimeout(400);
    expect(page.window.__ran, 'nothing ran before consent').to.equal(undefined);
    expect(page.document.querySelectorAll('script[type="text/plain"]').length).to.equal(4);

    page.assent.set({ analytics: true, marketing: false });
    await until(() => page.window.__ran?.length === 3, 'three analytics scripts ran');
    expect(page.window.__ran).to.deep.equal(['A', 'B', 'C']);

    // A second grant of the same category runs nothing again.
    page.assent.acceptAll();
    await until(() => page.window.__ran!.length === 4, 'marketing ran');
    await aTimeout(400);
    expect(page.window.__ran).to.deep.equal(['A', 'B', 'C', 'M']);
  });

  it('run at load, in order, when consent was given on an earlier page view', async () => {
    const first = await openPage({ body: GATED, attrs: { categories: 'analytics,marketing' } });
    first.assent.set({ analytics: true });
    await until(() => first.window.__ran?.length === 3, 'ran on the first page');
    await first.reload();
    await until(() => first.window.__ran?.length === 3, 'ran after reload');
    await aTimeout(350);
    expect(first.window.__ran).to.deep.equal(['A', 'B', 'C']);
  });

  it('also gates scripts added to the page after boot', async () => {
    const page = await openPage();
    const late = page.document.createElement('script');
    late.type = 'text/plain';
    late.dataset.assent = 'analytics';
    late.textContent = push('late');
    page.document.body.append(late);
    await aTimeout(100);
    expect(page.window.__ran).to.equal(undefined);
    page.assent.acceptAll();
    await until(() => page.window.__ran?.length === 1, 'late script ran after consent');

    const later = page.document.createElement('script');
    later.type = 'text/plain';
    later.dataset.assent = 'analytics';
    later.textContent = push('later');
    page.document.body.append(later);
    await until(() => page.window.__ran?.length === 2, 'a script added after consent runs at once');
    expect(page.window.__ran).to.deep.equal(['late', 'later']);
  });

  it('stay inert after "Reject all"', async () => {
    const page = await openPage({ body: GATED, attrs: { categories: 'analytics,marketing' } });
    await page.click(page.button(page.banner(), 'Reject all'));
    await aTimeout(400);
    expect(page.window.__ran).to.equal(undefined);
  });
});

describe('assent-before-load on gated scripts (real page)', () => {
  afterEach(closePages);

  it('lets the site veto one script; the others still run and the vetoed one stays inert', async () => {
    const body = [
      `<script>document.addEventListener('assent-before-load', (event) => { if (event.detail.kind === 'script' && event.target.id === 'vetoed') event.preventDefault(); window.__seen = (window.__seen || []).concat(event.detail.category); });</script>`,
      `<script type="text/plain" data-assent="analytics" id="vetoed">${push('vetoed')}</script>`,
      `<script type="text/plain" data-assent="analytics">${push('allowed')}</script>`,
    ].join('\n');
    const page = await openPage({ body });
    page.assent.acceptAll();
    await until(() => page.window.__ran?.length === 1, 'the allowed script ran');
    page.assent.rejectAll();
    page.assent.acceptAll();
    await aTimeout(100);
    expect(page.window.__ran).to.deep.equal(['allowed']);
    expect(page.document.getElementById('vetoed')!.getAttribute('type')).to.equal('text/plain');
    expect((page.window as unknown as { __seen: string[] }).__seen).to.deep.equal(['analytics', 'analytics']);
  });
});
