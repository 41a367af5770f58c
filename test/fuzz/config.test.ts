import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ESSENTIAL } from '../../src/core/categories.js';
import { ATTRIBUTES, DEFAULT_CONFIG, attributeName, isSafeUrl, parseConfig, type AssentConfig, type ConfigError, type ParseContext } from '../../src/core/config.js';
import { CONSENT_MODE_KEYS } from '../../src/core/consent-mode-map.js';
import { en } from '../../src/i18n/en.js';
import { PROTOTYPE_KEYS, anyString, ensure, expectCleanPrototypes, fuzz, show, hostileUrl, mutated, prototypeSnapshot, variants } from './arbitraries.js';

type Key = (typeof ATTRIBUTES)[number];
type Dataset = Record<string, string | undefined>;

const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;
const LANG_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;
const ATTRIBUTE_NAMES = new Set<string>([...ATTRIBUTES.map(attributeName), '#assent-config']);
const HOST = 'moodle.example.org';

// ---------------------------------------------------------------- generators

const categoryName = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/),
  fc.constantFrom('analytics', 'functional', 'marketing', 'essential', 'constructor', 'prototype', 'tostring', 'valueof'),
);
const categoryKey = fc.oneof(categoryName, fc.constantFrom(...PROTOTYPE_KEYS, 'ESSENTIAL', 'Analytics', ''), anyString);
const number = fc.oneof(fc.integer({ min: -1000, max: 100_000 }).map(String), fc.double().map(String));

/** Plausible and implausible values for each attribute, plus anything at all. */
const valueFor: Record<Key, fc.Arbitrary<string>> = {
  lang: variants(fc.constantFrom('auto', 'en', 'de', 'EN-gb', 'de-AT', 'fr', 'zh-Hant-TW', 'x', 'en_US', 'de-', '-de', 'english', '__proto__', 'constructor')),
  categories: fc
    .tuple(fc.array(variants(categoryKey), { maxLength: 8 }), fc.constantFrom(',', ', ', ',,', ' , ', ';'))
    .map(([names, separator]) => names.join(separator)),
  consentDays: variants(fc.oneof(number, fc.constantFrom('0', '1', '395', '396', '0395', '1e2', '0x10', '+5', '5.0', '-0', 'Infinity', 'NaN', '١٢٣', '１８０'))),
  embedDays: variants(fc.oneof(number, fc.constantFrom('0', '1', '395', '396', '007', '1e2', '2e308', '٣', '１４'))),
  revision: anyString,
  privacyUrl: fc.oneof(hostileUrl, fc.webUrl({ withQueryParameters: true, withFragments: true }), anyString),
  embeds: variants(fc.constantFrom('auto', 'off', 'on', 'none', 'ｏｆｆ', 'o\u017f\u017f')),
  banner: variants(fc.constantFrom('auto', 'off', 'on', 'none', 'AUTO')),
  matomo: variants(fc.constantFrom('on', 'off', 'true', 'yes', '1', 'ON', 'ｏｎ')),
  consentMode: variants(fc.constantFrom('on', 'off', 'true', '1')),
  gpc: variants(fc.constantFrom('respect', 'ignore', 'honor', 'RESPECT', 'ıgnore', 'İgnore')),
  endpoint: fc.oneof(hostileUrl, fc.webUrl({ withQueryParameters: true }), anyString),
  cookieDomain: variants(
    fc.oneof(
      fc.constantFrom(HOST, 'example.org', '.example.org', 'org', '.org', 'evil.example', 'example.org.', 'xample.org', 'ample.org', `${HOST}:443`, 'EXAMPLE.ORG', '..example.org', '*.example.org'),
      fc.domain(),
    ),
  ),
};

const anyValue = fc.option(anyString, { nil: undefined });
const knownDataset: fc.Arbitrary<Dataset> = fc.record(
  Object.fromEntries(ATTRIBUTES.map((key) => [key, fc.oneof({ weight: 4, arbitrary: valueFor[key] }, { weight: 1, arbitrary: anyValue })])) as Record<
    Key,
    fc.Arbitrary<string | undefined>
  >,
  { requiredKeys: [] },
);
const unknownKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS, 'assentOpen', 'consent-days', 'data-consent-days', 'ConsentDays', 'consentdays', 'LANG', 'categories ', ''),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

/**
 * A dataset: known attributes with hostile values, unknown and prototype
 * keys, undefined values, with or without a prototype. Built with
 * `Object.fromEntries` so a `__proto__` key stays an own property.
 */
const dataset: fc.Arbitrary<Dataset> = fc
  .tuple(knownDataset, fc.array(fc.tuple(unknownKey, anyValue), { maxLength: 6 }), fc.boolean())
  .map(([known, unknown, bare]) => {
    const entries: [string, string | undefined][] = [...unknown.filter(([key]) => !(ATTRIBUTES as readonly string[]).includes(key)), ...Object.entries(known)];
    const record = Object.fromEntries(entries);
    return bare ? (Object.assign(Object.create(null), record) as Dataset) : record;
  });

const context: fc.Arbitrary<ParseContext> = fc.oneof(
  fc.constant({}),
  fc.constant({ languages: ['en', 'de'], hostname: HOST }),
  fc.record(
    {
      languages: fc.subarray(['en', 'de', 'fr', 'zh-hant', '__proto__', 'constructor', '']),
      hostname: fc.oneof(fc.constant(HOST), fc.domain(), anyString),
    },
    { requiredKeys: [] },
  ),
);

// JSON blocks: any JSON, any text, config-shaped JSON with hostile leaves and prototype keys, deep nesting, damaged JSON.

const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });
/** An object from entries, so that `__proto__` is an own key and `JSON.stringify` writes it out. */
const objectOf = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>, maxKeys = 5) =>
  fc.array(fc.tuple(key, value), { maxLength: maxKeys }).map((entries) => Object.fromEntries(entries) as Record<string, T>);
const langKey = fc.oneof(fc.constantFrom('en', 'de', 'EN', 'De-At', 'fr', 'zh-hant', 'english', ...PROTOTYPE_KEYS), anyString);
const textKey = fc.oneof(fc.constantFrom(...Object.keys(en), ...PROTOTYPE_KEYS), fc.string());
const localized = fc.oneof(anyString, objectOf(langKey, anyString), anyJson);
const cookie = fc.oneof(
  fc.record({ name: fc.oneof(anyString, anyJson), expires: fc.oneof(anyString, fc.constantFrom('session', '13 months', '9999 years'), anyJson), provider: localized }, { requiredKeys: [] }),
  anyJson,
);
/** Adds `__proto__`, `constructor` and `prototype` as own keys (a record literal would set the prototype instead). */
const withPrototypeKeys = (object: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(
      object,
      fc.array(
        fc.tuple(
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
          fc.oneof(anyJson, fc.constant({ polluted: true, isAdmin: true, cookies: [] }), fc.constant({ prototype: { polluted: true } })),
        ),
        { maxLength: 2 },
      ),
    )
    .map(([value, extra]) => Object.fromEntries([...extra, ...Object.entries(value)]));
const category = fc.oneof(
  withPrototypeKeys(
    fc.record(
      {
        title: localized,
        description: localized,
        cookies: fc.oneof(fc.array(cookie, { maxLength: 4 }), anyJson),
        clear: fc.oneof(fc.array(anyString, { maxLength: 4 }), anyJson),
      },
      { requiredKeys: [] },
    ),
  ),
  anyJson,
);
const configObject = withPrototypeKeys(
  fc.record(
    {
      texts: fc.oneof(objectOf(langKey, fc.oneof(objectOf(textKey, anyString, 8), anyJson)), anyJson),
      categories: fc.oneof(objectOf(categoryKey, category), anyJson),
      consentMode: fc.oneof(
        objectOf(categoryKey, fc.array(fc.constantFrom(...CONSENT_MODE_KEYS, 'bogus', '__proto__'), { maxLength: 4 })),
        anyJson,
      ),
    },
    { requiredKeys: [] },
  ),
);
const configJson = configObject.map((value) => JSON.stringify(value));
/** Deeply nested arrays and objects, alone and where the parser reads texts and categories. */
const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('array', 'object', 'texts', 'title', 'cookies'))
  .map(([depth, where]) => {
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"__proto__":'.repeat(depth)}{}${'}'.repeat(depth)}`;
    if (where === 'array') return arrays;
    if (where === 'object') return objects;
    if (where === 'texts') return `{"texts":{"en":${objects}}}`;
    if (where === 'title') return `{"categories":{"analytics":{"title":${arrays}}}}`;
    return `{"categories":{"analytics":{"cookies":[${objects}]}}}`;
  });
const jsonAlphabet = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', '\\u0000', '__proto__', 'null', '1e999', '\ud800', ' ');
const jsonText: fc.Arbitrary<string | null | undefined> = fc.oneof(
  fc.constantFrom(null, undefined, '', '   ', 'null', '[]', '"x"', '0', 'true', '{}', '{"texts":null}', '{"categories":[]}'),
  fc.json({ maxDepth: 4, stringUnit: 'binary' }),
  anyString,
  configJson,
  configJson.map((text) => text.replace(/"__proto__"/g, '"\\u005f_proto__"')),
  deepJson,
  mutated(configJson, jsonAlphabet),
);

// ---------------------------------------------------------------- checks

const isLocalized = (value: unknown) =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((text) => typeof text === 'string'));

/** `text` without the C0 controls and spaces the URL parser strips from its start. */
function withoutLeadingControls(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 0x20) start++;
  return text.slice(start);
}

/** The scheme as a browser reads it from an `<a href>` on this page. */
function browserScheme(url: string): string {
  const a = document.createElement('a');
  a.setAttribute('href', url);
  return a.protocol;
}

const isText = (value: unknown) => typeof value === 'string';
const isOneOf = <T>(value: T, allowed: readonly T[]) => allowed.includes(value);

/** Throws with a description of the first way `config` is not a valid config. */
function expectValidConfig(config: AssentConfig, errors: ConfigError[], input: Dataset, ctx: ParseContext): void {
  const languages = new Set([...(ctx.languages ?? ['en', 'de']), ...Object.keys(config.texts)]);
  if (config.lang !== 'auto') {
    ensure(LANG_CODE.test(config.lang), () => `lang ${show(config.lang)} is not a language code`);
    ensure(languages.has(config.lang) || languages.has(config.lang.split('-')[0]), () => `lang ${config.lang} is not a known language`);
  }

  ensure(Array.isArray(config.categories), () => 'categories is not an array');
  for (const name of config.categories) ensure(CATEGORY_NAME.test(name), () => `category name ${show(name)}`);
  ensure(!config.categories.includes(ESSENTIAL), () => 'essential is optional');
  ensure(new Set(config.categories).size === config.categories.length, () => `duplicate categories ${show(config.categories)}`);

  for (const key of ['consentDays', 'embedDays'] as const) {
    ensure(Number.isInteger(config[key]) && config[key] >= 1 && config[key] <= 395, () => `${key} = ${config[key]}`);
  }
  ensure(isText(config.revision), () => 'revision is not a text');
  ensure(isOneOf(config.embeds, ['auto', 'off']), () => `embeds = ${show(config.embeds)}`);
  ensure(isOneOf(config.banner, ['auto', 'off']), () => `banner = ${show(config.banner)}`);
  ensure(isOneOf(config.gpc, ['respect', 'ignore']), () => `gpc = ${show(config.gpc)}`);
  ensure(typeof config.matomo === 'boolean', () => `matomo = ${show(config.matomo)}`);
  ensure(typeof config.consentMode === 'boolean', () => `consentMode = ${show(config.consentMode)}`);

  for (const key of ['privacyUrl', 'endpoint'] as const) {
    const url = config[key];
    if (url === null) continue;
    ensure(isText(url) && isSafeUrl(url), () => `${key} ${show(url)} does not pass isSafeUrl`);
    // `:` is a link the browser cannot resolve at all (Chromium, for a lone surrogate): inert.
    const scheme = browserScheme(url);
    ensure(isOneOf(scheme, ['http:', 'https:', ':']), () => `${key} ${show(url)} is read by the browser as ${scheme}`);
    const resolved = new URL(url, 'https://relative.invalid/').protocol;
    ensure(isOneOf(resolved, ['http:', 'https:']), () => `${key} ${show(url)} resolves to ${resolved}`);
    // The scheme the URL parser would see once it drops tabs, new lines and leading controls and spaces.
    const seen = withoutLeadingControls(url.replace(/[\t\n\r]/g, ''));
    const written = /^([a-z][a-z0-9+.-]*):/i.exec(seen)?.[1].toLowerCase();
    ensure(written === undefined || written === 'http' || written === 'https', () => `${key} ${show(url)} has the scheme ${written}`);
    ensure(!/^(?:javascript|data|vbscript):/i.test(withoutLeadingControls(url)), () => `${key} ${show(url)} is a script URL`);
  }

  if (config.cookieDomain !== null) {
    const domain = config.cookieDomain;
    ensure(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(domain), () => `cookieDomain ${show(domain)}`);
    const host = ctx.hostname?.toLowerCase();
    if (host) ensure(host === domain || host.endsWith(`.${domain}`), () => `cookieDomain ${domain} does not cover ${show(host)}`);
    else ensure(domain.includes('.'), () => `cookieDomain ${domain} is a top-level domain`);
  }

  for (const [lang, texts] of Object.entries(config.texts)) {
    ensure(LANG_CODE.test(lang), () => `texts language ${show(lang)}`);
    ensure(typeof texts === 'object' && texts !== null && !Array.isArray(texts), () => `texts.${lang} is not an object`);
    ensure(Object.values(texts).every(isText), () => `texts.${lang} holds a value that is not a text`);
  }

  const names = Object.keys(config.categoryInfo);
  ensure(names.join() === [ESSENTIAL, ...config.categories].join(), () => `categoryInfo has ${show(names)} for ${show(config.categories)}`);
  for (const [name, info] of Object.entries(config.categoryInfo)) {
    const where = `categoryInfo.${name}`;
    ensure(typeof info === 'object' && info !== null, () => `${where} is not an object`);
    ensure(Array.isArray(info.cookies), () => `${where}.cookies is ${show(info.cookies)}, not an array`);
    ensure(Array.isArray(info.clear), () => `${where}.clear is ${show(info.clear)}, not an array`);
    for (const cookie of info.cookies) {
      ensure(isText(cookie.name) && cookie.name.length > 0, () => `${where}: cookie name ${show(cookie.name)}`);
      ensure(isText(cookie.expires), () => `${where}: cookie expires ${show(cookie.expires)}`);
      ensure(cookie.provider === undefined || isLocalized(cookie.provider), () => `${where}: cookie provider ${show(cookie.provider)}`);
    }
    for (const pattern of info.clear) ensure(isText(pattern) && pattern.length > 0, () => `${where}.clear: ${show(pattern)}`);
    ensure(info.title === undefined || isLocalized(info.title), () => `${where}.title ${show(info.title)}`);
    ensure(info.description === undefined || isLocalized(info.description), () => `${where}.description ${show(info.description)}`);
  }

  const mapping = config.consentModeMap;
  ensure(typeof mapping === 'object' && mapping !== null, () => 'no consentModeMap');
  for (const [name, keys] of Object.entries(mapping)) {
    ensure(CATEGORY_NAME.test(name) && name !== ESSENTIAL, () => `consentModeMap maps ${show(name)}`);
    ensure(Array.isArray(keys) && keys.every((key) => isOneOf<string>(key, CONSENT_MODE_KEYS)), () => `consentModeMap.${name} = ${show(keys)}`);
  }

  for (const error of errors) {
    ensure(ATTRIBUTE_NAMES.has(error.attribute), () => `an error names no attribute: ${show(error)}`);
    ensure(isText(error.value) && isText(error.allowed) && isText(error.message), () => `an error field is not a text: ${show(error)}`);
    ensure(error.message.includes(error.attribute), () => `the message does not name ${error.attribute}: ${show(error.message)}`);
    if (error.attribute === '#assent-config') continue;
    const key = ATTRIBUTES.find((name) => attributeName(name) === error.attribute)!;
    ensure((input[key] ?? '').trim() !== '', () => `an error for ${error.attribute}, which is not given`);
    if (key === 'consentDays' || key === 'embedDays' || key === 'embeds' || key === 'banner' || key === 'gpc') {
      ensure(config[key] === DEFAULT_CONFIG[key], () => `a bad ${error.attribute} did not fall back to the default`);
    }
  }
}

/** The dataset without the keys parseConfig does not read. */
const knownOnly = (input: Dataset): Dataset => Object.fromEntries(ATTRIBUTES.filter((key) => key in input).map((key) => [key, input[key]]));

// ---------------------------------------------------------------- properties

describe('fuzz: parseConfig', () => {
  const clean = prototypeSnapshot();
  afterEach(() => {
    expect(prototypeSnapshot(), 'prototypes unchanged').to.equal(clean);
    expectCleanPrototypes();
  });

  it('never throws on any dataset and returns a valid config (3000 cases)', () => {
    fuzz(
      fc.property(dataset, context, (input, ctx) => {
        const { config, errors } = parseConfig(input, null, ctx);
        expectValidConfig(config, errors, input, ctx);
        ensure(prototypeSnapshot() === clean, () => 'a prototype changed');
      }),
      3000,
      // Found by this property: `constructor` got Object.prototype.constructor as its info, with no cookie list.
      { examples: [[{ categories: 'constructor' }, {}]] },
    );
  });

  it('never throws on any JSON block and returns a valid config, with no prototype polluted (3000 cases)', () => {
    fuzz(
      fc.property(jsonText, fc.option(dataset, { nil: {} }), context, (json, input, ctx) => {
        const { config, errors } = parseConfig(input, json, ctx);
        expectValidConfig(config, errors, input, ctx);
        ensure(errors.every((error) => error.attribute !== '#assent-config' || (json ?? '').trim() !== ''), () => 'a JSON error without a JSON block');
        ensure(prototypeSnapshot() === clean, () => 'a prototype changed');
        expectCleanPrototypes();
      }),
      3000,
    );
  });

  it('reads only the attributes it knows, and reads them the same every time (1500 cases)', () => {
    fuzz(
      fc.property(dataset, fc.oneof(configJson, jsonText), context, (input, json, ctx) => {
        // Unknown attributes only add warnings that name them (issue 15): the config and the errors stay the same.
        const read = (data: typeof input) => {
          const { config, errors } = parseConfig(data, json, ctx);
          return JSON.stringify({ config, errors });
        };
        const first = read(input);
        ensure(read(knownOnly(input)) === first, () => 'unknown keys changed the result');
        ensure(read(input) === first, () => 'a second parse gave another result');
      }),
      1500,
    );
  });

  it('keeps every valid value it is given, with no error (3000 cases)', () => {
    const valid = fc.record(
      {
        lang: fc.constantFrom('auto', 'en', 'de', 'EN', 'de-AT', 'en-GB'),
        categories: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/), { maxLength: 6 }).map((names) => names.join(',')),
        consentDays: fc.integer({ min: 1, max: 395 }).map(String),
        embedDays: fc.integer({ min: 1, max: 395 }).map(String),
        revision: fc.string({ unit: 'binary' }),
        privacyUrl: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('/privacy', 'privacy.html', '../p?x=1#y')),
        embeds: fc.constantFrom('auto', 'off'),
        banner: fc.constantFrom('auto', 'off'),
        matomo: fc.constantFrom('on', 'off'),
        consentMode: fc.constantFrom('on', 'off'),
        gpc: fc.constantFrom('respect', 'ignore'),
        endpoint: fc.webUrl(),
        cookieDomain: fc.constantFrom(HOST, 'example.org', '.example.org'),
      },
      { requiredKeys: [] },
    );
    fuzz(
      fc.property(valid, (input) => {
        const { config, errors } = parseConfig(input, null, { languages: ['en', 'de'], hostname: HOST });
        ensure(errors.length === 0, () => `errors for valid values: ${show(errors)}`);
        const expected: Partial<AssentConfig> = {};
        if (input.consentDays) expected.consentDays = Number(input.consentDays);
        if (input.embedDays) expected.embedDays = Number(input.embedDays);
        if (input.revision !== undefined) expected.revision = input.revision.trim();
        if (input.privacyUrl) expected.privacyUrl = input.privacyUrl;
        if (input.endpoint) expected.endpoint = input.endpoint;
        if (input.gpc) expected.gpc = input.gpc as AssentConfig['gpc'];
        if (input.matomo) expected.matomo = input.matomo === 'on';
        if (input.categories !== undefined) expected.categories = input.categories.split(',').filter((name) => name !== '' && name !== ESSENTIAL);
        for (const [key, value] of Object.entries(expected)) {
          ensure(JSON.stringify(config[key as keyof AssentConfig]) === JSON.stringify(value), () => `${key}: ${show(config[key as keyof AssentConfig])} for ${show(value)}`);
        }
        expectValidConfig(config, errors, input, { languages: ['en', 'de'], hostname: HOST });
      }),
      3000,
    );
  });
});
