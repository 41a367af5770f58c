import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_COOKIE_LENGTH, decodeConsent, decodeEmbedGrant, encodeConsent, encodeEmbedGrant, revisionKey, seal } from '../../src/core/codec.js';
import type { PolicyRecord } from '../../src/core/policy.js';
import { decodePolicies, encodePolicies } from '../../src/core/policy-codec.js';
import type { DecisionSource, StoredConsent, StoredEmbedGrant } from '../../src/core/types.js';
import { PROTOTYPE_KEYS, anyString, ensure, expectCleanPrototypes, fuzz, mutated, prototypeSnapshot, show, utf16String } from './arbitraries.js';

const SOURCES: DecisionSource[] = ['user', 'gpc', 'api', 'tab', 'expiry'];
const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;
/**
 * The largest time the codecs read back: before 1e10 seconds (the year 2286). Nine base-36 digits
 * hold far more, but a Date cannot; a later time reads as no decision (test/core/codec.test.ts).
 */
const MAX_TIME = 1e10 - 1;

// ---------------------------------------------------------------- generators

/** Seconds since the epoch: small, today's, and up to the largest the codecs store; now and then with a fraction. */
const seconds = fc.oneof(
  fc.nat(),
  fc.integer({ min: 1_600_000_000, max: 2_100_000_000 }),
  fc.maxSafeNat().map((n) => n % (MAX_TIME + 1)),
  fc.double({ min: 0, max: MAX_TIME, noNaN: true }),
);
const interval = fc.tuple(seconds, seconds).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const categoryName = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/),
  fc.constantFrom('analytics', 'functional', 'marketing', 'constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty'),
);
/** Any revision text: empty, unicode with lone surrogates, the separators of the codec, longer than the stored limit. */
const revision = fc.oneof(
  utf16String(),
  fc.string({ unit: fc.constantFrom('|', ',', '%', '#', ':', '1', 'a', 'é', '\ud800', '\udc00', '😀', ' ', '\x00'), maxLength: 80 }),
  anyString,
);
const consent: fc.Arbitrary<StoredConsent> = fc
  .record({
    revision,
    categories: fc.uniqueArray(fc.tuple(categoryName, fc.boolean()), { selector: ([name]) => name, maxLength: 12 }).map((entries) => Object.fromEntries(entries)),
    times: interval,
    source: fc.constantFrom(...SOURCES),
    guardian: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ times: [updatedAt, expiresAt], guardian, ...rest }) => ({ ...rest, updatedAt, expiresAt, ...(guardian === undefined ? {} : { guardian }) }));
const grant: fc.Arbitrary<StoredEmbedGrant> = fc
  .tuple(interval, fc.option(fc.boolean(), { nil: undefined }))
  .map(([[grantedAt, expiresAt], guardian]) => ({ grantedAt, expiresAt, ...(guardian === undefined ? {} : { guardian }) }));

const policyName = fc.oneof(
  utf16String({ minLength: 1 }),
  fc.constantFrom('privacy', 'terms', 'site-policy', '', ...PROTOTYPE_KEYS, 'a:b', 'a,b', 'a|b', '%', '%2C', ' '),
);
const decision = fc.record({
  version: fc.oneof(utf16String(), fc.constantFrom('1', '2024-06', 'v1:2', '|', ',', '%zz')),
  accepted: fc.boolean(),
  onBehalf: fc.boolean(),
  at: seconds,
}).chain((d) => (d.accepted ? fc.constant(d) : fc.option(fc.constant(true as const), { nil: undefined }).map((withdrawn) => (withdrawn ? { ...d, withdrawn } : d))));
/** A record built from entries, so that a policy named `__proto__` is an own key as `decodePolicies` makes it. */
const record: fc.Arbitrary<PolicyRecord> = fc
  .uniqueArray(fc.tuple(policyName, decision), { selector: ([name]) => name, maxLength: 8 })
  .map((entries) => Object.fromEntries(entries));

/** Characters that matter to the codecs, for edits. */
const codecAlphabet = fc.oneof(
  fc.constantFrom('|', ',', ':', '%', '0', '1', '9', 'a', 'd', 'g', 'p', 'u', 'z', 'A', ' ', '-', '_', '#', 'é', '\ud800', '\x00', '%7C', '%2C', '%3A'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
);

/** Values that look like ours (version, separators, base-36 fields) but were not made by the encoder. */
const lookalike = fc
  .tuple(
    fc.constantFrom('1', '0', '2', '', '1 ', '01'),
    fc.array(fc.string({ unit: fc.constantFrom('a', '1', '0', 'u', 'g', 'p', 'z', ',', ':', 'd', '%', 'x') }), { maxLength: 7 }),
    fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 7 }), fc.constant('')),
  )
  .map(([version, fields, sum]) => [version, ...fields, sum].join('|'));
const foreign = fc.oneof(anyString, lookalike, fc.webUrl(), fc.json());

// ---------------------------------------------------------------- expectations

const time = (value: number) => Math.max(0, Math.floor(value));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What `decodeConsent(encodeConsent(value))` must give. */
const expectedConsent = (value: StoredConsent): StoredConsent => ({
  revision: revisionKey(value.revision),
  categories: value.categories,
  updatedAt: time(value.updatedAt),
  expiresAt: time(value.expiresAt),
  source: value.source,
  ...(value.guardian ? { guardian: true } : {}),
});

const expectedPolicies = (value: PolicyRecord) =>
  Object.fromEntries(
    Object.entries(value).map(([name, d]) => [name, { version: d.version, accepted: d.accepted, onBehalf: d.onBehalf, at: Number.isFinite(d.at) ? time(d.at) : 0, ...(d.withdrawn ? { withdrawn: true } : {}) }]),
  );

/** A decoded consent that is well-formed in every field, whatever the value was. */
function ensureWellFormedConsent(decoded: StoredConsent, value: string): void {
  const where = () => `decodeConsent(${show(value)}) = ${show(decoded)}`;
  ensure(typeof decoded.revision === 'string', where);
  ensure(Object.getPrototypeOf(decoded.categories) === Object.prototype, where);
  for (const [name, granted] of Object.entries(decoded.categories)) ensure(CATEGORY_NAME.test(name) && typeof granted === 'boolean', where);
  ensure(Number.isSafeInteger(decoded.updatedAt) && Number.isSafeInteger(decoded.expiresAt) && decoded.updatedAt >= 0, where);
  ensure(decoded.updatedAt <= decoded.expiresAt && decoded.expiresAt <= MAX_TIME, where);
  ensure(SOURCES.includes(decoded.source), where);
  ensure(decoded.guardian === undefined || decoded.guardian === true, where);
}

function ensureWellFormedPolicies(decoded: PolicyRecord, value: string): void {
  const where = () => `decodePolicies(${show(value)}) = ${show(decoded)}`;
  ensure(Object.getPrototypeOf(decoded) === Object.prototype, where);
  for (const d of Object.values(decoded)) {
    ensure(typeof d.version === 'string' && typeof d.accepted === 'boolean' && typeof d.onBehalf === 'boolean', where);
    ensure(Number.isSafeInteger(d.at) && d.at >= 0 && d.at <= MAX_TIME, where);
  }
}

// ---------------------------------------------------------------- properties

describe('fuzz: cookie codecs', () => {
  const clean = prototypeSnapshot();
  afterEach(() => {
    expect(prototypeSnapshot(), 'prototypes unchanged').to.equal(clean);
    expectCleanPrototypes(['privacy', 'version', 'accepted']);
  });

  describe('assent (banner decision)', () => {
    it('round-trips every decision it can store, whatever the revision (3000 cases)', () => {
      fuzz(
        fc.property(consent, (value) => {
          const encoded = encodeConsent(value);
          if (encoded === null) {
            // Only a value too long for a cookie is refused.
            const categories = Object.entries(value.categories).map(([name, granted]) => `${name}${granted ? 1 : 0}`);
            const body = ['1', encodeURIComponent(revisionKey(value.revision)), categories.join(','), 'x'.repeat(20), 'up'].join('|');
            ensure(body.length > MAX_COOKIE_LENGTH - 30, () => `encodeConsent refused ${show(value)}`);
            return;
          }
          ensure(encoded.length <= MAX_COOKIE_LENGTH, () => `${encoded.length} characters`);
          const decoded = decodeConsent(encoded);
          ensure(decoded !== null, () => `decodeConsent(encodeConsent(${show(value)})) = null; value ${show(encoded)}`);
          ensure(same(decoded, expectedConsent(value)), () => `${show(value)} came back as ${show(decoded)}`);
          ensure(encodeConsent(decoded) === encoded, () => `encoding is not stable for ${show(value)}`);
        }),
        3000,
        // Found by this property: a category called `constructor` read as a duplicate (`in` sees inherited names).
        { examples: [[{ revision: '', categories: { constructor: false }, source: 'user', updatedAt: 0, expiresAt: 0 }]] },
      );
    });

    it('reads any edit of a stored value as no decision or the same decision, never another (5000 cases)', () => {
      const stored = consent.map((value) => encodeConsent(value)).filter((value): value is string => value !== null);
      fuzz(
        fc.property(stored.chain((value) => fc.tuple(fc.constant(value), mutated(fc.constant(value), codecAlphabet))), ([original, edited]) => {
          const decoded = decodeConsent(edited);
          ensure(decoded === null || same(decoded, decodeConsent(original)), () => `${show(edited)}, an edit of ${show(original)}, decodes to ${show(decoded)}`);
        }),
        5000,
      );
    });

    it('reads every truncation of a stored value as no decision (500 values)', () => {
      fuzz(
        fc.property(consent, (value) => {
          const encoded = encodeConsent(value);
          if (encoded === null) return;
          for (let end = 0; end < encoded.length; end++) {
            ensure(decodeConsent(encoded.slice(0, end)) === null, () => `${show(encoded.slice(0, end))} decodes`);
            ensure(decodeConsent(encoded.slice(end + 1)) === null, () => `${show(encoded.slice(end + 1))} decodes`);
          }
        }),
        500,
      );
    });

    it('never grants anything for a value it did not write (5000 cases)', () => {
      fuzz(
        fc.property(foreign, (value) => {
          // A random value passes the 32-bit checksum with a chance of about 2^-32: never, in practice.
          const decoded = decodeConsent(value);
          ensure(decoded === null, () => `${show(value)} decodes to ${show(decoded)}`);
        }),
        5000,
      );
      fuzz(
        fc.property(fc.anything(), (value) => {
          ensure(decodeConsent(value as string) === null, () => `${show(value)} decodes`);
        }),
        500,
      );
    });

    it('checks every field of a sealed value, not only the checksum (4000 cases)', () => {
      const field = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'z', '0', '1', '9', ',', '-', '_', 'u', 'g', 'p', '%', 'É', '\ud800') }), anyString);
      const nearlyRight = fc.tuple(
        fc.oneof(field, revision.map((text) => encodeURIComponent(revisionKey(text)))),
        fc.oneof(field, fc.array(fc.tuple(fc.oneof(categoryName, field), fc.constantFrom('0', '1', '2', '')), { maxLength: 5 }).map((items) => items.map(([n, v]) => n + v).join(','))),
        fc.oneof(field, seconds.map((n) => time(n).toString(36))),
        fc.oneof(field, seconds.map((n) => time(n).toString(36)), fc.constant('1'.repeat(10))),
        fc.oneof(field, fc.constantFrom('u', 'g', 'a', 't', 'e', 'up', 'gp', 'pu', 'x', 'uu', 'U', '')),
      );
      fuzz(
        fc.property(nearlyRight, (fields) => {
          const value = seal(fields);
          if (value === null) return;
          const decoded = decodeConsent(value);
          if (decoded !== null) ensureWellFormedConsent(decoded, value);
        }),
        4000,
      );
    });
  });

  describe('assent_PROVIDER (always allow)', () => {
    it('round-trips every grant (2000 cases)', () => {
      fuzz(
        fc.property(grant, (value) => {
          const encoded = encodeEmbedGrant(value);
          ensure(encoded !== null, () => `encodeEmbedGrant refused ${show(value)}`);
          const expected = { grantedAt: time(value.grantedAt), expiresAt: time(value.expiresAt), ...(value.guardian ? { guardian: true } : {}) };
          ensure(same(decodeEmbedGrant(encoded), expected), () => `${show(value)} came back as ${show(decodeEmbedGrant(encoded))}`);
        }),
        2000,
      );
    });

    it('reads any edit of a stored grant as no grant or the same grant (4000 cases)', () => {
      const stored = grant.map((value) => encodeEmbedGrant(value)!);
      fuzz(
        fc.property(stored.chain((value) => fc.tuple(fc.constant(value), mutated(fc.constant(value), codecAlphabet))), ([original, edited]) => {
          const decoded = decodeEmbedGrant(edited);
          ensure(decoded === null || same(decoded, decodeEmbedGrant(original)), () => `${show(edited)}, an edit of ${show(original)}, decodes to ${show(decoded)}`);
        }),
        4000,
      );
    });

    it('never grants for a value it did not write, nor for a consent value (4000 cases)', () => {
      fuzz(
        fc.property(fc.oneof(foreign, consent.map((value) => encodeConsent(value) ?? '')), (value) => {
          const decoded = decodeEmbedGrant(value);
          ensure(decoded === null, () => `${show(value)} decodes to ${show(decoded)}`);
        }),
        4000,
      );
    });
  });

  describe('assent_policies', () => {
    it('round-trips every record it can store, or refuses it without throwing (3000 cases)', () => {
      fuzz(
        fc.property(record, (value) => {
          const encoded = encodePolicies(value);
          if (encoded === null) return;
          const decoded = decodePolicies(encoded);
          ensure(decoded !== null, () => `decodePolicies(encodePolicies(${show(value)})) = null; value ${show(encoded)}`);
          ensure(same(decoded, expectedPolicies(value)), () => `${show(value)} came back as ${show(decoded)}`);
          ensureWellFormedPolicies(decoded, encoded);
        }),
        3000,
        {
          // Found by this property: a lone surrogate threw URIError; an empty name wrote a value that reads as nothing.
          examples: [
            [{ '\u0000': { version: '\ud800', accepted: false, onBehalf: false, at: 1_600_000_000 } }],
            [{ '': { version: '', accepted: false, onBehalf: false, at: 0 } }],
          ],
        },
      );
    });

    it('reads any edit of a stored record as nothing or the same record (4000 cases)', () => {
      const stored = record.map((value) => encodePolicies(value)).filter((value): value is string => value !== null);
      fuzz(
        fc.property(stored.chain((value) => fc.tuple(fc.constant(value), mutated(fc.constant(value), codecAlphabet))), ([original, edited]) => {
          const decoded = decodePolicies(edited);
          ensure(decoded === null || same(decoded, decodePolicies(original)), () => `${show(edited)}, an edit of ${show(original)}, decodes to ${show(decoded)}`);
        }),
        4000,
      );
    });

    it('reads nothing from a value it did not write (4000 cases)', () => {
      fuzz(
        fc.property(fc.oneof(foreign, consent.map((value) => encodeConsent(value) ?? '')), (value) => {
          const decoded = decodePolicies(value);
          ensure(decoded === null, () => `${show(value)} decodes to ${show(decoded)}`);
        }),
        4000,
      );
    });

    it('checks every entry of a sealed value and keeps prototype names as data (3000 cases)', () => {
      const piece = fc.oneof(
        fc.string({ unit: fc.constantFrom('a', '1', 'z', '%', '2', 'C', '_', '-', 'é', '\ud800') }),
        fc.constantFrom(...PROTOTYPE_KEYS, '%5F_proto__', '__proto__', '%E0%A4%A', '%'),
      );
      const entry = fc
        .tuple(piece, piece, fc.constantFrom('a', 'd', 'x', ''), fc.constantFrom('0', '1', '2', ''), fc.oneof(piece, seconds.map((n) => time(n).toString(36))))
        .map(([name, version, state, behalf, at]) => `${name}:${version}:${state}${behalf}:${at}`);
      fuzz(
        fc.property(fc.array(fc.oneof(entry, piece), { maxLength: 5 }), (entries) => {
          const value = seal([entries.join(',')]);
          if (value === null) return;
          const decoded = decodePolicies(value);
          if (decoded !== null) ensureWellFormedPolicies(decoded, value);
          ensure(prototypeSnapshot() === clean, () => `${show(value)} changed a prototype`);
        }),
        3000,
      );
    });
  });
});
