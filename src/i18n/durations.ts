import type { Duration } from '../core/categories.js';
import { plural } from './plural.js';
import type { Translation } from './translation.js';

/**
 * A cookie's lifetime as `t`'s language writes it ("13 months", "13 Monate").
 * `Intl.NumberFormat` knows the words in most languages; where the browser
 * has no data for the language it would write another language, so the
 * language's own `$durations` are used instead.
 */
export function formatDuration(t: Translation, { count, unit }: Duration): string {
  const lang = t.$code;
  const write = (locale: string) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  const intl = write(lang);
  // No data: the browser's own default language, or (Chromium's Bosnian) English under the language's name.
  const missing = () => Intl.NumberFormat.supportedLocalesOf(lang).length === 0 || intl === write('en');
  return t.$durations && missing() ? plural(lang, count, t.$durations[unit]) : intl;
}
