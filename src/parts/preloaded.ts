import type { Translation } from '../i18n/translation.js';

/**
 * In the parts of `dist/assent.js` no language is in memory from the start:
 * each one, English included, is a part of its own, loaded when it is spoken
 * (the build puts this module in place of `src/i18n/preloaded.ts`).
 */
export const PRELOADED: readonly Translation[] = [];
