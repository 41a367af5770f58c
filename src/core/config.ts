import { DEFAULT_CATEGORY_INFO, ESSENTIAL, UNTIL_DELIVERED, type CategoryInfo, type CookieInfo, type LocalizedText } from './categories.js';
import { NAME_PATTERN, OUTBOX_KEY, POLICY_COOKIE } from './names.js';
import { jsonError, JSON_BLOCK_ID, quote, unknown, warning } from './messages.js';
import { nearest } from './nearest.js';
import { CONSENT_MODE_KEYS, DEFAULT_CONSENT_MODE_MAPPING, parseConsentModeMapping, type ConsentModeMapping } from './consent-mode-map.js';

export interface AssentConfig {
  /** `auto` or a language code. */
  lang: string;
  /** Optional categories, in the order the banner shows them. */
  categories: string[];
  consentDays: number;
  embedDays: number;
  revision: string;
  privacyUrl: string | null;
  embeds: 'auto' | 'off';
  banner: 'auto' | 'off';
  matomo: boolean;
  consentMode: boolean;
  gpc: 'respect' | 'ignore';
  endpoint: string | null;
  cookieDomain: string | null;
  /** Purpose, cookies and clean-up of every category, essential included. */
  categoryInfo: Record<string, CategoryInfo>;
  /** Text overrides per language from the inline JSON block. */
  /** Per language, texts by their key in `src/i18n/translation.ts` (checked by `checkTexts()` in `text-checks.ts`, where the texts are). */
  texts: Record<string, Partial<Record<string, string>>>;
  /** Category → Google Consent Mode keys (`"consentMode"` in the JSON block); `parseConfig` always sets it. */
  consentModeMap?: ConsentModeMapping;
}

export interface ConfigError {
  /** `data-consent-days`, or `#assent-config` for the JSON block. */
  attribute: string;
  /** The value refused, and what is allowed instead (errors only). */
  value?: string;
  allowed?: string;
  message: string;
  /** `error` (`console.error`): a value was refused; `warning` (`console.warn`): taken, but likely not what was meant. */
  level: 'error' | 'warning';
}

/** What the page says about our tag and the JSON block, gathered by boot (config reads no DOM). */
export interface PageFacts {
  /** The tag has `defer` or `async`. */
  defer?: boolean;
  async?: boolean;
  /** The ids of the page's `<script type="application/json">` blocks, when ours is missing. */
  jsonIds?: readonly string[];
}

export interface ParseContext {
  /** Languages with a dictionary; others are accepted only with JSON texts. */
  languages?: readonly string[];
  /** Whether a language tag names a shipped language (`de-AT`, Moodle's `pt_br`); by default, whether its code or base code is listed. */
  speaks?: (tag: string) => boolean;
  /** The page's host, to check `data-cookie-domain` against. */
  hostname?: string;
  page?: PageFacts;
}

export const DEFAULT_CONFIG: Readonly<Omit<AssentConfig, 'categoryInfo' | 'texts'>> = {
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
};

/** The attributes of the README's configuration table, as `dataset` keys. */
export const ATTRIBUTES = [
  'lang',
  'categories',
  'consentDays',
  'embedDays',
  'revision',
  'privacyUrl',
  'embeds',
  'banner',
  'matomo',
  'consentMode',
  'gpc',
  'endpoint',
  'cookieDomain',
] as const;

type AttributeKey = (typeof ATTRIBUTES)[number];

export { JSON_BLOCK_ID };
const CATEGORY_NAME = NAME_PATTERN;
const LANG_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

export const attributeName = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Only http(s) URLs, absolute or relative to the page; never `javascript:`. */
export function isSafeUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value, 'https://relative.invalid/');
    return (protocol === 'https:' || protocol === 'http:') && !/[\s<>"]/.test(value);
  } catch {
    return false;
  }
}

/** A configuration with what was wrong in it, for the console. */
export interface ParsedConfig {
  config: AssentConfig;
  errors: ConfigError[];
  warnings: ConfigError[];
}

/**
 * Reads the script tag's data attributes (as `dataset`) and the inline JSON
 * block into a config. Never throws: every bad value becomes an error in the
 * list and the default is used instead.
 */
export function parseConfig(
  dataset: Readonly<Record<string, string | undefined>>,
  json?: string | null,
  context: ParseContext = {},
): ParsedConfig {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  const fail = (key: string, value: string, allowed: string, outcome = 'The default is used.') => {
    const attribute = attributeName(key);
    errors.push({
      attribute,
      value,
      allowed,
      message: `assent: ${attribute}="${value}" is not valid; allowed: ${allowed}. ${outcome}`,
      level: 'error',
    });
  };
  const config: AssentConfig = {
    ...DEFAULT_CONFIG,
    categories: [...DEFAULT_CONFIG.categories],
    categoryInfo: {},
    texts: {},
  };
  const known = ATTRIBUTES.map(attributeName);
  for (const key of Object.keys(dataset)) {
    const name = attributeName(key);
    if (known.includes(name)) continue;
    const hint = nearest(name.slice(5), known.map((attribute) => attribute.slice(5)));
    unknown(warnings, name, hint && `data-${hint}`, known.join(', '));
  }
  const page = context.page ?? {};
  for (const name of ['defer', 'async'] as const)
    if (page[name])
      warnings.push(warning(name, `${name} on the script tag lets iframes load and tags run before they are gated; remove ${name}.`));
  const ids = page.jsonIds ?? [JSON_BLOCK_ID];
  const near = !ids.includes(JSON_BLOCK_ID) && ids.find((id) => nearest(id, [JSON_BLOCK_ID]));
  if (near) unknown(warnings, `the JSON block id="${near}"`, `id="${JSON_BLOCK_ID}"`);

  const block = parseJsonBlock(json, errors, warnings);
  config.texts = block.texts;
  const languages = new Set([...(context.languages ?? ['en', 'de']), ...Object.keys(block.texts)]);

  const raw = (key: AttributeKey) => dataset[key]?.trim();
  /**
   * The value of `key` as `accept` reads it. Absent or empty, it is `fallback`;
   * refused by `accept` (undefined), it is `fallback` too, with an error.
   */
  const read = <T>(key: AttributeKey, fallback: T, allowed: string, accept: (value: string) => T | undefined): T => {
    const value = raw(key);
    if (!value) return fallback;
    const accepted = accept(value);
    if (accepted !== undefined) return accepted;
    fail(key, value, allowed);
    return fallback;
  };
  const oneOf = <T extends string>(key: AttributeKey, allowed: readonly T[], fallback: T): T =>
    read(key, fallback, allowed.join(', '), (value) => allowed.find((item) => item === value.toLowerCase()));
  const days = (key: 'consentDays' | 'embedDays') =>
    read(key, DEFAULT_CONFIG[key], 'a whole number of days from 1 to 395', (value) => {
      const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      return number >= 1 && number <= 395 ? number : undefined;
    });
  const url = (key: 'privacyUrl' | 'endpoint') => {
    // `localhost:8787/x` reads as a URL scheme, `127.0.0.1:8787/x` as a path of this site: neither is what was meant.
    const hostPort = /^[\w.-]+:\d+(?:[/?#]|$)/.test(raw(key) ?? '');
    return read(key, null, `an http(s) URL or a path on this site${hostPort ? ` (write http://${raw(key)})` : ''}`,
      (value) => (isSafeUrl(value) && !hostPort ? value : undefined));
  };

  config.lang = read('lang', DEFAULT_CONFIG.lang, `auto, ${[...languages].join(', ')}`, (value) => {
    const lang = value.toLowerCase();
    const known = languages.has(lang) || languages.has(lang.split('-')[0]) || context.speaks?.(lang) === true;
    return lang === 'auto' || (LANG_CODE.test(lang) && known) ? lang : undefined;
  });

  const categories = raw('categories');
  if (categories !== undefined) {
    const names = categories.split(',').map((name) => name.trim()).filter(Boolean);
    const bad = names.filter((name) => !CATEGORY_NAME.test(name));
    if (bad.length > 0) {
      fail('categories', categories, `a comma-separated list of category names (lower-case letters, digits, - and _), not ${bad.join(', ')}`,
        bad.length < names.length ? 'The others are used.' : undefined);
    }
    // `essential` is always there and needs no consent, so it is never optional.
    if (bad.length < names.length || names.length === 0)
      config.categories = [...new Set(names.filter((name) => CATEGORY_NAME.test(name)))].filter((name) => name !== ESSENTIAL);
  }

  config.consentDays = days('consentDays');
  config.embedDays = days('embedDays');
  // The receipt schema holds at most 1,000 characters: a longer revision would make every receipt refused.
  config.revision = read('revision', '', 'a text of at most 1000 characters', (value) => (value.length > 1000 ? undefined : value));
  config.privacyUrl = url('privacyUrl');
  config.endpoint = url('endpoint');
  config.embeds = oneOf('embeds', ['auto', 'off'] as const, DEFAULT_CONFIG.embeds);
  config.banner = oneOf('banner', ['auto', 'off'] as const, DEFAULT_CONFIG.banner);
  config.matomo = oneOf('matomo', ['on', 'off'] as const, 'off') === 'on';
  config.consentMode = oneOf('consentMode', ['on', 'off'] as const, 'off') === 'on';
  config.gpc = oneOf('gpc', ['respect', 'ignore'] as const, DEFAULT_CONFIG.gpc);

  const host = context.hostname?.toLowerCase();
  config.cookieDomain = read('cookieDomain', null, `this site's host${host ? ` (${host})` : ''} or one of its parent domains`, (domain) => {
    const bare = domain.replace(/^\./, '').toLowerCase();
    // A bare top-level domain (`org`) is refused by browsers, which would silently keep nothing.
    const matchesHost = host ? host === bare || (bare.includes('.') && host.endsWith(`.${bare}`)) : bare.includes('.');
    return DOMAIN.test(domain) && matchesHost ? bare : undefined;
  });

  config.categoryInfo = categoryInfo(config, block.categories);
  config.consentModeMap = block.consentMode ?? { ...DEFAULT_CONSENT_MODE_MAPPING };
  for (const name of config.categories)
    // The categories described by default are those with built-in titles.
    if (!config.categoryInfo[name].title && !Object.hasOwn(DEFAULT_CATEGORY_INFO, name))
      warnings.push(warning(`#${JSON_BLOCK_ID}`, `category "${name}" has no title; add one under "categories" in #${JSON_BLOCK_ID}.`));
  return { config, errors, warnings };
}

function categoryInfo(config: AssentConfig, overrides: Record<string, Partial<CategoryInfo>>): Record<string, CategoryInfo> {
  const info: Record<string, CategoryInfo> = {};
  for (const name of [ESSENTIAL, ...config.categories]) {
    // `hasOwn`: a category may be called `constructor`, which every object inherits.
    const base = Object.hasOwn(DEFAULT_CATEGORY_INFO, name) ? DEFAULT_CATEGORY_INFO[name] : { cookies: [], clear: [] };
    info[name] = { ...base, ...(Object.hasOwn(overrides, name) ? overrides[name] : {}) };
  }
  // The consent cookies' own lifetimes follow the configured days (the policy answers and the outbox have their own).
  info[ESSENTIAL].cookies = info[ESSENTIAL].cookies.map((cookie) =>
    cookie.name === 'assent'
      ? { ...cookie, expires: `${config.consentDays} days` }
      : cookie.name.startsWith('assent_') && cookie.name !== POLICY_COOKIE && cookie.name !== OUTBOX_KEY
        ? { ...cookie, expires: `${config.embedDays} days` }
        : cookie,
  );
  // The receipts wait in localStorage, which the cookie law treats as a cookie: learners see it listed.
  if (config.endpoint && !info[ESSENTIAL].cookies.some((cookie) => cookie.name === OUTBOX_KEY))
    info[ESSENTIAL].cookies = [...info[ESSENTIAL].cookies, { name: OUTBOX_KEY, expires: UNTIL_DELIVERED }];
  return info;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocalized = (value: unknown): value is LocalizedText =>
  typeof value === 'string' || (isObject(value) && Object.values(value).every((v) => typeof v === 'string'));

/** The `<script type="application/json" id="assent-config">` block. */
function parseJsonBlock(
  json: string | null | undefined,
  errors: ConfigError[],
  warnings: ConfigError[],
): { texts: AssentConfig['texts']; categories: Record<string, Partial<CategoryInfo>>; consentMode: ConsentModeMapping | null } {
  const result = {
    texts: {} as AssentConfig['texts'],
    categories: {} as Record<string, Partial<CategoryInfo>>,
    consentMode: null as ConsentModeMapping | null,
  };
  if (!json || !json.trim()) return result;
  const fail = (value: string, allowed: string) => jsonError(errors, value, allowed);
  /** A key we do not read changes nothing, silently: say so, with the key most likely meant. */
  const unknownKeys = (object: JsonObject, path: string, known: readonly string[]) => {
    for (const key of Object.keys(object))
      if (!known.includes(key)) unknown(warnings, `"${path}${key}" in #${JSON_BLOCK_ID}`, quote(nearest(key, known)), known.join(', '));
  };

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // The engine's own words say where (Chromium and Firefox: line and column).
    fail(`JSON text (${(error as Error).message})`, 'a JSON object such as {"texts": {"en": {...}}, "categories": {...}}');
    return result;
  }
  if (!isObject(data)) {
    fail('top-level value', 'a JSON object with "texts" and/or "categories"');
    return result;
  }
  unknownKeys(data, '', ['texts', 'categories', 'consentMode']);

  if (data.texts !== undefined) {
    if (!isObject(data.texts)) fail('"texts"', 'an object of language codes to objects of strings');
    else
      for (const [lang, texts] of Object.entries(data.texts)) {
        if (!LANG_CODE.test(lang) || !isObject(texts) || !Object.values(texts).every((v) => typeof v === 'string')) {
          fail(`"texts.${lang}"`, 'a language code mapped to an object of strings');
          continue;
        }
        result.texts[lang.toLowerCase()] = texts as Partial<Record<string, string>>;
      }
  }

  if (data.categories !== undefined) {
    if (!isObject(data.categories)) fail('"categories"', 'an object of category names to descriptions');
    else
      for (const [name, value] of Object.entries(data.categories)) {
        const category = parseCategory(value);
        if (!CATEGORY_NAME.test(name) || !category) {
          fail(
            `"categories.${name}"`,
            'an object with optional "title", "description" (text or {lang: text}), "cookies" ([{"name", "expires", "provider"}]) and "clear" (["_pk_*"])',
          );
          continue;
        }
        unknownKeys(value as JsonObject, `categories.${name}.`, ['title', 'description', 'cookies', 'clear']);
        result.categories[name] = category;
      }
  }

  if (data.consentMode !== undefined) {
    result.consentMode = parseConsentModeMapping(data.consentMode);
    if (!result.consentMode)
      fail(
        '"consentMode"',
        `an object of optional category names (not essential) to arrays of Consent Mode keys (${CONSENT_MODE_KEYS.join(', ')})`,
      );
  }
  return result;
}

function parseCategory(value: unknown): Partial<CategoryInfo> | null {
  if (!isObject(value)) return null;
  const category: Partial<CategoryInfo> = {};
  if (value.title !== undefined) {
    if (!isLocalized(value.title)) return null;
    category.title = value.title;
  }
  if (value.description !== undefined) {
    if (!isLocalized(value.description)) return null;
    category.description = value.description;
  }
  if (value.cookies !== undefined) {
    if (!Array.isArray(value.cookies)) return null;
    const cookies: CookieInfo[] = [];
    for (const cookie of value.cookies) {
      if (!isObject(cookie) || typeof cookie.name !== 'string' || !cookie.name) return null;
      if (cookie.expires !== undefined && typeof cookie.expires !== 'string') return null;
      if (cookie.provider !== undefined && !isLocalized(cookie.provider)) return null;
      cookies.push({ name: cookie.name, expires: (cookie.expires as string | undefined) ?? '', provider: cookie.provider as LocalizedText | undefined });
    }
    category.cookies = cookies;
  }
  if (value.clear !== undefined) {
    if (!Array.isArray(value.clear) || !value.clear.every((p) => typeof p === 'string' && p.length > 0)) return null;
    category.clear = value.clear as string[];
  }
  return category;
}
