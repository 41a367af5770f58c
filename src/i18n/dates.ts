/**
 * A date as `lang` writes it ("23 January 2024"). A browser with no date
 * data for the language (Chromium has none for Irish, Maltese, Icelandic,
 * Macedonian, Albanian and both Kurdish languages) would write the date in
 * its own language instead; there it is written 2024-01-23 (Swedish's
 * numeric date is ISO 8601), which reads the same in every language.
 * `utc`: the calendar day in UTC (a policy's date).
 */
export function formatDate(lang: string, date: Date, utc = false): string {
  const timeZone = utc ? 'UTC' : undefined;
  const known = Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0;
  return new Intl.DateTimeFormat(known ? lang : 'sv', { dateStyle: known ? 'long' : 'short', timeZone }).format(date);
}
