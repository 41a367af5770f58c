/**
 * A date as `lang` writes it ("23 January 2024"). A browser with no date
 * data for the language (Chromium has none for Irish, Maltese, Icelandic,
 * Macedonian, Albanian and both Kurdish languages, and only month numbers
 * such as "M12" for Bosnian) would write the date in its own language
 * instead; there it is written 2024-01-23 (Swedish's numeric date is ISO
 * 8601), which reads the same in every language.
 * `utc`: the calendar day in UTC (a policy's date).
 */
export function formatDate(lang: string, date: Date, utc = false): string {
  const timeZone = utc ? 'UTC' : undefined;
  if (Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0) {
    const parts = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).formatToParts(date);
    // Chromium knows Bosnian by name only: its month comes out as "M12".
    if (!parts.some((part) => part.type === 'month' && /^M\d/.test(part.value))) return parts.map((part) => part.value).join('');
  }
  return new Intl.DateTimeFormat('sv', { dateStyle: 'short', timeZone }).format(date);
}
