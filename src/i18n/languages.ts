/**
 * The languages assent ships (41, Serbian in two scripts): code (as `data-lang` takes it and as each
 * dictionary's `$code` says), name in the language itself, and direction.
 * No DOM and no texts here, so choosing a language costs a few bytes and
 * the dictionaries can be loaded one at a time.
 */
export interface ShippedLanguage {
  readonly code: string;
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  // The 24 official languages of the EU.
  { code: 'bg', name: 'Български', dir: 'ltr' },
  { code: 'cs', name: 'Čeština', dir: 'ltr' },
  { code: 'da', name: 'Dansk', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'el', name: 'Ελληνικά', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'et', name: 'Eesti', dir: 'ltr' },
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ga', name: 'Gaeilge', dir: 'ltr' },
  { code: 'hr', name: 'Hrvatski', dir: 'ltr' },
  { code: 'hu', name: 'Magyar', dir: 'ltr' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'lt', name: 'Lietuvių', dir: 'ltr' },
  { code: 'lv', name: 'Latviešu', dir: 'ltr' },
  { code: 'mt', name: 'Malti', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'sk', name: 'Slovenčina', dir: 'ltr' },
  { code: 'sl', name: 'Slovenščina', dir: 'ltr' },
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  // Family languages of learners in Germany, and the region around the EU.
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'prs', name: 'دری', dir: 'rtl' },
  { code: 'ckb', name: 'کوردیی ناوەندی', dir: 'rtl' },
  { code: 'kmr', name: 'Kurdî (Kurmancî)', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'sq', name: 'Shqip', dir: 'ltr' },
  { code: 'sr-Latn', name: 'Srpski (latinica)', dir: 'ltr' },
  { code: 'sr-Cyrl', name: 'Српски (ћирилица)', dir: 'ltr' },
  { code: 'bs', name: 'Bosanski', dir: 'ltr' },
  { code: 'mk', name: 'Македонски', dir: 'ltr' },
  { code: 'no', name: 'Norsk', dir: 'ltr' },
  { code: 'is', name: 'Íslenska', dir: 'ltr' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
  { code: 'zh', name: '简体中文', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
] as const satisfies readonly ShippedLanguage[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

/** The file a language's dictionary lives in: `sr-Latn` → `sr-latn`. */
export function localeFile(code: string): string {
  return code.toLowerCase();
}
