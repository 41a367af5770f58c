import { expect } from '@open-wc/testing';
import { installConsentMode, type DataLayerWindow } from '../../src/integrations/consent-mode.js';
import { commands, DAY, managerFor, type Site } from './setup.js';

const G = 'granted';
const D = 'denied';

/** The `default` command for the given site, as a plain array. */
const DEFAULT = (functionality: 'granted' | 'denied' = G) => [
  'consent',
  'default',
  {
    ad_storage: D,
    ad_user_data: D,
    ad_personalization: D,
    analytics_storage: D,
    functionality_storage: functionality,
    personalization_storage: D,
    security_storage: G,
    wait_for_update: 500,
  },
];

const update = (granted: { analytics?: boolean; marketing?: boolean; functional?: boolean | null }) => {
  const value = (on?: boolean | null) => (on ? G : D);
  // `functional: null`: the site does not ask about functional cookies, so functionality_storage is always granted.
  return [
    'consent',
    'update',
    {
      ad_storage: value(granted.marketing),
      ad_user_data: value(granted.marketing),
      ad_personalization: value(granted.marketing),
      analytics_storage: value(granted.analytics),
      functionality_storage: granted.functional === null ? G : value(granted.functional),
      personalization_storage: value(granted.functional),
      security_storage: G,
    },
  ];
};

const ALL = { categories: 'analytics,marketing,functional' };

function start(site: Site = {}, win: DataLayerWindow = {}) {
  const setup = managerFor({ ...site, attrs: { consentMode: 'on', ...site.attrs } });
  const stop = installConsentMode(setup.manager, win);
  return { ...setup, win, stop, layer: () => commands(win.dataLayer as unknown[] | undefined) };
}

describe('installConsentMode', () => {
  describe('the dataLayer sequence', () => {
    it('first visit: one default, everything denied but security (and functionality, which no category asks about)', () => {
      const { layer } = start();
      expect(layer()).to.deep.equal([DEFAULT()]);
    });

    it('pushes arguments objects, the shape gtag() pushes, never arrays', () => {
      const { win, manager } = start();
      manager.acceptAll('user');
      for (const entry of win.dataLayer as unknown[]) {
        expect(Array.isArray(entry)).to.equal(false);
        expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
      }
    });

    it('first visit with a functional category: functionality_storage is denied until consent too', () => {
      const { layer } = start({ attrs: ALL });
      expect(layer()).to.deep.equal([DEFAULT(D)]);
    });

    it('accept: an update granting what each category maps to', () => {
      const { manager, layer } = start({ attrs: ALL });
      manager.acceptAll('user');
      expect(layer()).to.deep.equal([DEFAULT(D), update({ analytics: true, marketing: true, functional: true })]);
    });

    it('reject: an update denying them', () => {
      const { manager, layer } = start({ attrs: ALL });
      manager.rejectAll('user');
      expect(layer()).to.deep.equal([DEFAULT(D), update({})]);
    });

    it('a choice per category', () => {
      const { manager, layer } = start({ attrs: ALL });
      manager.set({ categories: { analytics: true, marketing: false, functional: true } }, 'user');
      expect(layer()).to.deep.equal([DEFAULT(D), update({ analytics: true, functional: true })]);
    });

    it('withdrawal after accept: an update denying them again', () => {
      const { manager, layer } = start({ attrs: ALL });
      manager.acceptAll('user');
      manager.withdraw('user');
      expect(layer()).to.deep.equal([
        DEFAULT(D),
        update({ analytics: true, marketing: true, functional: true }),
        update({}),
      ]);
    });

    it('reload with a stored decision: the default, then at once the update', () => {
      const first = start();
      first.manager.set({ categories: { analytics: true } }, 'user');
      const { layer } = start({ storage: first.storage, clock: first.clock });
      expect(layer()).to.deep.equal([DEFAULT(), update({ analytics: true, functional: null })]);
    });

    it('expiry while the page stays open: an update back to denied', () => {
      const { manager, clock, layer } = start();
      manager.acceptAll('user');
      clock.now += 181 * DAY;
      manager.refresh();
      expect(layer()).to.deep.equal([
        DEFAULT(),
        update({ analytics: true, functional: null }),
        update({ functional: null }),
      ]);
    });

    it('a new answer is pushed even when the same; embed-only changes push nothing', () => {
      const { manager, clock, layer } = start();
      manager.set({ embeds: { youtube: true } }, 'user');
      manager.rejectAll('user');
      clock.now += 60;
      manager.rejectAll('user');
      manager.set({ embeds: { youtube: false } }, 'user');
      expect(layer()).to.deep.equal([DEFAULT(), update({ functional: null }), update({ functional: null })]);
    });

    it('keeps what the site or Google Tag Manager queued, and adds to the same array', () => {
      const existing: unknown[] = [{ event: 'gtm.js' }];
      const win = { dataLayer: existing };
      const { manager } = start({}, win);
      manager.acceptAll('user');
      expect(win.dataLayer).to.equal(existing);
      expect(existing[0]).to.deep.equal({ event: 'gtm.js' });
      expect(commands(existing.slice(1))).to.deep.equal([DEFAULT(), update({ analytics: true, functional: null })]);
    });

    it('stops after the returned function is called', () => {
      const { manager, stop, layer } = start();
      stop();
      manager.acceptAll('user');
      expect(layer()).to.deep.equal([DEFAULT()]);
    });
  });

  describe('the mapping from the JSON block', () => {
    it('grants only the keys the site mapped to a category', () => {
      const json = JSON.stringify({ consentMode: { analytics: ['analytics_storage', 'ad_user_data'], marketing: ['ad_storage'] } });
      const { manager, layer } = start({ attrs: { categories: 'analytics,marketing' }, json });
      manager.set({ categories: { analytics: true, marketing: false } }, 'user');
      expect(layer()[1]).to.deep.equal([
        'consent',
        'update',
        {
          ad_storage: D,
          // mapped to analytics by this site
          ad_user_data: G,
          // no longer mapped to any category: never granted
          ad_personalization: D,
          analytics_storage: G,
          functionality_storage: G,
          personalization_storage: D,
          security_storage: G,
        },
      ]);
    });

    it('a category mapped to nothing changes nothing', () => {
      const json = JSON.stringify({ consentMode: { marketing: [] } });
      const { manager, layer } = start({ attrs: { categories: 'marketing' }, json });
      manager.acceptAll('user');
      expect(layer()).to.deep.equal([DEFAULT(), update({ functional: null })]);
    });

    it('lets a site-defined category drive keys', () => {
      const json = JSON.stringify({ consentMode: { video: ['personalization_storage'] } });
      const { manager, layer } = start({ attrs: { categories: 'video' }, json });
      manager.acceptAll('user');
      expect((layer()[1][2] as Record<string, string>).personalization_storage).to.equal(G);
    });
  });

  it('does nothing with data-consent-mode="off"', () => {
    const win: DataLayerWindow = {};
    const { manager } = managerFor();
    installConsentMode(manager, win);
    manager.acceptAll('user');
    expect(win.dataLayer).to.equal(undefined);
  });

  it('survives a dataLayer whose push throws', () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args[0]);
    try {
      const { manager } = start({}, { dataLayer: { push: () => { throw new Error('broken'); } } } as DataLayerWindow);
      manager.acceptAll('user');
      expect(manager.has('analytics')).to.equal(true);
    } finally {
      console.error = original;
    }
    expect(logged).to.have.length(2);
    expect(String(logged[0])).to.contain('dataLayer');
  });
});
