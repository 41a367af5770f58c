import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORY_INFO } from '../../src/core/categories.js';
import { checkTexts } from '../../src/core/text-checks.js';
import {
  ATTRIBUTES,
  DEFAULT_CONFIG,
  attributeName,
  isSafeUrl,
  parseConfig,
  type AssentConfig,
  type ConfigError,
} from '../../src/core/config.js';
import { emptyDecision } from '../../src/core/decision.js';
import { makeReceipt } from '../../src/receipts/receipt.js';

type Dataset = Record<string, string | undefined>;
type Key = (typeof ATTRIBUTES)[number];

const HOST = 'moodle.example.org';
const parse = (dataset: Dataset, json?: string | null) => parseConfig(dataset, json, { languages: ['en', 'de'], hostname: HOST });

const without = (object: object, key: string) => Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

/** The one error a bad value must produce, checked in full. */
function expectOneError(errors: ConfigError[], attribute: string, value: string, allowed: readonly string[]) {
  expect(errors, `errors for ${attribute}="${value}"`).to.have.length(1);
  const [error] = errors;
  expect(error.attribute).to.equal(attribute);
  expect(error.value).to.equal(value);
  expect(error.message).to.contain(attribute);
  expect(error.message).to.contain(`"${value}"`);
  for (const word of allowed) {
    expect(error.allowed).to.contain(word);
    expect(error.message).to.contain(word);
  }
}

describe('attributeName', () => {
  it('turns every dataset key into the attribute of the configuration table of the README', () => {
    expect(ATTRIBUTES.map(attributeName)).to.deep.equal([
      'data-lang',
      'data-categories',
      'data-consent-days',
      'data-embed-days',
      'data-revision',
      'data-privacy-url',
      'data-embeds',
      'data-banner',
      'data-matomo',
      'data-consent-mode',
      'data-gpc',
      'data-endpoint',
      'data-cookie-domain',
    ]);
  });
});

describe('isSafeUrl', () => {
  const safe = [
    '/admin/tool/policy/viewall.php',
    'privacy.html',
    '../privacy.html?x=1#top',
    'https://example.org/privacy',
    'http://example.org/privacy',
    'HTTPS://EXAMPLE.ORG/',
    '//example.org/privacy',
    "/privacy?name=o'brien",
  ];
  const unsafe = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'blob:https://example.org/1234',
    'file:///etc/passwd',
    'ftp://example.org/',
    'mailto:dpo@example.org',
    '/privacy"onmouseover="alert(1)',
    '/privacy"',
    '/privacy<script>',
    '/privacy>',
    'https://exa mple.org/',
    ' https://example.org/',
    'https://',
    'http://[::1',
  ];
  for (const url of safe) it(`accepts ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.be.true);
  for (const url of unsafe) it(`rejects ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.be.false);
});

describe('parseConfig', () => {
  describe('defaults', () => {
    it('uses every default of the configuration table of the README when no attribute is given', () => {
      const { config, errors } = parseConfig({});
      expect(errors).to.deep.equal([]);
      expect(config).to.deep.include({
        lang: 'auto',
        categories: ['analytics'],
        consentDays: 180,
        embedDays: 14,
        revision: '',
        privacyUrl: null,
        embeds: 'auto',
        banner: 'auto',
        matomo: false,
        consentMode: false,
        gpc: 'respect',
        endpoint: null,
        cookieDomain: null,
        texts: {},
      });
      expect(Object.keys(config.categoryInfo)).to.deep.equal(['essential', 'analytics']);
    });

    it('uses the defaults for empty and blank attributes, without an error', () => {
      for (const blank of ['', '   ']) {
        const dataset = Object.fromEntries(ATTRIBUTES.filter((key) => key !== 'categories').map((key) => [key, blank]));
        const { config, errors } = parse(dataset);
        expect(errors, JSON.stringify(blank)).to.deep.equal([]);
        expect(config, JSON.stringify(blank)).to.deep.include(without(DEFAULT_CONFIG, 'categories'));
      }
    });

    it('treats undefined dataset values like absent ones', () => {
      const dataset = Object.fromEntries(ATTRIBUTES.map((key) => [key, undefined]));
      const { config, errors } = parse(dataset);
      expect(errors).to.deep.equal([]);
      expect(config).to.deep.include(DEFAULT_CONFIG);
    });

    it('gives each call its own category list', () => {
      const first = parseConfig({}).config;
      first.categories.push('marketing');
      expect(DEFAULT_CONFIG.categories).to.deep.equal(['analytics']);
      expect(parseConfig({}).config.categories).to.deep.equal(['analytics']);
    });

    it('ignores data attributes it does not know', () => {
      const { config, errors } = parse({ foo: 'bar', assentOpen: '' });
      expect(errors).to.deep.equal([]);
      expect(config).to.deep.include(DEFAULT_CONFIG);
    });
  });

  describe('valid values', () => {
    const cases: [Key, string, unknown][] = [
      ['lang', 'auto', 'auto'],
      ['lang', 'AUTO', 'auto'],
      ['lang', 'en', 'en'],
      ['lang', 'de', 'de'],
      ['lang', 'EN', 'en'],
      ['lang', ' de ', 'de'],
      ['lang', 'de-AT', 'de-at'],
      ['lang', 'en-GB', 'en-gb'],
      ['consentDays', '1', 1],
      ['consentDays', '180', 180],
      ['consentDays', '395', 395],
      ['consentDays', ' 30 ', 30],
      ['consentDays', '07', 7],
      ['embedDays', '1', 1],
      ['embedDays', '395', 395],
      ['embedDays', '30', 30],
      ['revision', 'v2', 'v2'],
      ['revision', ' 2024-06 ', '2024-06'],
      ['revision', 'a|b%c ü "x"', 'a|b%c ü "x"'],
      ['revision', 'r'.repeat(1000), 'r'.repeat(1000)],
      ['privacyUrl', '/admin/tool/policy/viewall.php', '/admin/tool/policy/viewall.php'],
      ['privacyUrl', 'privacy.html', 'privacy.html'],
      ['privacyUrl', 'https://example.org/privacy', 'https://example.org/privacy'],
      ['privacyUrl', ' https://example.org/privacy ', 'https://example.org/privacy'],
      ['endpoint', '/local/assent/receipt.php', '/local/assent/receipt.php'],
      ['endpoint', 'https://consent.example.org/receipts', 'https://consent.example.org/receipts'],
      ['embeds', 'auto', 'auto'],
      ['embeds', 'off', 'off'],
      ['embeds', 'OFF', 'off'],
      ['banner', 'auto', 'auto'],
      ['banner', 'off', 'off'],
      ['banner', 'Off', 'off'],
      ['matomo', 'on', true],
      ['matomo', 'off', false],
      ['matomo', 'ON', true],
      ['consentMode', 'on', true],
      ['consentMode', 'off', false],
      ['consentMode', ' On ', true],
      ['gpc', 'respect', 'respect'],
      ['gpc', 'ignore', 'ignore'],
      ['gpc', 'IGNORE', 'ignore'],
      ['cookieDomain', HOST, HOST],
      ['cookieDomain', 'example.org', 'example.org'],
      ['cookieDomain', '.example.org', 'example.org'],
      ['cookieDomain', 'Example.ORG', 'example.org'],
      ['cookieDomain', ' MOODLE.example.org ', HOST],
    ];
    for (const [key, value, expected] of cases) {
      it(`${attributeName(key)}="${value}" → ${JSON.stringify(expected)}`, () => {
        const { config, errors } = parse({ [key]: value });
        expect(errors).to.deep.equal([]);
        expect(config[key]).to.deep.equal(expected);
      });
    }

    it('reads every attribute at once', () => {
      const { config, errors } = parse({
        lang: 'de',
        categories: 'analytics,marketing',
        consentDays: '90',
        embedDays: '7',
        revision: '3',
        privacyUrl: '/privacy.php',
        embeds: 'off',
        banner: 'off',
        matomo: 'on',
        consentMode: 'on',
        gpc: 'ignore',
        endpoint: '/receipt.php',
        cookieDomain: 'example.org',
      });
      expect(errors).to.deep.equal([]);
      expect(config).to.deep.include({
        lang: 'de',
        categories: ['analytics', 'marketing'],
        consentDays: 90,
        embedDays: 7,
        revision: '3',
        privacyUrl: '/privacy.php',
        embeds: 'off',
        banner: 'off',
        matomo: true,
        consentMode: true,
        gpc: 'ignore',
        endpoint: '/receipt.php',
        cookieDomain: 'example.org',
      });
    });
  });

  describe('bad values', () => {
    const DAYS = ['1', '395'];
    const URL_ALLOWED = ['http(s) URL'];
    const cases: [Key, string, string[]][] = [
      ['lang', 'fr', ['auto', 'en', 'de']],
      ['lang', 'english', ['auto', 'en', 'de']],
      ['lang', 'e', ['auto', 'en', 'de']],
      ['lang', 'en_US', ['auto', 'en', 'de']],
      ['lang', 'de-', ['auto', 'en', 'de']],
      ['lang', '<en>', ['auto', 'en', 'de']],
      ['consentDays', '0', DAYS],
      ['consentDays', '396', DAYS],
      ['consentDays', '1000', DAYS],
      ['consentDays', '12.5', DAYS],
      ['consentDays', '1e2', DAYS],
      ['consentDays', '-1', DAYS],
      ['consentDays', '-0', DAYS],
      ['consentDays', '+30', DAYS],
      ['consentDays', '0x10', DAYS],
      ['consentDays', '30 days', DAYS],
      ['consentDays', 'thirty', DAYS],
      ['consentDays', '１２', DAYS],
      ['embedDays', '0', DAYS],
      ['embedDays', '396', DAYS],
      ['embedDays', '12.5', DAYS],
      ['embedDays', '1e2', DAYS],
      ['embedDays', '-14', DAYS],
      ['privacyUrl', 'javascript:alert(1)', URL_ALLOWED],
      ['privacyUrl', 'JAVASCRIPT:alert(document.cookie)', URL_ALLOWED],
      ['privacyUrl', 'data:text/html,<script>alert(1)</script>', URL_ALLOWED],
      ['privacyUrl', 'data:text/html;base64,PHNjcmlwdD4=', URL_ALLOWED],
      ['privacyUrl', 'vbscript:msgbox(1)', URL_ALLOWED],
      ['privacyUrl', '/privacy"onmouseover="alert(1)', URL_ALLOWED],
      ['privacyUrl', '/privacy"><script>alert(1)</script>', URL_ALLOWED],
      ['privacyUrl', 'java\tscript:alert(1)', URL_ALLOWED],
      ['endpoint', 'javascript:alert(1)', URL_ALLOWED],
      ['endpoint', 'ftp://example.org/receipts', URL_ALLOWED],
      ['endpoint', 'https://exa mple.org/', URL_ALLOWED],
      ['embeds', 'on', ['auto', 'off']],
      ['embeds', 'none', ['auto', 'off']],
      ['banner', 'hidden', ['auto', 'off']],
      ['banner', 'false', ['auto', 'off']],
      ['matomo', 'yes', ['on', 'off']],
      ['matomo', 'true', ['on', 'off']],
      ['matomo', '1', ['on', 'off']],
      ['consentMode', 'v2', ['on', 'off']],
      ['gpc', 'off', ['respect', 'ignore']],
      ['gpc', 'honor', ['respect', 'ignore']],
      ['cookieDomain', 'evil.com', [HOST]],
      ['cookieDomain', 'ample.org', [HOST]],
      ['cookieDomain', 'example.org.evil.com', [HOST]],
      ['cookieDomain', `${HOST}.evil.com`, [HOST]],
      ['cookieDomain', `sub.${HOST}`, [HOST]],
      ['cookieDomain', 'exa mple.org', [HOST]],
      ['cookieDomain', 'example.org; path=/', [HOST]],
      ['cookieDomain', '..example.org', [HOST]],
      ['cookieDomain', '-example.org', [HOST]],
    ];
    for (const [key, value, allowed] of cases) {
      it(`${attributeName(key)}="${value}" → one error and the default`, () => {
        const { config, errors } = parse({ [key]: value });
        expectOneError(errors, attributeName(key), value, allowed);
        const defaults: Record<string, unknown> = DEFAULT_CONFIG;
        expect(config[key]).to.deep.equal(defaults[key]);
      });
    }

    it('names the trimmed value when the attribute has spaces around it', () => {
      const { config, errors } = parse({ privacyUrl: ' JAVASCRIPT:alert(1)' });
      expectOneError(errors, 'data-privacy-url', 'JAVASCRIPT:alert(1)', URL_ALLOWED);
      expect(config.privacyUrl).to.equal(null);
    });

    it('reports each bad attribute once and still uses the good ones', () => {
      const { config, errors } = parse({
        lang: 'xx',
        categories: 'Bad Name',
        consentDays: '0',
        embedDays: '999',
        privacyUrl: 'javascript:void(0)',
        embeds: 'maybe',
        banner: 'never',
        matomo: 'yes',
        consentMode: 'yes',
        gpc: 'no',
        endpoint: 'data:,x',
        cookieDomain: 'evil.com',
        revision: 'r7',
      });
      expect(errors.map((error) => error.attribute)).to.have.members(
        ATTRIBUTES.filter((key) => key !== 'revision').map(attributeName),
      );
      expect(errors).to.have.length(12);
      expect(config).to.deep.include({ ...without(DEFAULT_CONFIG, 'revision'), revision: 'r7' });
    });

    it('keeps the other attributes when one is bad', () => {
      const { config, errors } = parse({ consentDays: '396', embedDays: '30', matomo: 'on', lang: 'de' });
      expect(errors).to.have.length(1);
      expect(config).to.deep.include({ consentDays: 180, embedDays: 30, matomo: true, lang: 'de' });
    });
  });

  describe('data-categories', () => {
    const valid: [string, string[]][] = [
      ['analytics', ['analytics']],
      ['analytics,marketing', ['analytics', 'marketing']],
      ['marketing,analytics', ['marketing', 'analytics']],
      [' analytics , marketing ', ['analytics', 'marketing']],
      ['analytics,,marketing,', ['analytics', 'marketing']],
      ['analytics,analytics,marketing,analytics', ['analytics', 'marketing']],
      ['essential,analytics', ['analytics']],
      ['analytics, essential', ['analytics']],
      ['essential', []],
      ['video_embeds,a-b,x9', ['video_embeds', 'a-b', 'x9']],
      [`a${'b'.repeat(31)}`, [`a${'b'.repeat(31)}`]],
      // An explicit empty list means "no optional categories" (and no banner), not the default.
      ['', []],
      [' , ', []],
    ];
    for (const [value, expected] of valid) {
      it(`"${value}" → ${JSON.stringify(expected)}`, () => {
        const { config, errors } = parse({ categories: value });
        expect(errors).to.deep.equal([]);
        expect(config.categories).to.deep.equal(expected);
        expect(Object.keys(config.categoryInfo)).to.deep.equal(['essential', ...expected]);
      });
    }

    // Nothing usable: the default. Some good names among bad ones (issue 15): the good ones, and the bad ones named.
    const invalid: [string, string[]][] = [
      ['Analytics', ['analytics']],
      ['analytics;marketing', ['analytics']],
      ['analytics marketing', ['analytics']],
      ['1st-party', ['analytics']],
      ['_private', ['analytics']],
      ['a'.repeat(33), ['analytics']],
      ['analytics,Marketing', ['analytics']],
      ['marketing,Functional', ['marketing']],
      ['stats,<script>', ['stats']],
      ['analytics,marketing,ü', ['analytics', 'marketing']],
    ];
    for (const [value, expected] of invalid) {
      it(`"${value}" → one error and ${JSON.stringify(expected)}`, () => {
        const { config, errors } = parse({ categories: value });
        expectOneError(errors, 'data-categories', value, ['comma-separated list']);
        expect(config.categories).to.deep.equal(expected);
      });
    }

    it('names each bad item and keeps the good ones', () => {
      const { config, errors } = parse({ categories: 'analytics,Functional' });
      expect(errors.map((error) => error.message)).to.deep.equal([
        'assent: data-categories="analytics,Functional" is not valid; allowed: a comma-separated list of category names (lower-case letters, digits, - and _), not Functional. The others are used.',
      ]);
      expect(config.categories).to.deep.equal(['analytics']);
      expect(parse({ categories: 'Analytics' }).errors[0].message).to.equal(
        'assent: data-categories="Analytics" is not valid; allowed: a comma-separated list of category names (lower-case letters, digits, - and _), not Analytics. The default is used.',
      );
    });
  });

  describe('data-lang with the JSON block', () => {
    it('accepts a language that only the JSON block has texts for', () => {
      const json = JSON.stringify({ texts: { fr: { acceptAll: 'Tout accepter' } } });
      const { config, errors } = parse({ lang: 'fr' }, json);
      expect(errors).to.deep.equal([]);
      expect(config.lang).to.equal('fr');
    });

    it('accepts a regional variant of a language the JSON block has texts for', () => {
      const json = JSON.stringify({ texts: { FR: { acceptAll: 'Tout accepter' } } });
      const { config, errors } = parse({ lang: 'fr-CA' }, json);
      expect(errors).to.deep.equal([]);
      expect(config.lang).to.equal('fr-ca');
    });

    it('lists the JSON languages among the allowed values for an unknown one', () => {
      const json = JSON.stringify({ texts: { fr: { acceptAll: 'Tout accepter' } } });
      const { config, errors } = parse({ lang: 'it' }, json);
      expectOneError(errors, 'data-lang', 'it', ['auto', 'en', 'de', 'fr']);
      expect(config.lang).to.equal('auto');
    });

    it('uses the languages of the context, when given', () => {
      expect(parseConfig({ lang: 'fr' }, null, { languages: ['en', 'fr'] }).config.lang).to.equal('fr');
      const { errors } = parseConfig({ lang: 'de' }, null, { languages: ['en', 'fr'] });
      expectOneError(errors, 'data-lang', 'de', ['auto', 'en', 'fr']);
    });

    it('knows English and German without a context', () => {
      expect(parseConfig({ lang: 'de' }).errors).to.deep.equal([]);
      expect(parseConfig({ lang: 'fr' }).errors).to.have.length(1);
    });
  });

  describe('data-cookie-domain', () => {
    it('accepts any well-formed domain when the host is unknown', () => {
      const { config, errors } = parseConfig({ cookieDomain: '.example.org' });
      expect(errors).to.deep.equal([]);
      expect(config.cookieDomain).to.equal('example.org');
    });

    it('still rejects a malformed domain when the host is unknown', () => {
      const { config, errors } = parseConfig({ cookieDomain: 'example.org;secure' });
      expectOneError(errors, 'data-cookie-domain', 'example.org;secure', ['parent domains']);
      expect(config.cookieDomain).to.equal(null);
    });

    it('compares with the host case-insensitively', () => {
      const { config, errors } = parseConfig({ cookieDomain: 'example.org' }, null, { hostname: 'Moodle.Example.ORG' });
      expect(errors).to.deep.equal([]);
      expect(config.cookieDomain).to.equal('example.org');
    });

    it('accepts the host itself when it is an IP address', () => {
      const { config, errors } = parseConfig({ cookieDomain: '192.168.0.10' }, null, { hostname: '192.168.0.10' });
      expect(errors).to.deep.equal([]);
      expect(config.cookieDomain).to.equal('192.168.0.10');
    });
  });

  describe('the JSON block', () => {
    const jsonError = (errors: ConfigError[], mentions: string) => {
      expect(errors, JSON.stringify(errors)).to.have.length(1);
      expect(errors[0].attribute).to.equal('#assent-config');
      expect(errors[0].message).to.contain('#assent-config');
      expect(errors[0].message).to.contain(mentions);
      expect(errors[0].allowed).to.not.equal('');
    };

    it('ignores a missing, empty or blank block', () => {
      for (const json of [undefined, null, '', '  \n ']) {
        const { config, errors } = parse({}, json);
        expect(errors, JSON.stringify(json)).to.deep.equal([]);
        expect(config.texts).to.deep.equal({});
      }
    });

    it('names a text key that is not one of ours (a misspelling would change nothing), and keeps the others', () => {
      const json = JSON.stringify({ texts: { de: { embedNotise: 'Hinweis', acceptAll: 'Ja' } } });
      const parsed = parseConfig({}, json);
      expect(parsed.errors, 'the head has no texts: it leaves the keys to checkTexts()').to.deep.equal([]);
      const { texts, errors } = checkTexts(parsed.config.texts, ['acceptAll', 'embedNotice'], ['en', 'de']);
      jsonError(errors, '"texts.de.embedNotise"');
      expect(errors[0].allowed).to.contain('bannerTitle');
      expect(texts.de).to.include({ acceptAll: 'Ja' });
    });

    it('reads texts per language, with lower-case language codes', () => {
      const texts = { en: { acceptAll: 'Yes please' }, 'DE-at': { acceptAll: 'Passt scho' } };
      const { config, errors } = parse({}, JSON.stringify({ texts }));
      expect(errors).to.deep.equal([]);
      expect(config.texts).to.deep.equal({ en: { acceptAll: 'Yes please' }, 'de-at': { acceptAll: 'Passt scho' } });
    });

    it('reads a category: localized title and description, cookies and clear patterns', () => {
      const analytics = {
        title: { en: 'Statistics', de: 'Statistik' },
        description: 'We count visits with our own Matomo.',
        cookies: [
          { name: '_pk_id.*', expires: '13 months', provider: { en: 'Our Matomo', de: 'Unser Matomo' } },
          { name: '_pk_ref.*' },
        ],
        clear: ['_pk_*', 'mtm_*', 'MATOMO_SESSID'],
      };
      const { config, errors } = parse({}, JSON.stringify({ categories: { analytics } }));
      expect(errors).to.deep.equal([]);
      expect(config.categoryInfo.analytics).to.deep.equal({
        ...analytics,
        cookies: [analytics.cookies[0], { name: '_pk_ref.*', expires: '', provider: undefined }],
      });
    });

    it('keeps the built-in cookies and clear patterns when a category only changes its title', () => {
      const { config } = parse({}, JSON.stringify({ categories: { analytics: { title: 'Stats' } } }));
      expect(config.categoryInfo.analytics).to.deep.equal({ ...DEFAULT_CATEGORY_INFO.analytics, title: 'Stats' });
    });

    it('describes configured categories it has no built-in text for', () => {
      const json = JSON.stringify({ categories: { forum: { description: 'Forum embeds', clear: ['forum_*'] } } });
      const { config, errors } = parse({ categories: 'forum,marketing' }, json);
      expect(errors).to.deep.equal([]);
      expect(config.categoryInfo.forum).to.deep.equal({ cookies: [], clear: ['forum_*'], description: 'Forum embeds' });
      expect(config.categoryInfo.marketing).to.deep.equal(DEFAULT_CATEGORY_INFO.marketing);
    });

    it('leaves out categories the JSON describes but data-categories does not list', () => {
      const json = JSON.stringify({ categories: { marketing: { title: 'Ads' } } });
      const { config, errors } = parse({}, json);
      expect(errors).to.deep.equal([]);
      expect(config.categories).to.deep.equal(['analytics']);
      expect(config.categoryInfo).to.not.have.property('marketing');
    });

    it('reports invalid JSON and still uses the attributes', () => {
      const { config, errors } = parse({ consentDays: '30', lang: 'de' }, '{"texts": {"en": ');
      jsonError(errors, 'JSON text');
      expect(config).to.deep.include({ consentDays: 30, lang: 'de', texts: {} });
      expect(config.categoryInfo.analytics).to.deep.equal(DEFAULT_CATEGORY_INFO.analytics);
    });

    for (const json of ['[]', 'null', '"texts"', '42', 'true']) {
      it(`reports the top-level value ${json}`, () => {
        const { config, errors } = parse({}, json);
        jsonError(errors, 'top-level value');
        expect(config.texts).to.deep.equal({});
      });
    }

    const badTexts: [string, unknown][] = [
      ['"texts"', []],
      ['"texts"', 'Accept'],
      ['"texts"', null],
      ['"texts.en"', { en: 'Accept all' }],
      ['"texts.en"', { en: ['Accept all'] }],
      ['"texts.en"', { en: { acceptAll: 1 } }],
      ['"texts.en"', { en: { acceptAll: { de: 'x' } } }],
      ['"texts.english!"', { 'english!': { acceptAll: 'x' } }],
    ];
    for (const [mentions, texts] of badTexts) {
      it(`reports texts ${JSON.stringify(texts)} and keeps the rest of the block`, () => {
        const json = JSON.stringify({ texts, categories: { analytics: { title: 'Stats' } } });
        const { config, errors } = parse({}, json);
        jsonError(errors, mentions);
        expect(config.texts).to.deep.equal({});
        expect(config.categoryInfo.analytics.title).to.equal('Stats');
      });
    }

    it('keeps the good languages when one is bad', () => {
      const json = JSON.stringify({ texts: { en: { acceptAll: 7 }, de: { acceptAll: 'Ja' } } });
      const { config, errors } = parse({ lang: 'en' }, json);
      jsonError(errors, 'texts.en');
      expect(config.texts).to.deep.equal({ de: { acceptAll: 'Ja' } });
      expect(config.lang).to.equal('en');
    });

    const badCategories: [string, unknown][] = [
      ['"categories"', []],
      ['"categories"', 'analytics'],
      ['"categories.Analytics"', { Analytics: { title: 'x' } }],
      ['"categories.my stats"', { 'my stats': { title: 'x' } }],
      ['"categories.__proto__"', JSON.parse('{"__proto__": {"title": "x"}}')],
      ['"categories.analytics"', { analytics: 'Stats' }],
      ['"categories.analytics"', { analytics: null }],
      ['"categories.analytics"', { analytics: [] }],
      ['"categories.analytics"', { analytics: { title: 5 } }],
      ['"categories.analytics"', { analytics: { title: { en: 5 } } }],
      ['"categories.analytics"', { analytics: { title: ['Stats'] } }],
      ['"categories.analytics"', { analytics: { description: false } }],
      ['"categories.analytics"', { analytics: { cookies: '_pk_id' } }],
      ['"categories.analytics"', { analytics: { cookies: ['_pk_id'] } }],
      ['"categories.analytics"', { analytics: { cookies: [{ expires: '1 day' }] } }],
      ['"categories.analytics"', { analytics: { cookies: [{ name: '' }] } }],
      ['"categories.analytics"', { analytics: { cookies: [{ name: 7 }] } }],
      ['"categories.analytics"', { analytics: { cookies: [{ name: '_pk_id', expires: 30 }] } }],
      ['"categories.analytics"', { analytics: { cookies: [{ name: '_pk_id', provider: 1 }] } }],
      ['"categories.analytics"', { analytics: { clear: '_pk_*' } }],
      ['"categories.analytics"', { analytics: { clear: [''] } }],
      ['"categories.analytics"', { analytics: { clear: ['_pk_*', 3] } }],
    ];
    for (const [mentions, categories] of badCategories) {
      it(`reports categories ${JSON.stringify(categories)} and keeps the rest of the block`, () => {
        const json = `{"texts": {"en": {"acceptAll": "OK"}}, "categories": ${JSON.stringify(categories)}}`;
        const { config, errors } = parse({}, json);
        jsonError(errors, mentions);
        expect(config.texts).to.deep.equal({ en: { acceptAll: 'OK' } });
        expect(config.categoryInfo.analytics).to.deep.equal(DEFAULT_CATEGORY_INFO.analytics);
      });
    }

    it('keeps the good categories when one is bad', () => {
      const json = JSON.stringify({ categories: { analytics: { title: 'Stats' }, marketing: { cookies: 'none' } } });
      const { config, errors } = parse({ categories: 'analytics,marketing' }, json);
      jsonError(errors, 'categories.marketing');
      expect(config.categoryInfo.analytics.title).to.equal('Stats');
      expect(config.categoryInfo.marketing).to.deep.equal(DEFAULT_CATEGORY_INFO.marketing);
    });

    it('reports a bad attribute and a bad block separately', () => {
      const { errors } = parse({ gpc: 'nope' }, '{');
      expect(errors.map((error) => error.attribute)).to.have.members(['data-gpc', '#assent-config']);
    });
  });

  describe('categoryInfo for essential', () => {
    const lifetimes = (config: AssentConfig) =>
      Object.fromEntries(config.categoryInfo.essential.cookies.map((cookie) => [cookie.name, cookie.expires]));

    it('is always there, also without optional categories', () => {
      const { config } = parse({ categories: '' });
      expect(Object.keys(config.categoryInfo)).to.deep.equal(['essential']);
      expect(config.categoryInfo.essential.clear).to.deep.equal([]);
    });

    it('gives the consent cookies the default lifetimes', () => {
      expect(lifetimes(parse({}).config)).to.deep.equal({ MoodleSession: 'session', assent: '180 days', assent_policies: '395 days', assent_youtube: '14 days', assent_vimeo: '14 days', assent_googlemaps: '14 days' });
    });

    it('follows data-consent-days and data-embed-days; the policy answers keep their own lifetime', () => {
      const { config } = parse({ consentDays: '30', embedDays: '7' });
      expect(lifetimes(config)).to.deep.equal({ MoodleSession: 'session', assent: '30 days', assent_policies: '395 days', assent_youtube: '7 days', assent_vimeo: '7 days', assent_googlemaps: '7 days' });
    });

    it('uses the default lifetimes when the days are invalid', () => {
      const { config } = parse({ consentDays: '0', embedDays: '1e2' });
      expect(lifetimes(config)).to.deep.equal({ MoodleSession: 'session', assent: '180 days', assent_policies: '395 days', assent_youtube: '14 days', assent_vimeo: '14 days', assent_googlemaps: '14 days' });
    });

    it('follows the days also when the JSON block lists the essential cookies', () => {
      const cookies = [
        { name: 'MoodleSession', expires: 'session' },
        { name: 'assent', expires: 'forever' },
        { name: 'assent_*', expires: '1 day' },
        { name: 'assent_policies', expires: '1 year' },
        { name: 'assent_outbox', expires: 'until-delivered' },
        { name: 'MOODLEID1_', expires: '1 year' },
      ];
      const { config } = parse({ consentDays: '60', embedDays: '3' }, JSON.stringify({ categories: { essential: { cookies } } }));
      expect(lifetimes(config)).to.deep.equal({
        MoodleSession: 'session',
        assent: '60 days',
        'assent_*': '3 days',
        assent_policies: '1 year',
        assent_outbox: 'until-delivered',
        MOODLEID1_: '1 year',
      });
    });

    it('leaves the built-in defaults untouched', () => {
      parse({ consentDays: '30', embedDays: '7' });
      expect(DEFAULT_CATEGORY_INFO.essential.cookies.map((cookie) => cookie.expires)).to.deep.equal([
        'session',
        '180 days',
        '395 days',
        '14 days',
        '14 days',
        '14 days',
      ]);
    });
  });
});

describe('data-revision the receipt schema can hold', () => {
  it('refuses one over 1,000 characters with one error naming the attribute, so no receipt is refused for it', async () => {
    const validator = '/examples/receiver/validate.mjs';
    const { compileSchema } = (await import(/* @vite-ignore */ validator)) as {
      compileSchema: (schema: unknown) => (value: unknown) => { path: string; message: string }[];
    };
    const schema = await (await fetch('/docs/receipt.schema.json')).json();
    const { config, errors } = parseConfig({ revision: 'r'.repeat(1001) }, null, {});
    expect(errors.map((error) => error.attribute)).to.deep.equal(['data-revision']);
    expect(errors[0].message).to.contain('1000 characters');
    expect(config.revision).to.equal('');
    const receipt = makeReceipt(
      { decision: { ...emptyDecision(config.categories, config.revision), updatedAt: '2026-11-27T09:00:00.000Z' }, previous: emptyDecision(config.categories, config.revision), source: 'user' },
      { language: 'en', id: '3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f' },
    )!;
    expect(compileSchema(schema)(JSON.parse(JSON.stringify(receipt)))).to.deep.equal([]);
  });
});
