import { matchLanguage } from './match.js';

/**
 * The language to speak from a list of language tags in order of preference
 * (`data-lang`, the nearest `lang` attribute, `<html lang>`, the browser's
 * languages): the first that names a shipped language (`matchLanguage`:
 * `de-AT` is German, Moodle's `pt_br` Portuguese), else English. DOM-free, so
 * the head script and the elements choose alike.
 */
export function pickLanguage(tags: readonly (string | null | undefined)[], shipped: readonly string[]): string {
  for (const tag of tags) {
    const code = matchLanguage(tag, shipped);
    if (code) return code.toLowerCase();
  }
  return 'en';
}
