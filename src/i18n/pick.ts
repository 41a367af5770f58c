/**
 * The language to speak from a list of language tags in order of preference
 * (`data-lang`, the nearest `lang` attribute, `<html lang>`, the browser's
 * languages): the first that names a shipped language, as it is (`de`) or by
 * its base language (`de-AT` is German), else English. DOM-free, so the head
 * script and the elements choose alike.
 */
export function pickLanguage(tags: readonly (string | null | undefined)[], shipped: ReadonlySet<string>): string {
  for (const tag of tags) {
    const code = tag?.trim().toLowerCase().replace(/_/g, '-');
    if (!code) continue;
    if (shipped.has(code)) return code;
    const base = code.split('-')[0];
    if (shipped.has(base)) return base;
  }
  return 'en';
}
