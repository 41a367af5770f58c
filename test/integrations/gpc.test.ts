import { expect } from '@open-wc/testing';
import { CONSENT_COOKIE } from '../../src/core/names.js';
import { decodeConsent } from '../../src/core/codec.js';
import { applyGpc, type GpcNavigator } from '../../src/integrations/gpc.js';
import { DAY, managerFor, type Site } from './setup.js';

const GPC: GpcNavigator = { globalPrivacyControl: true };
const NO_GPC: GpcNavigator = {};

function start(site: Site = {}, nav: GpcNavigator = GPC) {
  const setup = managerFor(site);
  const stop = applyGpc(setup.manager, nav);
  return { ...setup, stop };
}

/** What the `assent` cookie holds. */
const storedSource = (storage: ReturnType<typeof managerFor>['storage']) => decodeConsent(storage.read(CONSENT_COOKIE))?.source;

describe('applyGpc', () => {
  it('first visit with the signal: records every optional category off, source gpc, so the banner has nothing to ask', () => {
    const { manager, storage, changes } = start({ attrs: { categories: 'analytics,marketing' } });
    expect(manager.$needsAnswer.get()).to.equal(false);
    expect(manager.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: false });
    expect(manager.get().updatedAt).to.be.a('string');
    expect(storedSource(storage)).to.equal('gpc');
    expect(changes.map((change) => change.source)).to.deep.equal(['gpc']);
  });

  it('is kept like any decision: the next page view does not ask and does not record again', () => {
    const first = start();
    const next = start({ storage: first.storage, clock: first.clock });
    expect(next.manager.$needsAnswer.get()).to.equal(false);
    expect(next.changes).to.deep.equal([]);
  });

  it('the person can still opt in on purpose; that answer (source user) wins and GPC leaves it alone', () => {
    const { manager, storage, clock } = start();
    manager.set({ categories: { analytics: true } }, 'user');
    expect(manager.has('analytics')).to.equal(true);
    expect(storedSource(storage)).to.equal('user');
    clock.now += DAY;
    const next = start({ storage, clock });
    expect(next.manager.has('analytics')).to.equal(true);
    expect(next.changes).to.deep.equal([]);
  });

  it('changes nothing when a decision is stored', () => {
    for (const answer of [true, false]) {
      const first = managerFor();
      first.manager.set({ categories: { analytics: answer } }, 'user');
      const next = start({ storage: first.storage, clock: first.clock });
      expect(next.manager.has('analytics'), String(answer)).to.equal(answer);
      expect(next.changes, String(answer)).to.deep.equal([]);
      expect(storedSource(first.storage)).to.equal('user');
    }
  });

  it('never takes back a consent given: with a new category to ask about, the banner asks', () => {
    const first = managerFor();
    first.manager.acceptAll('user');
    const next = start({ attrs: { categories: 'analytics,marketing' }, storage: first.storage, clock: first.clock });
    expect(next.manager.$needsAnswer.get()).to.equal(true);
    expect(next.manager.has('analytics')).to.equal(true);
    expect(next.changes).to.deep.equal([]);
  });

  it('answers a new category when nothing was granted', () => {
    const first = managerFor();
    first.manager.rejectAll('user');
    first.clock.now += DAY;
    const next = start({ attrs: { categories: 'analytics,marketing' }, storage: first.storage, clock: first.clock });
    expect(next.manager.$needsAnswer.get()).to.equal(false);
    expect(next.manager.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: false });
    expect(next.changes.map((change) => change.source)).to.deep.equal(['gpc']);
  });

  it('answers again when the decision expires while the page stays open', async () => {
    const { manager, clock, changes } = start();
    clock.now += 181 * DAY;
    manager.refresh();
    expect(manager.$needsAnswer.get(), 'the expiry is announced first').to.equal(true);
    await Promise.resolve();
    expect(manager.$needsAnswer.get()).to.equal(false);
    expect(changes.map((change) => change.source)).to.deep.equal(['gpc', 'expiry', 'gpc']);
  });

  it('answers after a new data-revision too', () => {
    const first = start({ attrs: { revision: '1' } });
    const next = start({ attrs: { revision: '2' }, storage: first.storage, clock: first.clock });
    expect(next.manager.$needsAnswer.get()).to.equal(false);
    expect(next.manager.get().revision).to.equal('2');
    expect(next.changes.map((change) => change.source)).to.deep.equal(['gpc']);
  });

  const ignored: [string, Site, GpcNavigator][] = [
    ['without the signal', {}, NO_GPC],
    ['with globalPrivacyControl false', {}, { globalPrivacyControl: false }],
    ['with a truthy non-boolean', {}, { globalPrivacyControl: 1 as unknown as boolean }],
    ['with data-gpc="ignore"', { attrs: { gpc: 'ignore' } }, GPC],
  ];
  for (const [what, site, nav] of ignored) {
    it(`does nothing ${what}: the banner asks`, async () => {
      const { manager, changes, clock } = start(site, nav);
      clock.now += 181 * DAY;
      manager.refresh();
      await Promise.resolve();
      expect(manager.$needsAnswer.get()).to.equal(true);
      expect(changes).to.deep.equal([]);
    });
  }

  it('stops answering after the returned function is called', async () => {
    const { manager, clock, stop } = start();
    stop();
    clock.now += 181 * DAY;
    manager.refresh();
    await Promise.resolve();
    expect(manager.$needsAnswer.get()).to.equal(true);
  });
});
