import { expect } from '@open-wc/testing';
import {
  CODEC_VERSION,
  MAX_COOKIE_LENGTH,
  checksum,
  decodeConsent,
  decodeEmbedGrant,
  encodeConsent,
  encodeEmbedGrant,
  revisionKey,
  seal,
  unseal,
} from '../../src/core/codec.js';
import { decodePolicies } from '../../src/core/policy-codec.js';
import type { DecisionSource, StoredConsent, StoredEmbedGrant } from '../../src/core/types.js';

const NOW = 1_718_000_000; // 2024-06-10, seconds
const DAY = 86400;

const consent = (overrides: Partial<StoredConsent> = {}): StoredConsent => ({
  revision: 'v1',
  categories: { analytics: true, marketing: false },
  updatedAt: NOW,
  expiresAt: NOW + 180 * DAY,
  source: 'user',
  ...overrides,
});

const grant: StoredEmbedGrant = { grantedAt: NOW, expiresAt: NOW + 14 * DAY };

/** A value with a correct checksum, built by hand: only the field under test is wrong. */
const sealed = (...fields: string[]) => {
  const value = seal(fields);
  if (value === null) throw new Error('fixture too long');
  return value;
};
const t = (seconds: number) => seconds.toString(36);
/** The five consent fields of a good value, for variations. */
const goodFields = () => ['v1', 'analytics1,marketing0', t(NOW), t(NOW + DAY), 'u'];

/** Every value that differs from `value` in exactly one character. */
function singleCharacterChanges(value: string): string[] {
  const replacements = ['0', '1', 'a', 'z', 'Z', '|', ',', '%', '#', '-', ' ', 'é'];
  const changed: string[] = [];
  for (let i = 0; i < value.length; i++)
    for (const c of replacements) if (c !== value[i]) changed.push(value.slice(0, i) + c + value.slice(i + 1));
  return changed;
}

describe('checksum', () => {
  it('is 32-bit FNV-1a in base 36 (published test vectors)', () => {
    expect(parseInt(checksum(''), 36)).to.equal(0x811c9dc5);
    expect(parseInt(checksum('a'), 36)).to.equal(0xe40c292c);
    expect(parseInt(checksum('foobar'), 36)).to.equal(0xbf9cf968);
    expect(checksum('foobar')).to.equal('1h5yxyg');
  });

  it('is stable across calls', () => {
    const text = '1|v1|analytics1|lx4k2o|m0abcd|u';
    expect(checksum(text)).to.equal(checksum(text));
  });

  it('differs for different inputs', () => {
    const inputs = ['', 'a', 'b', 'ab', 'ba', '1|v1|analytics1', '1|v1|analytics0', '1|v2|analytics1', 'ü', 'u'];
    expect(new Set(inputs.map(checksum)).size).to.equal(inputs.length);
  });
});

describe('seal and unseal', () => {
  it('round-trips the fields under the version', () => {
    const value = sealed('a', 'b', '');
    expect(value.startsWith(`${CODEC_VERSION}|a|b||`)).to.be.true;
    expect(unseal(value, 3)).to.deep.equal(['a', 'b', '']);
  });

  it('refuses a different field count', () => {
    const value = sealed('a', 'b', 'c');
    expect(unseal(value, 2)).to.equal(null);
    expect(unseal(value, 4)).to.equal(null);
  });

  for (const value of [undefined, null, '', '1', '|', '1|', '1||']) {
    it(`refuses ${JSON.stringify(value)}`, () => expect(unseal(value, 0)).to.equal(null));
  }
});

describe('encodeConsent and decodeConsent', () => {
  describe('round trips', () => {
    const cases: [string, Partial<StoredConsent>][] = [
      ['a typical decision', {}],
      ['no categories', { categories: {} }],
      ['all granted', { categories: { analytics: true, marketing: true, functional: true } }],
      ['all refused', { categories: { analytics: false, marketing: false } }],
      ['an empty revision', { revision: '' }],
      ['a revision with | and %', { revision: 'a|b%c%7C|' }],
      ['a revision with commas, spaces and quotes', { revision: '2024, "new" ; x=1' }],
      ['a unicode revision', { revision: 'Datenschutz-Überarbeitung 🍪 – 第3版' }],
      ['a revision of exactly 64 characters', { revision: 'r'.repeat(64) }],
      ['names with digits, - and _', { categories: { a: true, 'video_embeds-2': false, [`a${'b'.repeat(31)}`]: true } }],
      ['time zero', { updatedAt: 0, expiresAt: 0 }],
      ['updatedAt equal to expiresAt', { expiresAt: NOW }],
      // The last second in range (the year 2286); a later one counts as no decision (see 'times out of range').
      ['a far future expiry', { expiresAt: 1e10 - 1 }],
    ];
    for (const [title, overrides] of cases) {
      it(title, () => {
        const original = consent(overrides);
        const value = encodeConsent(original);
        expect(value).to.be.a('string');
        expect(value!.length).to.be.at.most(MAX_COOKIE_LENGTH);
        expect(decodeConsent(value)).to.deep.equal(original);
      });
    }

    for (const source of ['user', 'gpc', 'api', 'tab', 'expiry'] as DecisionSource[]) {
      it(`source ${source}`, () => {
        expect(decodeConsent(encodeConsent(consent({ source })))?.source).to.equal(source);
      });
    }

    it('keeps the order of the categories', () => {
      const categories = { marketing: true, analytics: false, functional: true };
      expect(Object.keys(decodeConsent(encodeConsent(consent({ categories })))!.categories)).to.deep.equal([
        'marketing',
        'analytics',
        'functional',
      ]);
    });

    it('stores whole seconds', () => {
      const decoded = decodeConsent(encodeConsent(consent({ updatedAt: NOW + 0.9, expiresAt: NOW + 10.2 })));
      expect(decoded).to.deep.include({ updatedAt: NOW, expiresAt: NOW + 10 });
    });

    it('leaves out category names that could not be read back', () => {
      const value = encodeConsent(consent({ categories: { analytics: true, 'Bad Name': true, 'a,b1': true, '': true } }));
      expect(decodeConsent(value)?.categories).to.deep.equal({ analytics: true });
    });

    it('writes nothing a cookie value cannot hold', () => {
      const value = encodeConsent(consent({ revision: 'a b;c,d"e\\f ü' }))!;
      // Printable ASCII without `;`, `"` or `\`; the revision's own characters are percent-encoded.
      expect(value).to.match(/^[\x21-\x7e]+$/);
      expect(value).to.not.match(/[;"\\]/);
    });
  });

  describe('long revisions', () => {
    const long = `policy-2024-06-${'x'.repeat(80)}`;

    it('keeps revisions of up to 64 characters as they are', () => {
      expect(revisionKey('')).to.equal('');
      expect(revisionKey('r'.repeat(64))).to.equal('r'.repeat(64));
    });

    it('stores longer revisions as their checksum', () => {
      expect(revisionKey('r'.repeat(65))).to.equal(`#${checksum('r'.repeat(65))}`);
      const decoded = decodeConsent(encodeConsent(consent({ revision: long })));
      expect(decoded?.revision).to.equal(`#${checksum(long)}`);
      expect(encodeConsent(consent({ revision: long }))).to.not.contain('xxxxxxxxxx');
    });

    it('still matches the revision it was made under, and no other', () => {
      const decoded = decodeConsent(encodeConsent(consent({ revision: long })))!;
      expect(revisionKey(decoded.revision)).to.equal(revisionKey(long));
      expect(revisionKey(decoded.revision)).to.not.equal(revisionKey(`${long}2`));
    });

    it('keeps the cookie short for a very long unicode revision', () => {
      const value = encodeConsent(consent({ revision: 'Ü'.repeat(5000) }));
      expect(value).to.be.a('string');
      expect(value!.length).to.be.below(100);
    });
  });

  describe('unreadable values decode to null', () => {
    const good = encodeConsent(consent())!;

    it('has a good value to start from', () => {
      expect(decodeConsent(good)).to.deep.equal(consent());
    });

    const garbage = [
      undefined,
      null,
      '',
      ' ',
      'yes',
      'true',
      '{"analytics":true}',
      'analytics=1',
      '1',
      '1|||||',
      '1|v1|analytics1|0|0|u',
      '1|v1|analytics1|0|0|u|',
      '1|v1|analytics1|0|0|u|0',
    ];
    for (const value of garbage) {
      it(`${JSON.stringify(value)}`, () => expect(decodeConsent(value)).to.equal(null));
    }

    it('any single changed character, at every position', () => {
      const changed = singleCharacterChanges(good);
      expect(changed.length).to.be.above(good.length * 10);
      for (const value of changed) expect(decodeConsent(value), value).to.equal(null);
    });

    it('any single changed character of a granting value with a unicode revision', () => {
      const value = encodeConsent(consent({ revision: 'ü|%', categories: { analytics: true } }))!;
      for (const changed of singleCharacterChanges(value)) expect(decodeConsent(changed), changed).to.equal(null);
    });

    it('every truncation', () => {
      for (let length = 0; length < good.length; length++)
        expect(decodeConsent(good.slice(0, length)), good.slice(0, length)).to.equal(null);
    });

    it('a removed or added character anywhere', () => {
      for (let i = 0; i < good.length; i++) {
        expect(decodeConsent(good.slice(0, i) + good.slice(i + 1))).to.equal(null);
        expect(decodeConsent(`${good.slice(0, i)}1${good.slice(i)}`)).to.equal(null);
      }
      expect(decodeConsent(`${good}1`)).to.equal(null);
      expect(decodeConsent(` ${good}`)).to.equal(null);
    });

    it('a value with another version, even with a correct checksum', () => {
      const body = ['2', ...goodFields()].join('|');
      expect(decodeConsent(`${body}|${checksum(body)}`)).to.equal(null);
      const body0 = ['0', ...goodFields()].join('|');
      expect(decodeConsent(`${body0}|${checksum(body0)}`)).to.equal(null);
    });

    it('a value with too few or too many fields', () => {
      const fields = goodFields();
      expect(decodeConsent(sealed(...fields))).to.not.equal(null);
      expect(decodeConsent(sealed(...fields.slice(0, 4)))).to.equal(null);
      expect(decodeConsent(sealed(...fields, 'u'))).to.equal(null);
      expect(decodeConsent(sealed())).to.equal(null);
    });

    it('an embed grant', () => {
      expect(decodeConsent(encodeEmbedGrant(grant))).to.equal(null);
    });

    const badCategories = [
      'analytics1,analytics1',
      'analytics1,analytics0',
      'analytics0,marketing1,analytics1',
      'analytics',
      'analytics2',
      'Analytics1',
      '1analytics1',
      '_analytics1',
      'ana lytics1',
      'analytics1,',
      ',analytics1',
      'analytics1,,marketing0',
      'analytics1;marketing0',
      `a${'b'.repeat(32)}1`,
      '__proto__1',
      'ü1',
    ];
    for (const list of badCategories) {
      it(`categories "${list}"`, () => {
        expect(decodeConsent(sealed('v1', list, t(NOW), t(NOW + DAY), 'u'))).to.equal(null);
      });
    }

    const badTimes: [string, string][] = [
      ['', t(NOW)],
      [t(NOW), ''],
      ['ZZZ', t(NOW)],
      [t(NOW), 'ZZZZZZ'],
      ['-1', t(NOW)],
      ['1.5', t(NOW)],
      ['1E3', t(NOW)],
      [' 1', t(NOW)],
      [t(NOW), 'nan!'],
      ['1234567890', '1234567891'],
      ['+10', '+20'],
      ['!', t(NOW)],
    ];
    for (const [updated, expires] of badTimes) {
      it(`times "${updated}" / "${expires}"`, () => {
        expect(decodeConsent(sealed('v1', 'analytics1', updated, expires, 'u'))).to.equal(null);
      });
    }

    it('updatedAt after expiresAt', () => {
      expect(decodeConsent(sealed('v1', 'analytics1', t(NOW + 1), t(NOW), 'u'))).to.equal(null);
      expect(decodeConsent(sealed('v1', 'analytics1', t(NOW), t(NOW), 'u'))).to.not.equal(null);
    });

    for (const source of ['', 'x', 'U', 'user', 'uu']) {
      it(`source "${source}"`, () => {
        expect(decodeConsent(sealed('v1', 'analytics1', t(NOW), t(NOW + DAY), source))).to.equal(null);
      });
    }

    it('a revision that is not valid percent-encoding', () => {
      for (const revision of ['%', '%E0%A4%A', '%ZZ', '%C3']) {
        expect(decodeConsent(sealed(revision, 'analytics1', t(NOW), t(NOW + DAY), 'u')), revision).to.equal(null);
      }
    });

    it('a value longer than MAX_COOKIE_LENGTH, even with a correct checksum', () => {
      const build = (length: number) => {
        const [, list, updated, expires, source] = goodFields();
        const bare = [CODEC_VERSION, '', list, updated, expires, source].join('|');
        const padding = length - bare.length - 1 - checksum('x').length;
        // The checksum's own length varies (base 36), so try a few paddings.
        for (let p = padding - 8; p <= padding + 8; p++)
          for (const c of 'rstuvw') {
            const body = [CODEC_VERSION, c.repeat(p), list, updated, expires, source].join('|');
            const value = `${body}|${checksum(body)}`;
            if (value.length === length) return value;
          }
        throw new Error(`could not build a value of length ${length}`);
      };
      const fits = build(MAX_COOKIE_LENGTH);
      const over = build(MAX_COOKIE_LENGTH + 1);
      expect(decodeConsent(fits)?.categories).to.deep.equal({ analytics: true, marketing: false });
      expect(decodeConsent(over)).to.equal(null);
      expect(decodeConsent(`${fits}${'x'.repeat(10_000)}`)).to.equal(null);
    });
  });

  describe('the length limit', () => {
    const many = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`category_${String(i).padStart(3, '0')}_${'x'.repeat(18)}`, true]));

    it('encodes to null when the value would be longer than MAX_COOKIE_LENGTH', () => {
      expect(encodeConsent(consent({ categories: many(40) }))).to.equal(null);
    });

    it('encodes the longest value that fits', () => {
      let count = 1;
      while (encodeConsent(consent({ categories: many(count + 1) })) !== null) count++;
      const value = encodeConsent(consent({ categories: many(count) }))!;
      expect(value.length).to.be.at.most(MAX_COOKIE_LENGTH);
      expect(value.length).to.be.above(MAX_COOKIE_LENGTH - 40);
      expect(decodeConsent(value)?.categories).to.deep.equal(many(count));
    });

    it('seal itself returns null past the limit', () => {
      expect(seal(['x'.repeat(MAX_COOKIE_LENGTH)])).to.equal(null);
    });
  });
});

describe('encodeEmbedGrant and decodeEmbedGrant', () => {
  it('round-trips a grant', () => {
    expect(decodeEmbedGrant(encodeEmbedGrant(grant))).to.deep.equal(grant);
  });

  it('round-trips a grant that expires the moment it is given', () => {
    expect(decodeEmbedGrant(encodeEmbedGrant({ grantedAt: NOW, expiresAt: NOW }))).to.deep.equal({
      grantedAt: NOW,
      expiresAt: NOW,
    });
  });

  it('stores whole seconds and never negative ones', () => {
    expect(decodeEmbedGrant(encodeEmbedGrant({ grantedAt: -5, expiresAt: 10.7 }))).to.deep.equal({
      grantedAt: 0,
      expiresAt: 10,
    });
  });

  const good = encodeEmbedGrant(grant)!;

  it('any single changed character, at every position, decodes to null', () => {
    for (const value of singleCharacterChanges(good)) expect(decodeEmbedGrant(value), value).to.equal(null);
  });

  it('every truncation decodes to null', () => {
    for (let length = 0; length < good.length; length++) expect(decodeEmbedGrant(good.slice(0, length))).to.equal(null);
  });

  const bad: [string, string | null | undefined][] = [
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['plain text', 'always'],
    ['a consent value', encodeConsent(consent())],
    ['one field', sealed(t(NOW))],
    ['three fields', sealed(t(NOW), t(NOW + DAY), t(NOW + DAY))],
    ['grantedAt after expiresAt', sealed(t(NOW + 1), t(NOW))],
    ['upper-case time', sealed('ABC', t(NOW))],
    ['empty time', sealed('', t(NOW))],
    ['negative time', sealed('-1', t(NOW))],
    ['ten-digit time', sealed('1234567890', '1234567891')],
    ['another version', `2|${t(NOW)}|${t(NOW + DAY)}|${checksum(`2|${t(NOW)}|${t(NOW + DAY)}`)}`],
    ['too long', `${good}${'0'.repeat(MAX_COOKIE_LENGTH)}`],
  ];
  for (const [title, value] of bad) {
    it(`${title} decodes to null`, () => expect(decodeEmbedGrant(value)).to.equal(null));
  }
});

describe('times out of range', () => {
  // The largest time 9 base-36 digits hold: far beyond what a Date can represent.
  const HUGE = 'zzzzzzzzz';
  const NOW36 = Math.floor(Date.now() / 1000).toString(36);

  it('a resealed value with a huge time counts as no decision, in every cookie', () => {
    expect(decodeConsent(seal(['', 'analytics1', NOW36, HUGE, 'u']))).to.equal(null);
    expect(decodeConsent(seal(['', 'analytics1', HUGE, HUGE, 'u']))).to.equal(null);
    expect(decodeEmbedGrant(seal([NOW36, HUGE]))).to.equal(null);
    expect(decodeEmbedGrant(seal([HUGE, HUGE, 'p']))).to.equal(null);
    expect(decodePolicies(seal([`privacy:1:a0:${HUGE}`]))).to.equal(null);
    // The same values with real times are read.
    expect(decodeConsent(seal(['', 'analytics1', NOW36, NOW36, 'u']))).to.not.equal(null);
    expect(decodeEmbedGrant(seal([NOW36, NOW36]))).to.not.equal(null);
    expect(decodePolicies(seal([`privacy:1:a0:${NOW36}`]))).to.not.equal(null);
  });
});
