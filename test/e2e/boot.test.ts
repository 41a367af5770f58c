import { expect } from '@open-wc/testing';
import { decodeConsent } from '../../src/core/codec.js';
import { closePages, cookieNames, openPage, until } from '../harness/page.js';
import { lastWrite, recordCookieWrites, type CookieWrite } from '../harness/cookies.js';

describe('boot from the script tag (real page)', () => {
  afterEach(closePages);

  const badValues: [string, string, string][] = [
    ['lang', 'klingon', 'auto, en, ar, bg'],
    ['categories', 'analytics,Bad Name', 'comma-separated list'],
    ['consent-days', '1000', '1 to 395'],
    ['embed-days', 'two weeks', '1 to 395'],
    ['privacy-url', 'javascript:alert(1)', 'http(s) URL'],
    ['embeds', 'sometimes', 'auto, off'],
    ['banner', 'hidden', 'auto, off'],
    ['matomo', 'yes', 'on, off'],
    ['consent-mode', 'true', 'on, off'],
    ['gpc', 'obey', 'respect, ignore'],
    ['endpoint', 'data:text/html,hi', 'http(s) URL'],
    ['cookie-domain', 'evil.example', 'parent domains'],
  ];

  for (const [attribute, value, allowed] of badValues) {
    it(`logs one error for data-${attribute}="${value}" and uses the default`, async () => {
      const page = await openPage({ attrs: { [attribute]: value } });
      expect(page.errors).to.have.length(1);
      expect(page.errors[0]).to.include(`data-${attribute}="${value}"`).and.include(allowed);
      // The default is in force: the banner asks, in English, and nothing is granted.
      expect(page.bannerShown(), 'banner still works').to.equal(true);
      expect(page.assent.has('analytics')).to.equal(false);
    });
  }

  /** How long the browser is told to keep the `assent` cookie and how long the decision inside it lasts, in days. */
  function storedDays(write: CookieWrite | undefined): { cookie: number; decision: number } {
    const decision = decodeConsent(decodeURIComponent(write!.value))!;
    return {
      cookie: Math.round(Number(write!.attributes['max-age']) / 86400),
      decision: (decision.expiresAt - decision.updatedAt) / 86400,
    };
  }

  for (const [value, days] of [['30', 30], ['-5', 180]] as const) {
    it(`keeps the decision ${days} days for data-consent-days="${value}"`, async () => {
      const page = await openPage({ attrs: { 'consent-days': value } });
      const recorder = recordCookieWrites(page.document);
      page.assent.acceptAll();
      recorder.stop();
      const write = lastWrite(recorder.writes, 'assent');
      expect(storedDays(write)).to.deep.equal({ cookie: days, decision: days });
      // The browser kept what it was told: the cookie the page reads is the one written.
      expect(page.document.cookie.split('; ')).to.include(`assent=${write!.value}`);
    });
  }

  it('logs a broken JSON block and keeps working', async () => {
    const page = await openPage({ json: '{ "texts": ' });
    expect(page.errors).to.have.length(1);
    expect(page.errors[0]).to.include('#assent-config');
    expect(page.bannerShown()).to.equal(true);
  });

  it('logs nothing on a correct page', async () => {
    const page = await openPage({ attrs: { lang: 'auto', 'privacy-url': '/p', revision: '3', 'consent-days': '90' } });
    expect(page.errors).to.deep.equal([]);
  });

  it('works for the page view without alarm when the browser refuses cookies', async () => {
    const refuseCookies = `<script>Object.defineProperty(document, 'cookie', { get: () => '', set: () => {}, configurable: true });</script>`;
    const page = await openPage({ head: refuseCookies, body: '<p>no cookies</p>' });
    expect(page.bannerShown()).to.equal(true);
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => page.banner() === null, 'banner closes for this page view');
    expect(page.assent.has('analytics')).to.equal(true);
    expect(page.errors).to.deep.equal([]);
    expect(cookieNames()).to.not.include('assent');
  });

  it('gives one widget when the tag is included twice', async () => {
    const page = await openPage({ head: '<script src="/dist/assent.js"></script>' });
    expect(page.document.querySelectorAll('assent-banner')).to.have.length(1);
    expect(page.document.querySelectorAll('assent-settings')).to.have.length(1);
  });

  for (const clobber of ['<a id="assent" href="#top">top</a>', '<form name="assent"><input name="get"></form>', '<img name="assent" alt="">']) {
    it(`starts when the page names an element "assent" before the tag (${clobber})`, async () => {
      const page = await openPage({ head: clobber });
      expect(page.bannerShown()).to.equal(true);
      expect(page.assent instanceof page.window.Element, 'window.assent is the API, not the element').to.equal(false);
      page.assent.acceptAll();
      expect(page.assent.has('analytics')).to.equal(true);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('reads a JSON block placed after the tag', async () => {
    const json = JSON.stringify({ texts: { en: { bannerTitle: 'Late title' } } });
    const page = await openPage({
      body: `<script type="application/json" id="assent-config">${json}</script><p>x</p>`,
    });
    expect(page.banner()!.querySelector('h2')!.textContent).to.equal('Late title');
  });
});

describe('window.assent (real page)', () => {
  afterEach(closePages);

  it('gets, sets, withdraws and opens the settings', async () => {
    const page = await openPage({ attrs: { categories: 'analytics,marketing' } });
    const { assent } = page;
    expect(assent.get()).to.deep.include({
      categories: { essential: true, analytics: false, marketing: false },
      revision: '',
      updatedAt: null,
    });
    expect(assent.has('essential')).to.equal(true);

    const sources: string[] = [];
    page.document.addEventListener('assent-change', (event) => sources.push((event as CustomEvent).detail.source));
    assent.set({ categories: { marketing: true } });
    await until(() => !page.bannerShown(), 'an API answer closes the banner');
    expect(assent.has('marketing')).to.equal(true);
    expect(assent.has('analytics')).to.equal(false);

    assent.acceptAll();
    expect(assent.has('analytics')).to.equal(true);
    assent.withdraw();
    expect(assent.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: false });
    expect(sources).to.deep.equal(['api', 'api', 'api']);

    // Mutating the returned object changes nothing.
    assent.get().categories.analytics = true;
    expect(assent.has('analytics')).to.equal(false);

    assent.openSettings();
    await until(() => page.dialog().open, 'openSettings opens the dialog');
  });

  it('ignores unknown categories and wrong types in set()', async () => {
    const page = await openPage();
    page.assent.set({ categories: { unknown: true, analytics: 'yes' as unknown as boolean } });
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: false });
    page.assent.set({ tracking: true });
    expect(page.assent.has('tracking')).to.equal(false);
  });
});
