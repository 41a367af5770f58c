import { NAME_PATTERN } from './names.js';
import { ESSENTIAL } from './categories.js';

/**
 * The storage types of Google Consent Mode v2, in Google's order.
 * https://developers.google.com/tag-platform/security/concepts/consent-mode
 */
export const CONSENT_MODE_KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type ConsentModeKey = (typeof CONSENT_MODE_KEYS)[number];
export type ConsentModeValue = 'granted' | 'denied';
export type ConsentModeState = Record<ConsentModeKey, ConsentModeValue>;

/** Which Consent Mode keys each of our optional categories grants. */
export type ConsentModeMapping = Record<string, ConsentModeKey[]>;

/**
 * The built-in mapping. A site changes it per category with `"consentMode"`
 * in the `#assent-config` JSON block.
 */
export const DEFAULT_CONSENT_MODE_MAPPING: Readonly<ConsentModeMapping> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};

/**
 * What a key is when no configured category controls it: the storage a site
 * needs to work (security, and functionality such as the language) is
 * granted, everything else denied. A key controlled by a category follows
 * that category, so it is denied until consent.
 */
const UNCONTROLLED: Readonly<ConsentModeState> = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'granted',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

/** Milliseconds Google tags wait for our `update` after the `default`. */
export const WAIT_FOR_UPDATE = 500;

/**
 * The Consent Mode state for the given category answers. `categories` are
 * the optional categories the banner asks about; a key is granted when any
 * of them that maps to it is granted. The four keys of the README's "Google tags" section
 * (`ad_storage`, `ad_user_data`, `ad_personalization`, `analytics_storage`)
 * are never granted without a granted category, whatever the mapping.
 */
export function consentModeState(
  granted: Readonly<Record<string, boolean>>,
  categories: readonly string[],
  mapping: Readonly<ConsentModeMapping> = DEFAULT_CONSENT_MODE_MAPPING,
): ConsentModeState {
  const state: ConsentModeState = { ...UNCONTROLLED };
  const controlled = new Set<ConsentModeKey>();
  for (const name of categories) {
    if (name === ESSENTIAL) continue;
    // `hasOwn`: a category may be called `constructor`.
    for (const key of Object.hasOwn(mapping, name) ? mapping[name] : []) {
      if (!controlled.has(key)) state[key] = 'denied';
      controlled.add(key);
      if (granted[name] === true) state[key] = 'granted';
    }
  }
  return state;
}

/**
 * The mapping a site wrote in the JSON block, merged over the default per
 * category, or null when it is not an object of optional category names to
 * arrays of Consent Mode keys.
 */
export function parseConsentModeMapping(value: unknown): ConsentModeMapping | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const mapping: ConsentModeMapping = { ...DEFAULT_CONSENT_MODE_MAPPING };
  for (const [name, keys] of Object.entries(value)) {
    // `essential` needs no consent, so mapping a key to it would grant that key to everyone.
    if (name === ESSENTIAL || !NAME_PATTERN.test(name)) return null;
    if (!Array.isArray(keys) || !keys.every((key) => (CONSENT_MODE_KEYS as readonly unknown[]).includes(key))) return null;
    mapping[name] = [...new Set(keys as ConsentModeKey[])];
  }
  return mapping;
}
