// Matomo, Google Consent Mode v2 and Global Privacy Control on real pages
// booting dist/assent.js from its own tag (run `npm run build` first).
import { expect } from '@open-wc/testing';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';
import { commands } from '../integrations/setup.js';

type Command = unknown[];
interface IntegrationWindow {
  _paq?: Command[] | { push(...commands: Command[]): void };
  dataLayer?: unknown[];
  __matomo?: { applied: Command[]; rememberedMaxAge: number | null };
  __firstEntry?: { kind: string; value: string; length: number };
  __changes?: string[];
}

const win = (page: TestPage) => page.window as unknown as IntegrationWindow;
/** The names of the cookies the page can see, duplicates (other paths) included. */
const cookieNames = (page: TestPage) =>
  page.document.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0].trim())
    .filter(Boolean)
    .sort();
const matomoCookies = (page: TestPage) => cookieNames(page).filter((name) => /^(_pk_|mtm_)/.test(name));

/** Matomo's own tracking code, after our tag, as the README says; matomo.js is the stand-in. */
const MATOMO_SNIPPET = `<script>
  var _paq = window._paq = window._paq || [];
  if (!window.assent) _paq.push(['requireCookieConsent']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
</script>`;
const MATOMO_JS = '<script src="/test/fixtures/fake-matomo.js"></script>';
const FOOTER = '<footer><a href="#" id="footer-link" data-assent-open>Cookie settings</a></footer>';

/** Records every `assent-change` source from before the widget boots. */
const RECORD_CHANGES = `<script>
  window.__changes = [];
  document.addEventListener('assent-change', function (event) { window.__changes.push(event.detail.source); });
</script>`;
const GPC_ON = `<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });</script>`;

const REQUIRE = ['requireCookieConsent'];
const FORGET = ['forgetCookieConsentGiven'];
const REMEMBER = ['rememberCookieConsentGiven', 180 * 24];

/** Withdraws analytics like a person: footer link, switch off, save. */
async function withdrawInSettings(page: TestPage): Promise<void> {
  await page.click(page.document.getElementById('footer-link')!);
  await until(() => page.dialog().open, 'dialog opens');
  const analytics = page.settings().querySelector<HTMLInputElement>('#switch-analytics')!;
  expect(analytics.checked, 'analytics was on').to.equal(true);
  await page.click(analytics);
  await page.click(page.button(page.settings(), 'Save choices'));
  await until(() => !page.dialog().open, 'dialog closes');
}

describe('integrations (real page)', () => {
  afterEach(closePages);

  describe('Matomo (data-matomo="on")', () => {
    it('first visit, Matomo loading after us: requireCookieConsent is queued before the tracking code, and no cookie is set', async () => {
      const page = await openPage({ attrs: { matomo: 'on' }, body: `${MATOMO_SNIPPET}${MATOMO_JS}${FOOTER}` });
      expect(win(page).__matomo!.applied).to.deep.equal([REQUIRE, ['trackPageView'], ['enableLinkTracking']]);
      expect(matomoCookies(page)).to.deep.equal([]);
    });

    it('the queue as matomo.js finds it: requireCookieConsent first', async () => {
      const page = await openPage({ attrs: { matomo: 'on' }, body: MATOMO_SNIPPET });
      expect(win(page)._paq).to.deep.equal([REQUIRE, ['trackPageView'], ['enableLinkTracking']]);
    });

    it('accept: rememberCookieConsentGiven for 180 days (not 30 years), then Matomo sets its cookies', async () => {
      const page = await openPage({ attrs: { matomo: 'on' }, body: `${MATOMO_SNIPPET}${MATOMO_JS}${FOOTER}` });
      await page.click(page.button(page.banner(), 'Accept all'));
      expect(win(page).__matomo!.applied).to.deep.equal([REQUIRE, ['trackPageView'], ['enableLinkTracking'], REMEMBER]);
      expect(win(page).__matomo!.rememberedMaxAge).to.equal(180 * 86400);
      expect(matomoCookies(page)).to.deep.equal(['_pk_id.1.abcd', '_pk_ses.1.abcd', 'mtm_cookie_consent']);
    });

    it('reject: forgetCookieConsentGiven, and still no cookie', async () => {
      const page = await openPage({ attrs: { matomo: 'on' }, body: `${MATOMO_SNIPPET}${MATOMO_JS}${FOOTER}` });
      await page.click(page.button(page.banner(), 'Reject all'));
      expect(win(page).__matomo!.applied).to.deep.equal([REQUIRE, ['trackPageView'], ['enableLinkTracking'], FORGET]);
      expect(matomoCookies(page)).to.deep.equal([]);
    });

    it('next page view after accept: remembers what is left of our 180 days', async () => {
      const page = await openPage({ attrs: { matomo: 'on' }, body: `${MATOMO_SNIPPET}${MATOMO_JS}${FOOTER}` });
      await page.click(page.button(page.banner(), 'Accept all'));
      await page.reload();
      expect(page.bannerShown()).to.equal(false);
      expect(win(page).__matomo!.applied).to.deep.equal([REQUIRE, REMEMBER, ['trackPageView'], ['enableLinkTracking']]);
      expect(matomoCookies(page)).to.deep.equal(['_pk_id.1.abcd', '_pk_ses.1.abcd', 'mtm_cookie_consent']);
    });

    it('withdrawal in the settings dialog: forgetCookieConsentGiven, and every _pk_*/mtm_* cookie gone, on / and on sub paths', async () => {
      const page = await openPage({
        path: '/sub/dir/page',
        attrs: { matomo: 'on' },
        body: `${MATOMO_SNIPPET}${MATOMO_JS}${FOOTER}`,
      });
      await page.click(page.button(page.banner(), 'Accept all'));
      // Real cookies, as Matomo and older trackers leave them on different paths.
      const doc = page.document;
      doc.cookie = '_pk_ref.1.abcd=x; path=/';
      doc.cookie = '_pk_id.1.abcd=sub; path=/sub';
      doc.cookie = '_pk_ses.1.abcd=dir; path=/sub/dir';
      doc.cookie = '_pk_testcookie.1.abcd=1; path=/sub/dir/';
      doc.cookie = 'mtm_consent=1; path=/sub';
      doc.cookie = 'mtm_consent_removed=1; path=/';
      doc.cookie = 'MoodleSession=keep; path=/';
      expect(matomoCookies(page)).to.include.members(['_pk_id.1.abcd', '_pk_ses.1.abcd', '_pk_ref.1.abcd', 'mtm_consent']);

      await withdrawInSettings(page);
      expect(win(page).__matomo!.applied.slice(-2)).to.deep.equal([REMEMBER, FORGET]);
      expect(matomoCookies(page)).to.deep.equal([]);
      expect(cookieNames(page)).to.include('MoodleSession');
    });

    it('Matomo loaded before us: its proxy gets requireCookieConsent at once', async () => {
      const head = `<script>window._paq = { calls: [], push: function () { this.calls.push(...arguments); } };</script>`;
      const page = await openPage({ attrs: { matomo: 'on' }, head });
      const paq = win(page)._paq as unknown as { calls: Command[] };
      expect(paq.calls).to.deep.equal([REQUIRE]);
      page.assent.acceptAll();
      page.assent.withdraw();
      expect(paq.calls).to.deep.equal([REQUIRE, REMEMBER, FORGET]);
    });

    it('does nothing with data-matomo="off"', async () => {
      const page = await openPage();
      expect(win(page)._paq).to.equal(undefined);
    });
  });

  describe('Google Consent Mode v2 (data-consent-mode="on")', () => {
    const DEFAULT = [
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'granted',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ];
    const update = (analytics: boolean, marketing: boolean) => [
      'consent',
      'update',
      {
        ad_storage: marketing ? 'granted' : 'denied',
        ad_user_data: marketing ? 'granted' : 'denied',
        ad_personalization: marketing ? 'granted' : 'denied',
        analytics_storage: analytics ? 'granted' : 'denied',
        functionality_storage: 'granted',
        personalization_storage: 'denied',
        security_storage: 'granted',
      },
    ];
    const attrs = { 'consent-mode': 'on', categories: 'analytics,marketing' };
    /** A Google tag snippet right after our tag: it reads dataLayer[0] before doing anything. */
    const GTAG = `<script>
      window.__firstEntry = {
        kind: Object.prototype.toString.call(window.dataLayer && window.dataLayer[0]),
        value: JSON.stringify(Array.from(window.dataLayer[0])),
        length: window.dataLayer.length,
      };
      window.dataLayer = window.dataLayer || [];
      function gtag() { dataLayer.push(arguments); }
      gtag('js', new Date(0));
      gtag('config', 'G-TEST');
    </script>`;

    it('the default is in dataLayer before any tag reads it, as an arguments object', async () => {
      const page = await openPage({ attrs, body: `${GTAG}${FOOTER}` });
      const first = win(page).__firstEntry!;
      expect(first.kind).to.equal('[object Arguments]');
      expect(first.length).to.equal(1);
      expect(JSON.parse(first.value)).to.deep.equal(DEFAULT);
      const layer = commands(win(page).dataLayer);
      expect(layer.map((entry) => entry[0])).to.deep.equal(['consent', 'js', 'config']);
      expect(layer[0]).to.deep.equal(DEFAULT);
    });

    it('first visit, accept, reject in the dialog, withdrawal: default, then one update each', async () => {
      const page = await openPage({ attrs, body: FOOTER });
      expect(commands(win(page).dataLayer)).to.deep.equal([DEFAULT]);

      await page.click(page.button(page.banner(), 'Accept all'));
      expect(commands(win(page).dataLayer)).to.deep.equal([DEFAULT, update(true, true)]);

      await withdrawInSettings(page);
      expect(commands(win(page).dataLayer)).to.deep.equal([DEFAULT, update(true, true), update(false, true)]);

      page.assent.withdraw();
      expect(commands(win(page).dataLayer)).to.deep.equal([
        DEFAULT,
        update(true, true),
        update(false, true),
        update(false, false),
      ]);
    });

    it('reject: an update with everything denied', async () => {
      const page = await openPage({ attrs, body: FOOTER });
      await page.click(page.button(page.banner(), 'Reject all'));
      expect(commands(win(page).dataLayer)).to.deep.equal([DEFAULT, update(false, false)]);
    });

    it('next page view: the default, then at once the stored decision, before any tag', async () => {
      const page = await openPage({ attrs, body: `${GTAG}${FOOTER}` });
      await page.click(page.button(page.banner(), 'Accept all'));
      await page.reload();
      expect(win(page).__firstEntry!.length).to.equal(2);
      expect(commands(win(page).dataLayer).slice(0, 2)).to.deep.equal([DEFAULT, update(true, true)]);
    });

    it('follows the mapping of the JSON block', async () => {
      const json = JSON.stringify({ consentMode: { analytics: ['analytics_storage', 'ad_user_data'] } });
      const page = await openPage({ attrs: { 'consent-mode': 'on' }, json, body: FOOTER });
      page.assent.acceptAll();
      const [, last] = commands(win(page).dataLayer);
      expect(last[2]).to.deep.include({ analytics_storage: 'granted', ad_user_data: 'granted', ad_storage: 'denied' });
      expect(page.errors).to.deep.equal([]);
    });

    it('does nothing with data-consent-mode="off"', async () => {
      const page = await openPage();
      expect(win(page).dataLayer).to.equal(undefined);
    });
  });

  describe('Global Privacy Control (data-gpc="respect", the default)', () => {
    it('with the signal: no banner, optional categories off, the decision recorded with source gpc', async () => {
      const page = await openPage({ attrs: { categories: 'analytics,marketing' }, head: `${GPC_ON}${RECORD_CHANGES}`, body: FOOTER });
      expect(page.bannerShown()).to.equal(false);
      const decision = page.assent.get();
      expect(decision.categories).to.deep.equal({ essential: true, analytics: false, marketing: false });
      expect(decision.updatedAt).to.be.a('string');
      expect(win(page).__changes).to.deep.equal(['gpc']);
      await page.reload();
      expect(page.bannerShown(), 'still no banner on the next page').to.equal(false);
      expect(win(page).__changes, 'and nothing recorded again').to.deep.equal([]);
    });

    it('the settings dialog still opens, and opting in there on purpose wins (source user) and is kept', async () => {
      const page = await openPage({ head: `${GPC_ON}${RECORD_CHANGES}`, body: FOOTER });
      await page.click(page.document.getElementById('footer-link')!);
      await until(() => page.dialog().open, 'dialog opens');
      const analytics = page.settings().querySelector<HTMLInputElement>('#switch-analytics')!;
      expect(analytics.checked, 'off by GPC').to.equal(false);
      await page.click(analytics);
      await page.click(page.button(page.settings(), 'Save choices'));
      await until(() => !page.dialog().open, 'dialog closes');
      expect(page.assent.has('analytics')).to.equal(true);
      expect(win(page).__changes).to.deep.equal(['gpc', 'user']);
      await page.reload();
      expect(page.assent.has('analytics'), 'the opt-in survives the signal').to.equal(true);
      expect(page.bannerShown()).to.equal(false);
      expect(win(page).__changes).to.deep.equal([]);
    });

    it('drives Matomo and Consent Mode from the recorded refusal', async () => {
      const page = await openPage({
        attrs: { matomo: 'on', 'consent-mode': 'on' },
        head: GPC_ON,
        body: `${MATOMO_SNIPPET}${MATOMO_JS}${FOOTER}`,
      });
      expect(win(page).__matomo!.applied).to.deep.equal([REQUIRE, ['trackPageView'], ['enableLinkTracking']]);
      const layer = commands(win(page).dataLayer);
      expect(layer.map((entry) => entry.slice(0, 2))).to.deep.equal([
        ['consent', 'default'],
        ['consent', 'update'],
      ]);
      expect(layer[1][2]).to.deep.include({ analytics_storage: 'denied', ad_storage: 'denied' });
      expect(matomoCookies(page)).to.deep.equal([]);
    });

    it('with data-gpc="ignore" the banner asks as usual', async () => {
      const page = await openPage({ attrs: { gpc: 'ignore' }, head: `${GPC_ON}${RECORD_CHANGES}` });
      expect(page.bannerShown()).to.equal(true);
      expect(page.assent.get().updatedAt).to.equal(null);
      expect(win(page).__changes).to.deep.equal([]);
    });

    it('without the signal the banner asks as usual', async () => {
      const page = await openPage({ head: RECORD_CHANGES });
      expect(page.bannerShown()).to.equal(true);
      expect(win(page).__changes).to.deep.equal([]);
    });
  });
});
