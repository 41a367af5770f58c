import { en } from './en.js';
import type { Translation } from './translation.js';

/**
 * The languages in memory from the start: English, spoken wherever another
 * language is missing, so that elements used without the head script (npm)
 * always have texts. The parts of `dist/assent.js` are built with
 * `src/parts/preloaded.ts` in this module's place: there English is a part
 * like every other language, and a German page loads no English.
 */
export const PRELOADED: readonly Translation[] = [en];
