import { expect } from '@open-wc/testing';
import { checksum, decodeConsent, encodeConsent } from '../../src/core/codec.js';
import {
  emptyDecision,
  newlyGranted,
  recordChoice,
  recordEmbedGrant,
  resolveDecision,
  sameDecision,
  withdrawn,
} from '../../src/core/decision.js';
import type { ConsentDecision, StoredConsent, StoredEmbedGrant } from '../../src/core/types.js';

const NOW = 1_718_000_000; // 2024-06-10T06:13:20Z
const DAY = 86400;
const CATEGORIES = ['analytics', 'marketing'] as const;

const stored = (overrides: Partial<StoredConsent> = {}): StoredConsent => ({
  revision: 'v1',
  categories: { analytics: true, marketing: false },
  updatedAt: NOW - DAY,
  expiresAt: NOW + 179 * DAY,
  source: 'user',
  ...overrides,
});

const decision = (categories: Record<string, boolean>, embeds: Record<string, boolean> = {}): ConsentDecision => ({
  categories: { essential: true, ...categories },
  embeds,
  revision: '',
  updatedAt: null,
});

describe('emptyDecision', () => {
  it('has essential on, every optional category off, no embeds and no time', () => {
    expect(emptyDecision(CATEGORIES, 'v3')).to.deep.equal({
      categories: { essential: true, analytics: false, marketing: false },
      embeds: {},
      revision: 'v3',
      updatedAt: null,
    });
  });

  it('has only essential without optional categories', () => {
    expect(emptyDecision([], '').categories).to.deep.equal({ essential: true });
  });

  it('returns a new object each time', () => {
    const a = emptyDecision(CATEGORIES, '');
    a.categories.analytics = true;
    expect(emptyDecision(CATEGORIES, '').categories.analytics).to.equal(false);
  });
});

describe('resolveDecision', () => {
  const resolve = (value: StoredConsent | null, grants: Record<string, StoredEmbedGrant | null> = {}, revision = 'v1') =>
    resolveDecision(value, grants, CATEGORIES, revision, NOW);
  const nothingGranted = { essential: true, analytics: false, marketing: false };

  it('asks when nothing is stored; only essential is on', () => {
    const { decision, needsAnswer } = resolve(null);
    expect(needsAnswer).to.be.true;
    expect(decision).to.deep.equal(emptyDecision(CATEGORIES, 'v1'));
  });

  it('restores a valid stored decision, with an ISO time, and does not ask', () => {
    const { decision, needsAnswer } = resolve(stored());
    expect(needsAnswer).to.be.false;
    expect(decision).to.deep.equal({
      categories: { essential: true, analytics: true, marketing: false },
      embeds: {},
      revision: 'v1',
      updatedAt: '2024-06-09T06:13:20.000Z',
    });
  });

  it('restores what the cookie codec wrote', () => {
    const value = encodeConsent(recordChoice({ analytics: true }, CATEGORIES, 'v1', 180, NOW, 'user'));
    const { decision, needsAnswer } = resolve(decodeConsent(value));
    expect(needsAnswer).to.be.false;
    expect(decision.categories).to.deep.equal({ essential: true, analytics: true, marketing: false });
  });

  it('asks again and grants nothing under another revision', () => {
    for (const revision of ['v2', '', 'V1', 'v1 ']) {
      const { decision, needsAnswer } = resolve(stored({ categories: { analytics: true, marketing: true } }), {}, revision);
      expect(needsAnswer, revision).to.be.true;
      expect(decision.categories, revision).to.deep.equal(nothingGranted);
      expect(decision.updatedAt).to.equal(null);
      expect(decision.revision).to.equal(revision);
    }
  });

  it('matches a long revision by its stored checksum key', () => {
    const long = `privacy-policy-${'2024-06-'.repeat(10)}`;
    const fromCookie = decodeConsent(encodeConsent(stored({ revision: long })));
    expect(fromCookie?.revision).to.equal(`#${checksum(long)}`);
    expect(resolve(fromCookie, {}, long).decision.categories.analytics).to.be.true;
    const other = resolve(fromCookie, {}, `${long}x`);
    expect(other.needsAnswer).to.be.true;
    expect(other.decision.categories.analytics).to.be.false;
  });

  it('asks again and grants nothing once the decision has expired', () => {
    for (const expiresAt of [NOW, NOW - 1, NOW - 365 * DAY]) {
      const { decision, needsAnswer } = resolve(stored({ updatedAt: NOW - 400 * DAY, expiresAt }));
      expect(needsAnswer, String(expiresAt)).to.be.true;
      expect(decision.categories).to.deep.equal(nothingGranted);
      expect(decision.updatedAt).to.equal(null);
    }
  });

  it('still honours a decision one second before it expires', () => {
    expect(resolve(stored({ expiresAt: NOW + 1 })).decision.categories.analytics).to.be.true;
  });

  it('grants nothing for a decision dated far in the future (a forged cookie or a broken clock)', () => {
    for (const updatedAt of [NOW + DAY + 1, NOW + 30 * DAY]) {
      const { decision, needsAnswer } = resolve(stored({ updatedAt, expiresAt: updatedAt + 180 * DAY }));
      expect(needsAnswer).to.be.true;
      expect(decision.categories).to.deep.equal(nothingGranted);
    }
  });

  it('tolerates a clock up to a day ahead', () => {
    const { decision, needsAnswer } = resolve(stored({ updatedAt: NOW + DAY, expiresAt: NOW + 180 * DAY }));
    expect(needsAnswer).to.be.false;
    expect(decision.categories.analytics).to.be.true;
  });

  it('asks about a category added since, keeping the known answers and the new one off', () => {
    const { decision, needsAnswer } = resolveDecision(
      stored({ categories: { analytics: true } }),
      {},
      ['analytics', 'marketing', 'functional'],
      'v1',
      NOW,
    );
    expect(needsAnswer).to.be.true;
    expect(decision.categories).to.deep.equal({ essential: true, analytics: true, marketing: false, functional: false });
    expect(decision.updatedAt).to.equal('2024-06-09T06:13:20.000Z');
  });

  it('ignores stored answers for categories no longer configured', () => {
    const { decision, needsAnswer } = resolveDecision(
      stored({ categories: { analytics: false, marketing: true, retired: true } }),
      {},
      ['analytics'],
      'v1',
      NOW,
    );
    expect(needsAnswer).to.be.false;
    expect(decision.categories).to.deep.equal({ essential: true, analytics: false });
  });

  it('keeps essential on whatever the cookie says', () => {
    const { decision } = resolve(stored({ categories: { essential: false, analytics: false, marketing: false } }));
    expect(decision.categories.essential).to.be.true;
  });

  describe('embed grants', () => {
    const valid = { grantedAt: NOW - DAY, expiresAt: NOW + 13 * DAY };

    it('restores valid grants', () => {
      const { decision } = resolve(stored(), { youtube: valid, vimeo: valid });
      expect(decision.embeds).to.deep.equal({ youtube: true, vimeo: true });
    });

    it('restores grants also while the banner must ask', () => {
      const { decision, needsAnswer } = resolve(null, { youtube: valid });
      expect(needsAnswer).to.be.true;
      expect(decision.embeds).to.deep.equal({ youtube: true });
      expect(decision.categories).to.deep.equal(nothingGranted);
    });

    it('leaves out missing, expired and future-dated grants', () => {
      const { decision } = resolve(stored(), {
        youtube: null,
        vimeo: { grantedAt: NOW - 14 * DAY, expiresAt: NOW },
        maps: { grantedAt: NOW - 20 * DAY, expiresAt: NOW - 6 * DAY },
        forged: { grantedAt: NOW + 2 * DAY, expiresAt: NOW + 16 * DAY },
        ok: valid,
      });
      expect(decision.embeds).to.deep.equal({ ok: true });
    });

    it('keeps a grant one second before it expires', () => {
      expect(resolve(null, { youtube: { grantedAt: NOW - DAY, expiresAt: NOW + 1 } }).decision.embeds).to.deep.equal({
        youtube: true,
      });
    });
  });
});

describe('recordChoice', () => {
  it('stores one answer per configured category, and only those', () => {
    const choice = { analytics: true, marketing: false, essential: false, unknown: true };
    expect(recordChoice(choice, CATEGORIES, 'v2', 180, NOW, 'user')).to.deep.equal({
      revision: 'v2',
      categories: { analytics: true, marketing: false },
      updatedAt: NOW,
      expiresAt: NOW + 180 * DAY,
      source: 'user',
    });
  });

  it('stores false for every answer that is not exactly true', () => {
    const choice = { analytics: 'true', marketing: 1 } as unknown as Record<string, boolean>;
    expect(recordChoice(choice, [...CATEGORIES, 'functional'], '', 1, NOW, 'api').categories).to.deep.equal({
      analytics: false,
      marketing: false,
      functional: false,
    });
  });

  it('expires after the given number of days', () => {
    for (const days of [1, 14, 180, 395]) {
      const record = recordChoice({}, CATEGORIES, '', days, NOW, 'gpc');
      expect(record.expiresAt - record.updatedAt, String(days)).to.equal(days * 86400);
      expect(record.source).to.equal('gpc');
    }
  });

  it('is honoured by resolveDecision until it expires', () => {
    const record = recordChoice({ analytics: true }, CATEGORIES, 'v1', 1, NOW, 'user');
    expect(resolveDecision(record, {}, CATEGORIES, 'v1', NOW + DAY - 1).decision.categories.analytics).to.be.true;
    expect(resolveDecision(record, {}, CATEGORIES, 'v1', NOW + DAY).decision.categories.analytics).to.be.false;
  });
});

describe('recordEmbedGrant', () => {
  it('lasts the given number of days', () => {
    expect(recordEmbedGrant(14, NOW)).to.deep.equal({ grantedAt: NOW, expiresAt: NOW + 14 * DAY });
  });
});

describe('newlyGranted and withdrawn', () => {
  const cases: [string, Record<string, boolean>, Record<string, boolean>, string[], string[]][] = [
    ['nothing changed', { analytics: false }, { analytics: false }, [], []],
    ['still granted', { analytics: true }, { analytics: true }, [], []],
    ['granted', { analytics: false }, { analytics: true }, ['analytics'], []],
    ['withdrawn', { analytics: true }, { analytics: false }, [], ['analytics']],
    [
      'one granted, one withdrawn',
      { analytics: true, marketing: false },
      { analytics: false, marketing: true },
      ['marketing'],
      ['analytics'],
    ],
    ['a new category, granted', {}, { functional: true }, ['functional'], []],
    ['a new category, refused', {}, { functional: false }, [], []],
    ['a granted category that is gone', { retired: true }, {}, [], ['retired']],
  ];
  for (const [title, before, after, granted, taken] of cases) {
    it(title, () => {
      const previous = decision(before);
      const next = decision(after);
      expect(newlyGranted(next, previous)).to.deep.equal(granted);
      expect(withdrawn(next, previous)).to.deep.equal(taken);
    });
  }

  it('never reports essential', () => {
    const empty = emptyDecision(CATEGORIES, '');
    const all = decision({ analytics: true, marketing: true });
    expect(newlyGranted(all, empty)).to.deep.equal(['analytics', 'marketing']);
    expect(withdrawn(empty, all)).to.deep.equal(['analytics', 'marketing']);
  });

  it('looks at categories only, not embeds', () => {
    expect(newlyGranted(decision({}, { youtube: true }), decision({}, {}))).to.deep.equal([]);
    expect(withdrawn(decision({}, {}), decision({}, { youtube: true }))).to.deep.equal([]);
  });
});

describe('sameDecision', () => {
  it('compares every part of a decision', () => {
    const base = decision({ analytics: true }, { youtube: true });
    expect(sameDecision(base, structuredClone(base))).to.be.true;
    expect(sameDecision(base, decision({ analytics: false }, { youtube: true }))).to.be.false;
    expect(sameDecision(base, decision({ analytics: true }, {}))).to.be.false;
    expect(sameDecision(base, { ...base, revision: 'v2' })).to.be.false;
    expect(sameDecision(base, { ...base, updatedAt: '2024-06-10T00:00:00.000Z' })).to.be.false;
  });
});

describe("category names that are also JavaScript's", () => {
  for (const name of ['constructor']) {
    it(`a category named ${name} is asked about until answered, and the decision can be copied`, () => {
      const none = resolveDecision(null, {}, [name], '', NOW);
      expect(none.needsAnswer).to.equal(true);
      const other = resolveDecision(
        { revision: '', categories: {}, updatedAt: NOW - 60, expiresAt: NOW + 86400, source: 'user' },
        {},
        [name],
        '',
        NOW,
      );
      expect(other.needsAnswer, 'a stored decision without it still asks').to.equal(true);
      expect(other.decision.categories[name]).to.equal(false);
      expect(() => structuredClone(other.decision)).to.not.throw();
    });
  }
});
