import { parseConfig } from '../../src/core/config.js';
import { POLICY_COOKIE } from '../../src/core/names.js';
import { encodePolicies } from '../../src/core/policy-codec.js';
import { providerIds } from '../../src/providers/registry.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import type { ConsentStorage } from '../../src/storage/types.js';

/** Whose policy answers are stored already: a minor's (a guardian agreed), an adult's, or none. */
export type PolicyAnswerer = 'minor' | 'adult' | null;

export interface TestSite {
  /** The script tag's data attributes. */
  dataset?: Record<string, string>;
  /** The JSON block. */
  json?: string | null;
  storage?: ConsentStorage;
  /** Who answered the policies already (stored in `storage` before the manager reads it). */
  answeredBy?: PolicyAnswerer;
  providers?: () => string[];
  /** Where `assent-change` goes; a private target by default, so tests never hear each other. */
  target?: EventTarget;
  /** Seconds since the epoch. */
  now?: () => number;
}

/** Stores a compulsory privacy policy agreed a minute ago, by a minor's guardian or by an adult. */
export function storePolicyAnswer(storage: ConsentStorage, who: 'minor' | 'adult', at = Math.floor(Date.now() / 1000) - 60): void {
  storage.write(POLICY_COOKIE, encodePolicies({ privacy: { version: '1', accepted: true, at, onBehalf: who === 'minor' } })!, 395);
}

/**
 * A consent manager as `boot()` makes one, from a site's attributes, with
 * memory storage and nothing decided unless the test says so.
 */
export function testManager({
  dataset = {},
  json = null,
  storage = memoryStorage(),
  answeredBy = null,
  providers = providerIds,
  target = new EventTarget(),
  now,
}: TestSite = {}): ConsentManager {
  if (answeredBy) storePolicyAnswer(storage, answeredBy);
  const { config } = parseConfig(dataset, json);
  return new ConsentManager({ config, storage, providers, target, ...(now ? { now } : {}) });
}
