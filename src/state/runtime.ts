import { cookieStorage, fallbackStorage } from '../storage/cookie-storage.js';
import type { ConsentManager } from './consent-manager.js';
import { PolicyAnswers } from './policy-answers.js';

/**
 * The manager started by `boot()`, for elements the page writes itself
 * (`<assent-embed>`, `<assent-policies>`) and that nobody hands one to.
 */
let current: ConsentManager | null = null;
const waiting = new Set<(manager: ConsentManager) => void>();

export function setManager(manager: ConsentManager): void {
  current = manager;
  for (const callback of waiting) callback(manager);
  waiting.clear();
}

export function getManager(): ConsentManager | null {
  return current;
}

/** Calls back with the manager now, or once `boot()` has made one. */
export function whenManager(callback: (manager: ConsentManager) => void): void {
  if (current) callback(current);
  else waiting.add(callback);
}

let standalone: PolicyAnswers | null = null;

/**
 * The policy answers an `<assent-policies>` records to when nobody handed it
 * any: the booted manager's, else (elements used without `start()`)
 * first-party cookies on this host, memory when cookies are off.
 */
export function policyAnswers(): PolicyAnswers {
  if (current) return current.policies;
  standalone ??= new PolicyAnswers(fallbackStorage(cookieStorage({ domain: null, secure: location.protocol === 'https:' })));
  return standalone;
}
