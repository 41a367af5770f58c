import { expect } from '@open-wc/testing';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { CONSENT_COOKIE, embedCookie } from '../../src/core/names.js';
import { checksum, decodeConsent, decodeEmbedGrant, encodeConsent, encodeEmbedGrant, seal } from '../../src/core/codec.js';
import { parseConfig } from '../../src/core/config.js';
import { recordChoice, resolveDecision } from '../../src/core/decision.js';
import type { PolicyRecord } from '../../src/core/policy.js';
import { encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import type { ConsentChange, StoredConsent } from '../../src/core/types.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import type { ConsentStorage } from '../../src/storage/types.js';

const NOW = 1_718_000_000;
const DAY = 86400;
const PROVIDERS = ['youtube', 'vimeo'];

/** Policy answers as the flow stores them for a minor (a guardian agreed) or for an adult. */
const policies = (minor: boolean): PolicyRecord => ({
  privacy: { version: '1', accepted: true, at: NOW - 60, onBehalf: minor },
  newsletter: { version: '1', accepted: false, at: NOW - 60, onBehalf: false },
});

function setup({ minor = true, storage = memoryStorage() }: { minor?: boolean | null; storage?: ConsentStorage } = {}) {
  if (minor !== null) storage.write(POLICY_COOKIE, encodePolicies(policies(minor))!, 395);
  const { config } = parseConfig({ categories: 'analytics,marketing' });
  const target = new EventTarget();
  const changes: ConsentChange[] = [];
  target.addEventListener('assent-change', (event) => changes.push((event as CustomEvent<ConsentChange>).detail));
  const manager = new ConsentManager({ config, storage, providers: () => PROVIDERS, target, now: () => NOW });
  return { manager, storage, changes };
}

/** The `assent` cookie as decoded, or null. */
const storedConsent = (storage: ConsentStorage) => decodeConsent(storage.read(CONSENT_COOKIE));

let warn: typeof console.warn;
let warnings: string[];
beforeEach(() => {
  warn = console.warn;
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = warn;
});

describe('a minor\'s consent (ConsentManager)', () => {
  describe('who counts as a minor', () => {
    it('someone whose policy answers a parent or guardian gave', () => {
      expect(setup({ minor: true }).manager.minor).to.equal(true);
    });

    it('not an adult, nor someone who has not answered the policies', () => {
      expect(setup({ minor: false }).manager.minor).to.equal(false);
      expect(setup({ minor: null }).manager.minor).to.equal(false);
    });

    it('not from a damaged policy cookie (no decision, never a status)', () => {
      const storage = memoryStorage();
      storage.write(POLICY_COOKIE, `${encodePolicies(policies(true))!}x`, 395);
      expect(setup({ minor: null, storage }).manager.minor).to.equal(false);
    });

    it('from the moment the policy answers change, after refresh()', () => {
      const { manager, storage } = setup({ minor: null });
      expect(manager.minor).to.equal(false);
      storage.write(POLICY_COOKIE, encodePolicies(policies(true))!, 395);
      manager.refresh('user');
      expect(manager.minor).to.equal(true);
    });
  });

  describe('without a guardian', () => {
    it('refuses "Accept all": nothing granted, nothing stored, the banner keeps asking', () => {
      const { manager, storage, changes } = setup();
      expect(manager.acceptAll('user')).to.equal(false);
      expect(manager.has('analytics')).to.equal(false);
      expect(manager.has('marketing')).to.equal(false);
      expect(storage.read(CONSENT_COOKIE)).to.equal(undefined);
      expect(manager.$needsAnswer.get()).to.equal(true);
      expect(changes).to.have.length(0);
      expect(warnings.join('\n')).to.include('analytics,marketing');
    });

    it('refuses a grant through set(), and `guardian` must be literally true', () => {
      const { manager } = setup();
      expect(manager.set({ categories: { analytics: true } }, 'api')).to.equal(false);
      expect(manager.set({ categories: { analytics: true } }, 'api', { guardian: 'yes' as unknown as boolean })).to.equal(false);
      expect(manager.has('analytics')).to.equal(false);
    });

    it('stores the refusals of a patch and leaves out only its grants', () => {
      const { manager, storage } = setup();
      expect(manager.set({ categories: { analytics: true, marketing: false } }, 'user')).to.equal(false);
      expect(manager.has('analytics')).to.equal(false);
      expect(storedConsent(storage)?.categories).to.deep.equal({ analytics: false, marketing: false });
    });

    it('stores "Reject all" and withdraw() as for anyone', () => {
      const { manager, storage, changes } = setup();
      manager.rejectAll('user');
      expect(storedConsent(storage)?.categories).to.deep.equal({ analytics: false, marketing: false });
      expect(storedConsent(storage)?.guardian).to.equal(undefined);
      expect(manager.$needsAnswer.get()).to.equal(false);
      expect(changes.map((c) => c.source)).to.deep.equal(['user']);
      manager.withdraw('user');
      expect(warnings).to.deep.equal([]);
    });

    it('refuses "always allow" for an embed provider; taking it back always works', () => {
      const { manager, storage } = setup();
      expect(manager.set({ embeds: { youtube: true } }, 'user')).to.equal(false);
      expect(manager.has('youtube')).to.equal(false);
      expect(storage.read(embedCookie('youtube'))).to.equal(undefined);
      expect(manager.set({ embeds: { youtube: false } }, 'user')).to.equal(true);
    });

    it('names what needs the agreement: only what is not on already, only for a minor', () => {
      const { manager } = setup();
      expect(manager.guardianNeeded({ categories: { analytics: true, marketing: false, essential: true, unknown: true } })).to.deep.equal([
        'analytics',
      ]);
      expect(manager.guardianNeeded({ embeds: { youtube: true, vimeo: false, nowhere: true } })).to.deep.equal(['youtube']);
      expect(manager.guardianNeeded(manager.allCategories(false))).to.deep.equal([]);
      manager.set({ categories: { analytics: true } }, 'user', { guardian: true });
      expect(manager.guardianNeeded(manager.allCategories(true))).to.deep.equal(['marketing']);
      expect(setup({ minor: false }).manager.guardianNeeded(manager.allCategories(true))).to.deep.equal([]);
    });
  });

  describe('with a guardian', () => {
    it('grants "Accept all" and records the guardian in the cookie', () => {
      const { manager, storage, changes } = setup();
      expect(manager.acceptAll('user', { guardian: true })).to.equal(true);
      expect(manager.has('analytics')).to.equal(true);
      expect(manager.has('marketing')).to.equal(true);
      const stored = storedConsent(storage)!;
      expect(stored.categories).to.deep.equal({ analytics: true, marketing: true });
      expect(stored.guardian).to.equal(true);
      expect(stored.source).to.equal('user');
      expect(changes.map((c) => c.source)).to.deep.equal(['user']);
      expect(manager.$needsAnswer.get()).to.equal(false);
    });

    it('grants "always allow" and records the guardian in assent_PROVIDER', () => {
      const { manager, storage } = setup();
      expect(manager.set({ embeds: { youtube: true } }, 'user', { guardian: true })).to.equal(true);
      expect(manager.has('youtube')).to.equal(true);
      expect(decodeEmbedGrant(storage.read(embedCookie('youtube')))).to.deep.equal({
        grantedAt: NOW,
        expiresAt: NOW + 14 * DAY,
        guardian: true,
      });
    });

    it('keeps the grants after a reload, and later changes that switch nothing new on need no tick', () => {
      const { manager, storage } = setup();
      manager.set({ categories: { analytics: true }, embeds: { youtube: true } }, 'user', { guardian: true });
      const reloaded = setup({ storage }).manager;
      expect(reloaded.has('analytics')).to.equal(true);
      expect(reloaded.has('youtube')).to.equal(true);
      expect(reloaded.$needsAnswer.get()).to.equal(false);
      // Saving the settings again with analytics still on is no new grant.
      expect(reloaded.set({ categories: { analytics: true, marketing: false } }, 'user')).to.equal(true);
      expect(storedConsent(storage)?.guardian).to.equal(true);
      expect(setup({ storage }).manager.has('analytics')).to.equal(true);
    });
  });

  describe('grants given before the person was known to be a minor', () => {
    it('no longer count once the policy answers say minor, and the banner asks again', () => {
      const { manager, storage, changes } = setup({ minor: null });
      manager.acceptAll('user');
      manager.set({ embeds: { youtube: true } }, 'user');
      expect(manager.has('analytics')).to.equal(true);
      storage.write(POLICY_COOKIE, encodePolicies(policies(true))!, 395);
      manager.refresh('user');
      expect(manager.has('analytics')).to.equal(false);
      expect(manager.has('youtube')).to.equal(false);
      expect(manager.$needsAnswer.get()).to.equal(true);
      const last = changes.at(-1)!;
      expect(last.previous.categories.analytics).to.equal(true);
      expect(last.decision.categories.analytics).to.equal(false);
      expect(manager.embedExpiry('youtube')).to.equal(null);
    });

    it('refusals given before still count: no banner for a minor who said no', () => {
      const { manager, storage } = setup({ minor: null });
      manager.rejectAll('user');
      storage.write(POLICY_COOKIE, encodePolicies(policies(true))!, 395);
      manager.refresh('user');
      expect(manager.$needsAnswer.get()).to.equal(false);
    });
  });

  describe('someone who is not a minor', () => {
    for (const minor of [false, null]) {
      it(`is unchanged (${minor === null ? 'no policy answers' : 'adult answers'}): grants without a tick, no guardian mark stored`, () => {
        const { manager, storage } = setup({ minor });
        expect(manager.acceptAll('user')).to.equal(true);
        expect(manager.set({ embeds: { youtube: true } }, 'user')).to.equal(true);
        expect(manager.has('analytics')).to.equal(true);
        expect(manager.has('youtube')).to.equal(true);
        expect(storedConsent(storage)?.guardian).to.equal(undefined);
        expect(decodeEmbedGrant(storage.read(embedCookie('youtube')))?.guardian).to.equal(undefined);
        // The cookies are byte for byte what they were before minors were handled.
        expect(storage.read(CONSENT_COOKIE)!.split('|')[5]).to.equal('u');
        expect(storage.read(embedCookie('youtube'))!.split('|')).to.have.length(4);
        expect(warnings).to.deep.equal([]);
      });
    }
  });
});

describe('the guardian mark in the cookies', () => {
  const consent = (overrides: Partial<StoredConsent> = {}): StoredConsent => ({
    revision: 'v1',
    categories: { analytics: true },
    updatedAt: NOW,
    expiresAt: NOW + 180 * DAY,
    source: 'user',
    ...overrides,
  });

  it('round-trips in the consent cookie, after the source letter', () => {
    const value = encodeConsent(consent({ guardian: true }))!;
    expect(value.split('|')[5]).to.equal('up');
    expect(decodeConsent(value)).to.deep.equal(consent({ guardian: true }));
  });

  it('leaves a value without the mark exactly as before, and reads old values as without it', () => {
    expect(encodeConsent(consent({ guardian: false }))).to.equal(encodeConsent(consent()));
    expect(decodeConsent(encodeConsent(consent()))).to.not.have.property('guardian');
  });

  it('accepts no other mark or position', () => {
    const fields = ['v1', 'analytics1', NOW.toString(36), (NOW + DAY).toString(36)];
    for (const source of ['uq', 'pu', 'p', 'upp', 'xp', 'u p'])
      expect(decodeConsent(seal([...fields, source])), source).to.equal(null);
    expect(decodeConsent(seal([...fields, 'gp']))?.source).to.equal('gpc');
  });

  it('round-trips in an embed grant as a third field, and nothing else counts there', () => {
    const value = encodeEmbedGrant({ grantedAt: NOW, expiresAt: NOW + DAY, guardian: true })!;
    expect(value.split('|')).to.have.length(5);
    expect(decodeEmbedGrant(value)).to.deep.equal({ grantedAt: NOW, expiresAt: NOW + DAY, guardian: true });
    expect(encodeEmbedGrant({ grantedAt: NOW, expiresAt: NOW + DAY, guardian: false })).to.equal(
      encodeEmbedGrant({ grantedAt: NOW, expiresAt: NOW + DAY }),
    );
    const t = (n: number) => n.toString(36);
    for (const mark of ['', 'q', 'pp', t(NOW)]) expect(decodeEmbedGrant(seal([t(NOW), t(NOW + DAY), mark])), mark).to.equal(null);
    const body = `1|${t(NOW)}|${t(NOW + DAY)}|p`;
    expect(decodeEmbedGrant(`${body}|${checksum(body)}`)?.guardian).to.equal(true);
    expect(decodeEmbedGrant(`${body}|${checksum(body)}x`)).to.equal(null);
  });
});

describe('resolveDecision for a minor', () => {
  const CATEGORIES = ['analytics', 'marketing'];
  const stored = (guardian: boolean) =>
    recordChoice({ analytics: true, marketing: false }, CATEGORIES, 'v1', 180, NOW, 'user', guardian);

  it('counts grants given with a guardian', () => {
    const { decision, needsAnswer } = resolveDecision(stored(true), {}, CATEGORIES, 'v1', NOW, true);
    expect(decision.categories).to.deep.equal({ essential: true, analytics: true, marketing: false });
    expect(needsAnswer).to.equal(false);
  });

  it('drops grants given without one and asks again; refusals stand', () => {
    const { decision, needsAnswer } = resolveDecision(stored(false), {}, CATEGORIES, 'v1', NOW, true);
    expect(decision.categories).to.deep.equal({ essential: true, analytics: false, marketing: false });
    expect(needsAnswer).to.equal(true);
  });

  it('drops embed grants given without one', () => {
    const grants = { youtube: { grantedAt: NOW, expiresAt: NOW + DAY }, vimeo: { grantedAt: NOW, expiresAt: NOW + DAY, guardian: true } };
    expect(resolveDecision(null, grants, CATEGORIES, 'v1', NOW, true).decision.embeds).to.deep.equal({ vimeo: true });
    expect(resolveDecision(null, grants, CATEGORIES, 'v1', NOW).decision.embeds).to.deep.equal({ youtube: true, vimeo: true });
  });
});
