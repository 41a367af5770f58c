/**
 * Which shipped language to speak for a language tag: a BCP 47 tag from the
 * browser (`de-AT`, `sr-Latn-RS`, `zh-Hans-CN`) or a Moodle language code as
 * Moodle writes it in `<html lang>` (`pt-br`, `sr-cr`, `de-du`; older Moodle
 * and some themes keep the underscore: `pt_br`). Returns the shipped code as
 * it is spelled in `shipped` (`sr-Latn`), or null when nothing fits.
 *
 * The tag itself wins when it is shipped (a site may register `pt-br`); then
 * the languages whose code is not the tag's first subtag (Serbian's two
 * scripts, Norwegian, Dari, Kurdish, Hebrew's old code); then the tag cut
 * from the end, subtag by subtag, as BCP 47 lookup does (`de-at` → `de`).
 */
export function matchLanguage(tag: string | null | undefined, shipped: readonly string[]): string | null {
  const subtags = (tag ?? '')
    .trim()
    .toLowerCase()
    // POSIX locales: de_DE.UTF-8, sr_RS@latin
    .replace(/@latin$/, '-latn')
    .replace(/[.@].*$/, '')
    .split(/[-_]/)
    .filter(Boolean);
  if (subtags.length === 0) return null;
  const byLowerCase = new Map(shipped.map((code) => [code.toLowerCase(), code]));
  for (const candidate of candidates(subtags)) {
    const code = byLowerCase.get(candidate);
    if (code) return code;
  }
  return null;
}

function* candidates(subtags: string[]): Generator<string> {
  yield subtags.join('-');
  const [language, ...rest] = subtags;
  const mapped = MAPPED[language]?.(rest);
  if (mapped) yield mapped;
  for (let length = subtags.length - 1; length >= 1; length--) yield subtags.slice(0, length).join('-');
}

/** Languages whose shipped code is not simply the tag's first subtag; `rest` is the tag after it. */
const MAPPED: Record<string, (rest: string[]) => string> = {
  // Serbian is written in both scripts; Cyrillic is the official one in Serbia,
  // Latin the usual one in Montenegro. Moodle's codes are sr_lt and sr_cr.
  sr: (rest) => {
    if (rest.some((subtag) => subtag === 'cyrl' || subtag === 'cr')) return 'sr-cyrl';
    if (rest.some((subtag) => subtag === 'latn' || subtag === 'lt')) return 'sr-latn';
    return rest.includes('me') ? 'sr-latn' : 'sr-cyrl';
  },
  // Bokmål, Nynorsk and Moodle's no_gr all read as our Norwegian.
  nb: () => 'no',
  nn: () => 'no',
  // Dari is the Persian of Afghanistan.
  fa: (rest) => (rest.includes('af') ? 'prs' : 'fa'),
  // Plain `ku` is Kurmanji (Latin script); in Arabic script it is Sorani.
  ku: (rest) => (rest.includes('arab') ? 'ckb' : 'kmr'),
  iw: () => 'he',
};
