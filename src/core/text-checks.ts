/**
 * The checks of the JSON block's `"texts"` that need the texts themselves.
 * The head script has none, so the parts run these, and only on a site whose
 * JSON block has texts: `src/parts/speak.ts` loads them then, as the part
 * `texts` (`src/parts/texts.ts`). The head and every other page view are
 * spared them.
 */
import type { AssentConfig, ConfigError } from './config.js';
import { jsonError, JSON_BLOCK_ID, quote, unknown } from './messages.js';

export interface CheckedTexts {
  /** The texts that can show: without those under another code for a shipped language. */
  texts: AssentConfig['texts'];
  /** Texts under a key no text has (a misspelt key would change nothing, silently). */
  errors: ConfigError[];
  /** Texts under another code for a shipped language (`ger`, `deu` for `de`), with the code meant. */
  warnings: ConfigError[];
}

/** The errors for texts under a key no text has: a misspelt key would change nothing, silently. */
function textKeyErrors(texts: AssentConfig['texts'], textKeys: readonly string[]): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [lang, own] of Object.entries(texts))
    for (const key of Object.keys(own))
      if (!textKeys.includes(key)) jsonError(errors, `"texts.${lang}.${key}"`, 'a text key of src/i18n/translation.ts, such as bannerTitle');
  return errors;
}

export function checkTexts(texts: AssentConfig['texts'], textKeys: readonly string[], languages: readonly string[]): CheckedTexts {
  const kept: AssentConfig['texts'] = {};
  const warnings: ConfigError[] = [];
  for (const [lang, own] of Object.entries(texts)) {
    // Pages and browsers never use such a code, so its texts would never show.
    const canonical = canonicalLanguage(lang);
    if (canonical !== lang && languages.includes(canonical)) unknown(warnings, `"texts.${lang}" in #${JSON_BLOCK_ID}`, quote(canonical));
    else kept[lang] = own;
  }
  return { texts: kept, errors: textKeyErrors(kept, textKeys), warnings };
}

/*
 * Three-letter codes (ISO 639-2, bibliographic and terminological) of the
 * languages we ship that have a two-letter one: Chromium's and Firefox's Intl
 * map them to it, WebKit's does not, so we do it ourselves.
 */
const THREE_LETTER =
  'bul:bg cze:cs ces:cs dan:da ger:de deu:de gre:el ell:el eng:en spa:es est:et fin:fi fre:fr fra:fr gle:ga hrv:hr hun:hu ita:it lit:lt lav:lv mlt:mt dut:nl nld:nl pol:pl por:pt rum:ro ron:ro slo:sk slk:sk slv:sl swe:sv ara:ar per:fa fas:fa tur:tr ukr:uk rus:ru alb:sq sqi:sq srp:sr bos:bs mac:mk mkd:mk nor:no nob:no ice:is isl:is heb:he chi:zh zho:zh vie:vi';

/** The language code written the way we look it up (`ger`, `deu` → `de`), or itself lower-cased. */
function canonicalLanguage(lang: string): string {
  let code = lang.toLowerCase();
  try {
    code = Intl.getCanonicalLocales(lang)[0].toLowerCase();
  } catch {
    // Not a language tag at all: compared as written.
  }
  const [base, ...rest] = code.split('-');
  const two = THREE_LETTER.split(' ').find((pair) => pair.startsWith(`${base}:`))?.slice(base.length + 1);
  return two ? [two, ...rest].join('-') : code;
}
