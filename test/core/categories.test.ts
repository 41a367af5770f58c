import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORY_INFO, localized, matchesCookiePattern, parseDuration } from '../../src/core/categories.js';

describe('matchesCookiePattern', () => {
  const cases: [pattern: string, name: string, matches: boolean][] = [
    ['_pk_*', '_pk_id.1.abcd', true],
    ['_pk_*', '_pk_ses.1.abcd', true],
    ['_pk_*', '_pk_', true],
    ['_pk_*', 'x_pk_id', false],
    ['_pk_*', '_pk', false],
    ['_pk_*', '_PK_id.1.abcd', false],
    ['_pk_id.*', '_pk_id.1.abcd', true],
    ['_pk_id.*', '_pk_idX1', false],
    ['mtm_*', 'mtm_consent', true],
    ['mtm_*', 'mtm_consent_removed', true],
    ['mtm_*', 'xmtm_consent', false],
    ['MoodleSession', 'MoodleSession', true],
    ['MoodleSession', 'MoodleSessionTest', false],
    ['MoodleSession', 'xMoodleSession', false],
    ['*', 'anything', true],
    ['*', '', true],
    ['*_ga', '_ga', true],
    ['*_ga', 'site_ga', true],
    ['*_ga', '_ga_ABC', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'a-x-b-y-c', true],
    ['a*b*c', 'a-x-c-y-b', false],
    // Regular-expression characters in names are literal.
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['a?b', 'a?b', true],
    ['a?b', 'b', false],
    ['(x)', '(x)', true],
    ['(x)', 'x', false],
    ['[ab]', '[ab]', true],
    ['[ab]', 'a', false],
    ['a{2}', 'a{2}', true],
    ['a{2}', 'aa', false],
    ['a|b', 'a|b', true],
    ['a|b', 'a', false],
    ['^a$', '^a$', true],
    ['^a$', 'a', false],
    ['a\\d', 'a\\d', true],
    ['a\\d', 'a1', false],
    ['.*', '.x', true],
    ['.*', 'xx', false],
  ];
  for (const [pattern, name, matches] of cases) {
    it(`${JSON.stringify(pattern)} ${matches ? 'matches' : 'does not match'} ${JSON.stringify(name)}`, () => {
      expect(matchesCookiePattern(name, pattern)).to.equal(matches);
    });
  }

  it('matches the built-in analytics cookies with the built-in clear patterns', () => {
    const { clear } = DEFAULT_CATEGORY_INFO.analytics;
    for (const name of ['_pk_id.1.1fff', '_pk_ses.1.1fff', '_pk_ref.1.1fff', 'mtm_consent'])
      expect(clear.some((pattern) => matchesCookiePattern(name, pattern)), name).to.be.true;
    for (const name of ['MoodleSession', 'assent', 'assent_youtube'])
      expect(clear.some((pattern) => matchesCookiePattern(name, pattern)), name).to.be.false;
  });
});

describe('parseDuration', () => {
  const cases: [string, ReturnType<typeof parseDuration>][] = [
    ['13 months', { count: 13, unit: 'month' }],
    ['30 minutes', { count: 30, unit: 'minute' }],
    ['1 day', { count: 1, unit: 'day' }],
    ['180 days', { count: 180, unit: 'day' }],
    ['2 Years', { count: 2, unit: 'year' }],
    ['1 HOUR', { count: 1, unit: 'hour' }],
    ['24hours', { count: 24, unit: 'hour' }],
    [' 6 months ', { count: 6, unit: 'month' }],
    ['0 days', { count: 0, unit: 'day' }],
    ['9999 days', { count: 9999, unit: 'day' }],
    ['session', null],
    ['', null],
    ['days', null],
    ['12345 days', null],
    ['1.5 days', null],
    ['-1 days', null],
    ['2 weeks', null],
    ['3 dayss', null],
    ['13 months or so', null],
    ['about 13 months', null],
    ['13 Monate', null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      expect(parseDuration(text)).to.deep.equal(expected);
    });
  }
});

describe('localized', () => {
  const title = { en: 'Statistics', de: 'Statistik', 'de-CH': 'Statistik (CH)' };
  const cases: [string, Parameters<typeof localized>[0], string, string | undefined][] = [
    ['undefined', undefined, 'de', undefined],
    ['a plain string in any language', 'Stats', 'de', 'Stats'],
    ['an empty string', '', 'de', ''],
    ['the exact language', title, 'de', 'Statistik'],
    ['the exact regional language', title, 'de-CH', 'Statistik (CH)'],
    ['the base language of a region without its own text', title, 'de-AT', 'Statistik'],
    ['English for a language without text', title, 'fr', 'Statistics'],
    ['English for a regional language without text', title, 'fr-CA', 'Statistics'],
    ['nothing when there is no English either', { de: 'Statistik' }, 'fr', undefined],
  ];
  for (const [name, text, lang, expected] of cases) {
    it(`gives ${name}`, () => expect(localized(text, lang)).to.equal(expected));
  }
});
