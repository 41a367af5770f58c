import { expect } from '@open-wc/testing';
import { installMatomo, rememberHours, type MatomoCommand, type MatomoWindow } from '../../src/integrations/matomo.js';
import { DAY, NOW, cookieNames, dropCookies, managerFor, type Site } from './setup.js';

const MATOMO_COOKIES = [
  '_pk_id.1.abcd',
  '_pk_ses.1.abcd',
  '_pk_ref.1.abcd',
  '_pk_testcookie.1.abcd',
  'mtm_consent',
  'mtm_consent_removed',
  'mtm_cookie_consent',
];
const OTHER = ['MoodleSession', 'pk_not_matomo'];

/** A page where Matomo's snippet has not loaded matomo.js yet: `_paq` is the queue. */
function start(site: Site = {}, win: MatomoWindow = {}) {
  const setup = managerFor({ ...site, attrs: { matomo: 'on', ...site.attrs } });
  const stop = installMatomo(setup.manager, win, () => setup.clock.now);
  return { ...setup, win, stop, paq: () => win._paq as unknown as MatomoCommand[] };
}

/** A page where matomo.js has loaded: `_paq` is its proxy, which runs each command at once. */
function loaded() {
  const ran: unknown[][] = [];
  const win: MatomoWindow = { _paq: { push: (...commands: unknown[][]) => void ran.push(...commands) } };
  return { win, ran };
}

const REQUIRE: MatomoCommand = ['requireCookieConsent'];
const FORGET: MatomoCommand = ['forgetCookieConsentGiven'];
const remember = (hours: number): MatomoCommand => ['rememberCookieConsentGiven', hours];

describe('installMatomo', () => {
  afterEach(() => dropCookies([...MATOMO_COOKIES, ...OTHER]));

  describe('the _paq sequence', () => {
    it('first visit: requireCookieConsent and nothing else', () => {
      const { paq } = start();
      expect(paq()).to.deep.equal([REQUIRE]);
    });

    it('accept: rememberCookieConsentGiven for data-consent-days × 24 hours, not Matomo\'s 30 years', () => {
      const { manager, paq } = start();
      manager.acceptAll('user');
      expect(paq()).to.deep.equal([REQUIRE, remember(180 * 24)]);
    });

    it('follows data-consent-days', () => {
      const { manager, paq } = start({ attrs: { consentDays: '30' } });
      manager.set({ categories: { analytics: true } }, 'user');
      expect(paq()).to.deep.equal([REQUIRE, remember(30 * 24)]);
    });

    it('reject: forgetCookieConsentGiven', () => {
      const { manager, paq } = start();
      manager.rejectAll('user');
      expect(paq()).to.deep.equal([REQUIRE, FORGET]);
    });

    it('withdrawal after accept: forgetCookieConsentGiven', () => {
      const { win, ran } = loaded();
      const { manager } = start({}, win);
      manager.acceptAll('user');
      manager.withdraw('user');
      expect(ran).to.deep.equal([REQUIRE, remember(4320), FORGET]);
    });

    it('reload with analytics granted 10 days and 30 minutes ago: remembers the 170 days left, rounded up to hours', () => {
      const first = start();
      first.manager.acceptAll('user');
      first.clock.now += 10 * DAY + 1800;
      const { paq } = start({ storage: first.storage, clock: first.clock });
      // 170 days minus 30 minutes is 4079.5 hours: rounded up, so Matomo forgets at most an hour after us.
      expect(paq()).to.deep.equal([REQUIRE, remember(170 * 24)]);
    });

    it('reload with analytics refused: requireCookieConsent only', () => {
      const first = start();
      first.manager.rejectAll('user');
      const { paq } = start({ storage: first.storage, clock: first.clock });
      expect(paq()).to.deep.equal([REQUIRE]);
    });

    it('a new answer that keeps analytics on starts a new lifetime; embed-only changes push nothing', () => {
      const { win, ran } = loaded();
      const { manager, clock } = start({ attrs: { categories: 'analytics,marketing' } }, win);
      manager.acceptAll('user');
      clock.now += 5 * DAY;
      manager.set({ categories: { marketing: false } }, 'user');
      manager.set({ embeds: { youtube: true } }, 'user');
      expect(ran).to.deep.equal([REQUIRE, remember(4320), remember(4320)]);
    });

    it('a change to another category alone, under the same answer, pushes nothing', () => {
      const { manager, paq } = start({ attrs: { categories: 'analytics,marketing' } });
      manager.set({ embeds: { youtube: true } }, 'user');
      manager.set({ embeds: { youtube: false } }, 'user');
      expect(paq()).to.deep.equal([REQUIRE]);
    });

    it('expiry while the page stays open: forgetCookieConsentGiven', () => {
      const { win, ran } = loaded();
      const { manager, clock } = start({}, win);
      manager.acceptAll('user');
      clock.now += 181 * DAY;
      manager.refresh();
      expect(manager.has('analytics')).to.equal(false);
      expect(ran).to.deep.equal([REQUIRE, remember(4320), FORGET]);
    });

    it('a decision from another tab: remember, then forget', () => {
      const { win, ran } = loaded();
      const here = start({}, win);
      const there = managerFor({ attrs: { matomo: 'on' }, storage: here.storage, clock: here.clock });
      there.manager.acceptAll('user');
      here.manager.refresh('tab');
      there.manager.withdraw('user');
      here.manager.refresh('tab');
      expect(ran).to.deep.equal([REQUIRE, remember(4320), FORGET]);
    });

    it('keeps commands the site queued before us, in order', () => {
      const win: MatomoWindow = { _paq: [['setSiteId', '1'], ['trackPageView']] as MatomoCommand[] };
      const { manager, paq } = start({}, win);
      manager.acceptAll('user');
      expect(paq()).to.deep.equal([['setSiteId', '1'], ['trackPageView'], REQUIRE, remember(4320)]);
    });

    it('queues requireCookieConsent once when the site\'s snippet queued it first (Matomo logs an error for a second one)', () => {
      const win: MatomoWindow = { _paq: [['requireCookieConsent'], ['trackPageView']] as MatomoCommand[] };
      const { paq } = start({}, win);
      expect(paq()).to.deep.equal([REQUIRE, ['trackPageView']]);
    });

    it('while matomo.js has not loaded, only the latest answer waits in the queue', () => {
      // Matomo applies a queued forgetCookieConsentGiven before everything else: with both queued,
      // "accept, then withdraw" would end as remembered consent.
      const { manager, clock, paq } = start();
      manager.acceptAll('user');
      clock.now += 1;
      manager.withdraw('user');
      expect(paq()).to.deep.equal([REQUIRE, FORGET]);
      clock.now += 1;
      manager.acceptAll('user');
      expect(paq()).to.deep.equal([REQUIRE, remember(4320)]);
    });

    it('once matomo.js has loaded, every answer is passed on', () => {
      const { win, ran } = loaded();
      const { manager, clock } = start({}, win);
      manager.acceptAll('user');
      clock.now += 1;
      manager.withdraw('user');
      clock.now += 1;
      manager.acceptAll('user');
      expect(ran).to.deep.equal([REQUIRE, remember(4320), FORGET, remember(4320)]);
    });

    it('stops after the returned function is called', () => {
      const { manager, stop, paq } = start();
      stop();
      manager.acceptAll('user');
      expect(paq()).to.deep.equal([REQUIRE]);
    });
  });

  describe('Matomo loaded before us (_paq is its proxy)', () => {
    it('passes each command to push(), which runs it at once', () => {
      const { win, ran } = loaded();
      const { manager } = start({}, win);
      manager.acceptAll('user');
      manager.withdraw('user');
      expect(ran).to.deep.equal([REQUIRE, remember(4320), FORGET]);
    });

    it('survives a _paq whose push throws, and still deletes the cookies', () => {
      document.cookie = '_pk_id.1.abcd=x; path=/';
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const { manager } = start({}, { _paq: { push: () => { throw new Error('broken tracker'); } } });
        manager.rejectAll('user');
      } finally {
        console.error = original;
      }
      expect(logged.length).to.be.greaterThan(0);
      expect(String(logged[0][0])).to.contain('_paq');
      expect(cookieNames()).to.not.include('_pk_id.1.abcd');
    });
  });

  describe('cookies', () => {
    const set = (names: readonly string[]) => {
      for (const name of names) document.cookie = `${name}=1; path=/; SameSite=Lax`;
    };

    it('deletes every _pk_* and mtm_* cookie on withdrawal, and nothing else', () => {
      const { manager } = start();
      manager.acceptAll('user');
      set([...MATOMO_COOKIES, ...OTHER]);
      manager.withdraw('user');
      expect(cookieNames().sort()).to.deep.equal([...OTHER].sort());
    });

    it('deletes them on reject', () => {
      set(MATOMO_COOKIES);
      const { manager } = start();
      manager.rejectAll('user');
      expect(cookieNames().filter((name) => MATOMO_COOKIES.includes(name))).to.deep.equal([]);
    });

    it('keeps them while analytics stays granted', () => {
      const { manager } = start();
      manager.acceptAll('user');
      set(MATOMO_COOKIES);
      manager.set({ embeds: { youtube: true } }, 'user');
      expect(cookieNames()).to.include.members(MATOMO_COOKIES);
    });

    it('a Matomo consent that outlived ours is forgotten at once (requireCookieConsent alone would keep it)', () => {
      set(['mtm_cookie_consent', '_pk_id.1.abcd']);
      const { paq } = start();
      expect(paq()).to.deep.equal([REQUIRE, FORGET]);
      expect(cookieNames()).to.not.include.members(['mtm_cookie_consent', '_pk_id.1.abcd']);
    });

    it('with analytics granted, Matomo\'s consent cookie is left for Matomo to renew', () => {
      const first = start();
      first.manager.acceptAll('user');
      set(['mtm_cookie_consent']);
      const { paq } = start({ storage: first.storage, clock: first.clock });
      expect(paq()).to.deep.equal([REQUIRE, remember(4320)]);
      expect(cookieNames()).to.include('mtm_cookie_consent');
    });
  });

  it('does nothing with data-matomo="off"', () => {
    const win: MatomoWindow = {};
    const { manager } = managerFor();
    installMatomo(manager, win);
    manager.acceptAll('user');
    expect(win._paq).to.equal(undefined);
  });
});

describe('rememberHours', () => {
  const at = (seconds: number) => new Date(seconds * 1000).toISOString();
  const cases: [string, string | null, number, number, number][] = [
    ['a decision made now', at(NOW), 180, NOW, 4320],
    ['one made a second ago', at(NOW - 1), 180, NOW, 4320],
    ['one with 10 days left', at(NOW - 170 * DAY), 180, NOW, 240],
    ['one with 90 minutes left: rounded up', at(NOW - 180 * DAY + 5400), 180, NOW, 2],
    ['one with a minute left: at least 1, since Matomo reads 0 as 30 years', at(NOW - 180 * DAY + 60), 180, NOW, 1],
    ['one already over', at(NOW - 200 * DAY), 180, NOW, 1],
    ['one dated in the future (another clock): never more than the whole lifetime', at(NOW + 3600), 180, NOW, 4320],
    ['no decision: the whole lifetime', null, 30, NOW, 720],
    ['an unreadable date: the whole lifetime', 'not a date', 30, NOW, 720],
  ];
  for (const [what, updatedAt, days, now, hours] of cases) {
    it(`${what} → ${hours}`, () => expect(rememberHours(updatedAt, days, now)).to.equal(hours));
  }
});
