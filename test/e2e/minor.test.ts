import { expect } from '@open-wc/testing';
import { encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import { closePages, cookieNames, openPage, until, type TestPage } from '../harness/page.js';

/** Stores policy answers as `<assent-policies digital-age>` does: given by a guardian for a minor. */
function answerPolicies(minor: boolean): void {
  const at = Math.floor(Date.now() / 1000) - 60;
  const value = encodePolicies({ privacy: { version: '1', accepted: true, at, onBehalf: minor } })!;
  document.cookie = `${POLICY_COOKIE}=${value}; path=/; max-age=3600`;
}

const guardianBox = (page: TestPage) => page.banner()?.querySelector<HTMLInputElement>('#guardian') ?? null;
const message = (page: TestPage) => page.banner()?.querySelector('#guardian-problem')?.textContent?.trim() ?? '';

describe('a minor on a real page (policy answers given by a guardian)', () => {
  afterEach(closePages);

  it('the banner asks for the guardian\'s tick: "Accept all" without it grants nothing, with it grants', async () => {
    answerPolicies(true);
    const page = await openPage();
    expect(page.assent.get().policies?.privacy?.onBehalf).to.equal(true);
    expect(page.bannerShown()).to.equal(true);
    expect(guardianBox(page) !== null, 'guardian checkbox shown').to.equal(true);
    expect(guardianBox(page)!.checked, 'unticked').to.equal(false);

    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => message(page) !== '', 'message shown');
    expect(message(page)).to.include('a parent or guardian must agree for you');
    expect(page.bannerShown(), 'banner still asks').to.equal(true);
    expect(page.assent.has('analytics')).to.equal(false);
    expect(cookieNames()).to.not.include('assent');

    await page.click(guardianBox(page)!);
    await until(() => guardianBox(page)?.checked === true, 'box ticked');
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => !page.bannerShown(), 'banner closes');
    expect(page.assent.has('analytics')).to.equal(true);
    expect(cookieNames()).to.include('assent');

    await page.reload();
    expect(page.bannerShown(), 'no banner after reload').to.equal(false);
    expect(page.assent.has('analytics')).to.equal(true);
  });

  it('"Reject all" needs no tick', async () => {
    answerPolicies(true);
    const page = await openPage();
    await page.click(page.button(page.banner(), 'Reject all'));
    await until(() => !page.bannerShown(), 'banner closes');
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: false });
    expect(cookieNames()).to.include('assent');
  });

  it('the API grants for a minor only with { guardian: true }', async () => {
    answerPolicies(true);
    const page = await openPage();
    expect(page.assent.acceptAll()).to.equal(false);
    expect(page.assent.set({ analytics: true })).to.equal(false);
    expect(page.assent.set({ analytics: true }, { guardian: 'yes' as unknown as boolean })).to.equal(false);
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.bannerShown()).to.equal(true);
    expect(page.assent.set({ analytics: true }, { guardian: true })).to.equal(true);
    expect(page.assent.has('analytics')).to.equal(true);
  });

  it('an earlier "Accept all" stops counting when the policies say minor, and the banner asks again', async () => {
    const page = await openPage();
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => !page.bannerShown(), 'banner closes');
    answerPolicies(true);
    await page.reload();
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.bannerShown()).to.equal(true);
    expect(guardianBox(page) !== null, 'guardian checkbox shown').to.equal(true);
  });

  it('an adult sees no guardian checkbox', async () => {
    answerPolicies(false);
    const page = await openPage();
    expect(page.bannerShown()).to.equal(true);
    expect(guardianBox(page) === null, 'no checkbox').to.equal(true);
  });
});
