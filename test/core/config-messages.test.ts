import { expect } from '@open-wc/testing';
import { parseConfig, type ParseContext } from '../../src/core/config.js';
import { checkTexts } from '../../src/core/text-checks.js';
import { nearest } from '../../src/core/nearest.js';

// The likely mistakes of a site admin (issue 15), each with the exact message
// the browser console shows. Errors go to console.error, warnings to console.warn.

const CONTEXT: ParseContext = {
  languages: ['en', 'de'],
  hostname: 'moodle.example.org',
};
const parse = (dataset: Record<string, string>, json?: string | null, context: ParseContext = {}) =>
  parseConfig(dataset, json, { ...CONTEXT, ...context });
const warnings = (...args: Parameters<typeof parse>) => parse(...args).warnings.map((warning) => warning.message);
const errors = (...args: Parameters<typeof parse>) => parse(...args).errors.map((error) => error.message);

describe('messages for an admin', () => {
  describe('a data attribute we do not know', () => {
    const cases: [string, string, string][] = [
      ['language', 'de', 'data-language is unknown and ignored; did you mean data-lang?'],
      ['category', 'analytics', 'data-category is unknown and ignored; did you mean data-categories?'],
      ['consentdays', '30', 'data-consentdays is unknown and ignored; did you mean data-consent-days?'],
      ['privacy', '/privacy', 'data-privacy is unknown and ignored; did you mean data-privacy-url?'],
      ['matamo', 'on', 'data-matamo is unknown and ignored; did you mean data-matomo?'],
      ['embedDay', '7', 'data-embed-day is unknown and ignored; did you mean data-embed-days?'],
    ];
    for (const [key, value, message] of cases)
      it(`data-${key}: one warning naming the nearest known attribute`, () => {
        const result = parse({ [key]: value });
        expect(result.warnings.map((warning) => warning.message)).to.deep.equal([`assent: ${message}`]);
        expect(result.warnings[0].level).to.equal('warning');
        expect(result.errors).to.deep.equal([]);
      });

    it('lists the attributes when nothing is close', () => {
      expect(warnings({ turboTrack: 'reload' })).to.deep.equal([
        'assent: data-turbo-track is unknown and ignored; known: data-lang, data-categories, data-consent-days, data-embed-days, data-revision, data-privacy-url, data-embeds, data-banner, data-matomo, data-consent-mode, data-gpc, data-endpoint, data-cookie-domain.',
      ]);
    });

    it('says nothing about the attributes it knows', () => {
      const result = parse({ lang: 'de', categories: 'analytics,functional', consentDays: '30', privacyUrl: '/p', matomo: 'on' });
      expect(result.warnings).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
    });
  });

  describe('the JSON block', () => {
    it('an unknown top-level key', () => {
      expect(warnings({}, JSON.stringify({ text: { en: { bannerTitle: 'Hi' } } }))).to.deep.equal([
        'assent: "text" in #assent-config is unknown and ignored; did you mean "texts"?',
      ]);
    });

    it('unknown category keys', () => {
      const json = JSON.stringify({ categories: { analytics: { titel: 'Statistik', descripton: 'Zählt Besuche.' } } });
      expect(warnings({}, json)).to.deep.equal([
        'assent: "categories.analytics.titel" in #assent-config is unknown and ignored; did you mean "title"?',
        'assent: "categories.analytics.descripton" in #assent-config is unknown and ignored; did you mean "description"?',
      ]);
    });

    it('a language key that is another code for a language we have (checked by the parts, which bring the texts)', () => {
      const json = JSON.stringify({ texts: { ger: { bannerTitle: 'Ihre Privatsphäre' }, fr: { bannerTitle: 'Confidentialité' } } });
      const { config } = parse({}, json);
      const checked = checkTexts(config.texts, ['bannerTitle'], ['en', 'de', 'fr']);
      expect(checked.warnings.map((warning) => warning.message)).to.deep.equal([
        'assent: "texts.ger" in #assent-config is unknown and ignored; did you mean "de"?',
      ]);
      // A language of its own (French texts for a French site) is no mistake.
      expect(checked.texts).to.deep.equal({ fr: { bannerTitle: 'Confidentialité' } });
      expect(checkTexts({ deu: {}, eng: {} }, [], ['en', 'de']).warnings).to.have.length(2);
      // A misspelt key under a misnamed code is not reported twice: that text is dropped as a whole.
      expect(checkTexts({ ger: { bannerTitel: 'x' } }, ['bannerTitle'], ['en', 'de']).errors).to.deep.equal([]);
    });

    it('a block with a near-miss id, and not an unrelated one', () => {
      expect(warnings({}, null, { page: { jsonIds: ['assent-conf'] } })).to.deep.equal([
        'assent: the JSON block id="assent-conf" is unknown and ignored; did you mean id="assent-config"?',
      ]);
      expect(warnings({}, null, { page: { jsonIds: ['asent-config'] } })).to.have.length(1);
      expect(warnings({}, null, { page: { jsonIds: ['moodle-data', 'assent-config'] } })).to.deep.equal([]);
      expect(warnings({}, null, { page: { jsonIds: ['moodle-data'] } })).to.deep.equal([]);
    });

    it('a listed category with no title anywhere', () => {
      const json = JSON.stringify({ categories: { forum: { description: 'Forum embeds' } } });
      expect(warnings({ categories: 'analytics,forum' }, json)).to.deep.equal([
        'assent: category "forum" has no title; add one under "categories" in #assent-config.',
      ]);
      const titled = JSON.stringify({ categories: { forum: { title: { en: 'Forum', de: 'Forum' } } } });
      expect(warnings({ categories: 'analytics,forum,marketing' }, titled)).to.deep.equal([]);
    });

    it("invalid JSON: the browser's own words, which say where", () => {
      const json = '{\n  "texts": {\n    "en": { bannerTitle: "Hi" }\n  }\n}';
      let reason = '';
      try {
        JSON.parse(json);
      } catch (error) {
        reason = (error as Error).message;
      }
      expect(errors({}, json)).to.deep.equal([
        `assent: the JSON block #assent-config has an invalid JSON text (${reason}); allowed: a JSON object such as {"texts": {"en": {...}}, "categories": {...}}. It is ignored.`,
      ]);
      // Chromium and Firefox name line and column; Safari names only what it expected.
      if (!/Safari/.test(navigator.userAgent) || /Chrome|Firefox/.test(navigator.userAgent)) expect(reason).to.match(/line 3 column 13/);
    });
  });

  describe('data-endpoint and data-privacy-url written as host:port', () => {
    for (const value of ['127.0.0.1:8787/receipts', 'localhost:8787/receipts'])
      it(`refuses ${value} with a hint to write http://`, () => {
        const result = parse({ endpoint: value });
        expect(result.config.endpoint).to.equal(null);
        expect(result.errors.map((error) => error.message)).to.deep.equal([
          `assent: data-endpoint="${value}" is not valid; allowed: an http(s) URL or a path on this site (write http://${value}). The default is used.`,
        ]);
      });

    it('still takes paths and full URLs', () => {
      for (const value of ['/receipts', 'receipts/new', 'http://127.0.0.1:8787/receipts', 'https://moodle.example.org:8443/r'])
        expect(parse({ endpoint: value }).config.endpoint, value).to.equal(value);
    });
  });

  describe('defer or async on the tag', () => {
    for (const name of ['defer', 'async'] as const)
      it(`${name}: one warning saying what it costs`, () => {
        expect(warnings({}, null, { page: { [name]: true } })).to.deep.equal([
          `assent: ${name} on the script tag lets iframes load and tags run before they are gated; remove ${name}.`,
        ]);
      });
  });
});

describe('nearest', () => {
  it('finds the word meant, or nothing when none is close', () => {
    expect(nearest('titel', ['title', 'description'])).to.equal('title');
    expect(nearest('lang', ['language'])).to.equal('language');
    expect(nearest('xyz', ['title', 'description'])).to.equal(undefined);
  });
});
