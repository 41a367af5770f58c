import { cookieStorage, fallbackStorage } from '../../storage/cookie-storage.js';
import type { ConsentStorage } from '../../storage/types.js';

let injected: ConsentStorage | null = null;
let fallback: ConsentStorage | null = null;

/**
 * Hands every `<assent-policies>` without its own `storage` the booted
 * storage (cookie domain and `Secure` as configured). Null goes back to the
 * built-in one.
 */
export function setPolicyStorage(storage: ConsentStorage | null): void {
  injected = storage;
}

/** The injected storage, or first-party cookies on this host (memory when cookies are off). */
export function policyStorage(): ConsentStorage {
  if (injected) return injected;
  fallback ??= fallbackStorage(cookieStorage({ domain: null, secure: location.protocol === 'https:' }));
  return fallback;
}
