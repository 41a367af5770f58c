import type { ConsentManager } from './consent.js';

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
