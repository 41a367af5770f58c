import { ConsentManager } from '../../src/state/consent-manager.js';
import { parseConfig } from '../../src/core/config.js';
import type { ConsentChange } from '../../src/core/types.js';
import { CHANGE_EVENT } from '../../src/events/names.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import type { ConsentStorage } from '../../src/storage/types.js';

export const NOW = 1_718_000_000; // 2024-06-10T06:13:20Z
export const DAY = 86400;

/** A clock the manager and the integration share; move it with `clock.now += DAY`. */
export interface Clock {
  now: number;
}

export interface Site {
  /** The data attributes, without `data-`, as dataset keys. */
  attrs?: Record<string, string>;
  json?: string;
  /** Share it between two managers to stand for a reload or another tab. */
  storage?: ConsentStorage;
  clock?: Clock;
}

/** A manager as `boot()` makes one, on memory storage and a clock of the test's. */
export function managerFor({ attrs = {}, json, storage = memoryStorage(), clock = { now: NOW } }: Site = {}) {
  const { config, errors } = parseConfig(attrs, json);
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  const target = new EventTarget();
  const changes: ConsentChange[] = [];
  target.addEventListener(CHANGE_EVENT, (event) => changes.push((event as CustomEvent<ConsentChange>).detail));
  const manager = new ConsentManager({ config, storage, providers: () => ['youtube'], target, now: () => clock.now });
  return { manager, storage, clock, changes };
}

/** `dataLayer` entries as plain arrays, after checking that each is an `arguments` object like gtag pushes. */
export function commands(dataLayer: unknown[] | undefined): unknown[][] {
  return (dataLayer ?? []).map((entry, index) => {
    const kind = Object.prototype.toString.call(entry);
    if (kind !== '[object Arguments]') throw new Error(`dataLayer[${index}] is ${kind}, not an arguments object`);
    return Array.from(entry as ArrayLike<unknown>);
  });
}

/** Every cookie name the test page can see. */
export const cookieNames = () =>
  document.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0].trim())
    .filter(Boolean);

/** Deletes the named cookies on `/` (all a test page at `/` can set and see). */
export function dropCookies(names: readonly string[]): void {
  for (const name of names) document.cookie = `${name}=; path=/; max-age=0`;
}
