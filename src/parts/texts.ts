/**
 * The part with the checks of the JSON block's texts (`src/core/text-checks.ts`),
 * loaded only on a site whose JSON block has texts.
 */
export { checkTexts } from '../core/text-checks.js';
