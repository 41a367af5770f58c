import { expect } from '@open-wc/testing';
import { encodeConsent } from '../../src/core/codec.js';
import { closePages, cookieNames, openPage, until } from '../harness/page.js';

const now = () => Math.floor(Date.now() / 1000);

describe('banner (real page, real cookies)', () => {
  afterEach(closePages);

  it('is shown on the first visit with three equal buttons and the privacy link', async () => {
    const page = await openPage({ attrs: { 'privacy-url': '/privacy.html' } });
    const banner = page.banner();
    expect(banner, 'banner shown').to.not.equal(null);
    expect(banner!.querySelector('h2')!.textContent).to.equal('Cookies on this learning platform');
    const buttons = [...banner!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Settings']);
    const boxes = buttons.map((b) => b.getBoundingClientRect());
    const styles = buttons.map((b) => getComputedStyle(b));
    for (const [i, box] of boxes.entries()) {
      expect(Math.round(box.width), `width of ${i}`).to.equal(Math.round(boxes[0].width));
      expect(Math.round(box.height), `height of ${i}`).to.equal(Math.round(boxes[0].height));
      expect(styles[i].backgroundColor).to.equal(styles[0].backgroundColor);
      expect(styles[i].color).to.equal(styles[0].color);
      expect(styles[i].fontSize).to.equal(styles[0].fontSize);
      expect(styles[i].fontWeight).to.equal(styles[0].fontWeight);
    }
    expect(boxes[0].top, 'accept and reject on one row').to.equal(boxes[1].top);
    const link = banner!.querySelector('a')!;
    expect(link.textContent).to.equal('Privacy policy');
    expect(link.getAttribute('href')).to.equal('/privacy.html');
    expect(page.assent.has('analytics')).to.equal(false);
    expect(cookieNames()).to.not.include('assent');
  });

  it('stores "Accept all" and honours it after a reload', async () => {
    const page = await openPage();
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => page.banner() === null, 'banner closes');
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: true });
    expect(cookieNames()).to.include('assent');
    await page.reload();
    expect(page.bannerShown(), 'no banner after reload').to.equal(false);
    expect(page.assent.has('analytics')).to.equal(true);
    expect(page.assent.get().updatedAt).to.be.a('string');
  });

  it('stores "Reject all" and honours it after a reload', async () => {
    const page = await openPage();
    await page.click(page.button(page.banner(), 'Reject all'));
    await until(() => page.banner() === null, 'banner closes');
    await page.reload();
    expect(page.bannerShown()).to.equal(false);
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: false });
  });

  it('fires assent-change with the decision, the previous one and the source', async () => {
    const page = await openPage();
    const events: CustomEvent[] = [];
    page.document.addEventListener('assent-change', (event) => events.push(event as CustomEvent));
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => events.length === 1, 'one event');
    const { decision, previous, source } = events[0].detail;
    expect(source).to.equal('user');
    expect(decision.categories.analytics).to.equal(true);
    expect(previous.categories.analytics).to.equal(false);
    expect(previous.updatedAt).to.equal(null);
  });

  it('asks again when data-revision changes, and the old consent no longer counts', async () => {
    const first = await openPage({ attrs: { revision: '2026-01' } });
    await first.click(first.button(first.banner(), 'Accept all'));
    await until(() => first.banner() === null, 'banner closes');
    first.remove();
    const second = await openPage({ attrs: { revision: '2026-02' } });
    expect(second.bannerShown(), 'banner again').to.equal(true);
    expect(second.assent.has('analytics')).to.equal(false);
  });

  it('asks again once the stored decision has expired', async () => {
    const value = encodeConsent({
      revision: '',
      categories: { analytics: true },
      updatedAt: now() - 200 * 86400,
      expiresAt: now() - 20 * 86400,
      source: 'user',
    });
    document.cookie = `assent=${encodeURIComponent(value!)}; path=/`;
    const page = await openPage();
    expect(page.bannerShown(), 'banner after expiry').to.equal(true);
    expect(page.assent.has('analytics')).to.equal(false);
  });

  it('asks again when the decision expires while the page is open, with assent-change source "expiry"', async () => {
    const value = encodeConsent({
      revision: '',
      categories: { analytics: true },
      updatedAt: now() - 180 * 86400,
      expiresAt: now() + 2,
      source: 'user',
    });
    document.cookie = `assent=${encodeURIComponent(value!)}; path=/`;
    const record = `<script>window.__sources = []; document.addEventListener('assent-change', (e) => window.__sources.push(e.detail.source));</script>`;
    const page = await openPage({ head: record });
    expect(page.bannerShown(), 'no banner while the decision holds').to.equal(false);
    expect(page.assent.has('analytics')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The learner comes back to the tab.
    page.document.dispatchEvent(new Event('visibilitychange'));
    await until(() => page.bannerShown(), 'the banner asks again');
    expect(page.assent.has('analytics')).to.equal(false);
    expect((page.window as unknown as { __sources: string[] }).__sources).to.deep.equal(['expiry']);
  });

  it('keeps a valid stored decision when it has not expired', async () => {
    const value = encodeConsent({
      revision: '',
      categories: { analytics: true },
      updatedAt: now() - 10,
      expiresAt: now() + 86400,
      source: 'user',
    });
    document.cookie = `assent=${encodeURIComponent(value!)}; path=/`;
    const page = await openPage();
    expect(page.bannerShown()).to.equal(false);
    expect(page.assent.has('analytics')).to.equal(true);
  });

  it('treats a tampered cookie as no decision', async () => {
    const value = encodeConsent({
      revision: '',
      categories: { analytics: false },
      updatedAt: now() - 10,
      expiresAt: now() + 86400,
      source: 'user',
    })!;
    // Someone flips the answer to "granted" by hand.
    document.cookie = `assent=${encodeURIComponent(value.replace('analytics0', 'analytics1'))}; path=/`;
    const page = await openPage();
    expect(page.bannerShown()).to.equal(true);
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.errors, 'nothing alarming logged').to.deep.equal([]);
  });

  it('treats an oversized cookie as no decision', async () => {
    document.cookie = `assent=${'1|'.padEnd(2000, 'x')}; path=/`;
    const page = await openPage();
    expect(page.bannerShown()).to.equal(true);
    expect(page.assent.has('analytics')).to.equal(false);
  });

  it('asks again when a new category is added, keeping the earlier answers', async () => {
    const first = await openPage({ attrs: { categories: 'analytics' } });
    await first.click(first.button(first.banner(), 'Accept all'));
    await until(() => first.banner() === null, 'banner closes');
    first.remove();
    const second = await openPage({ attrs: { categories: 'analytics,marketing' } });
    expect(second.bannerShown()).to.equal(true);
    expect(second.assent.get().categories).to.deep.equal({ essential: true, analytics: true, marketing: false });
  });

  it('is not shown with data-banner="off", and the API still works', async () => {
    const page = await openPage({ attrs: { banner: 'off' } });
    expect(page.document.querySelector('assent-banner')).to.equal(null);
    page.assent.acceptAll();
    expect(page.assent.has('analytics')).to.equal(true);
  });

  it('speaks German on a German page', async () => {
    const page = await openPage({ lang: 'de', attrs: { 'privacy-url': '/datenschutz' } });
    const banner = page.banner()!;
    expect(banner.querySelector('h2')!.textContent).to.equal('Cookies auf dieser Lernplattform');
    expect([...banner.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Alle akzeptieren',
      'Alle ablehnen',
      'Einstellungen',
    ]);
    expect(banner.querySelector('a')!.textContent).to.equal('Datenschutzerklärung');
  });

  it('speaks the browser\'s language on a page that names none (data-lang="auto")', async () => {
    const browserPrefers = (languages: string[]) =>
      `<script>Object.defineProperty(Navigator.prototype, 'languages', { get: () => ${JSON.stringify(languages)}, configurable: true });</script>`;
    // Klingon (tlh) and Yiddish (yi) are languages assent does not ship.
    const german = await openPage({ lang: '', head: browserPrefers(['tlh', 'de-AT', 'en']) });
    expect(german.document.documentElement.hasAttribute('lang'), 'the page names no language').to.equal(false);
    expect(german.button(german.banner(), 'Alle ablehnen').isConnected, 'German, the first language it has').to.equal(true);
    const english = await openPage({ lang: '', head: browserPrefers(['tlh', 'yi']) });
    expect(english.button(english.banner(), 'Reject all').isConnected, 'English when it has none of them').to.equal(true);
  });

  it('follows data-lang over the page language', async () => {
    const page = await openPage({ lang: 'en', attrs: { lang: 'de' } });
    expect(page.button(page.banner(), 'Alle ablehnen').isConnected).to.equal(true);
  });

  it('uses texts from the inline JSON block', async () => {
    const json = JSON.stringify({ texts: { en: { bannerTitle: 'Your privacy on Moodle' } } });
    const page = await openPage({ json });
    expect(page.banner()!.querySelector('h2')!.textContent).to.equal('Your privacy on Moodle');
    expect(page.errors).to.deep.equal([]);
  });

  it('names a misspelt text key of the JSON block in one console error, and shows the rest', async () => {
    const json = JSON.stringify({ texts: { en: { bannerTitel: 'Typo', rejectAll: 'No, thanks' } } });
    const page = await openPage({ json });
    await until(() => page.errors.length > 0, 'the error is logged');
    expect(page.errors).to.have.length(1);
    expect(page.errors[0]).to.contain('#assent-config').and.contain('texts.en.bannerTitel');
    expect(page.button(page.banner(), 'No, thanks').isConnected).to.equal(true);
  });

  it('warns once about texts under another code for a shipped language (ger for de), and does not show them', async () => {
    const json = JSON.stringify({ texts: { ger: { rejectAll: 'Nein, danke' }, de: { rejectAll: 'Lieber nicht' } } });
    const page = await openPage({ json, lang: 'de' });
    await until(() => page.warnings.length > 0, 'the warning is logged');
    expect(page.warnings).to.deep.equal(['assent: "texts.ger" in #assent-config is unknown and ignored; did you mean "de"?']);
    expect(page.errors).to.deep.equal([]);
    expect(page.button(page.banner(), 'Lieber nicht').isConnected).to.equal(true);
  });
});
