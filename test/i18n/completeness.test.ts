import { expect } from '@open-wc/testing';
import { de } from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/en.js';
import { formatDuration } from '../../src/i18n/durations.js';
import { LANGUAGES, localeFile, type ShippedLanguage } from '../../src/i18n/languages.js';
import { TEXT_VALUES, type FormatKey, type Translation } from '../../src/i18n/translation.js';

/**
 * Every shipped language says everything English says, in its own words:
 * each failure names the language and the key, so a translator sees at once
 * what is missing.
 */

const CATEGORIES = ['essential', 'analytics', 'functional', 'marketing'] as const;
const DURATION_UNITS = ['minute', 'hour', 'day', 'month', 'year'] as const;

/**
 * Texts that may stay as English writes them, because the language writes
 * them the same way. Language → key → why.
 */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  de: {
    cookieName: '"Name" is the German word',
    policyVersion: '"Version" is the German word',
    'categoryTitles.marketing': 'German uses the loanword "Marketing"',
  },
  da: {
    policyVersion: '"Version" is the Danish word',
  },
  fr: {
    policyVersion: '"Version" is the French word',
  },
  nl: {
    'categoryTitles.marketing': 'Dutch uses the loanword "Marketing"',
  },
  sv: {
    policyVersion: '"Version" is the Swedish word',
  },
};

/** Texts allowed to be more than three times as long as their English source. Language → key → why. */
const LONGER_THAN_THREE_TIMES: Record<string, Record<string, string>> = {};

/** Sample values for each function text's values, by the name a site writes in braces. */
const SAMPLES: Record<string, string> = {
  provider: 'Zyxvimeo',
  date: '29.02.2028',
  version: 'v7.3b',
  title: 'Qwert policy',
};

/** The counts every numeric value is tried with: they hit every plural form of every shipped language. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

/** Digits as Arabic, Persian/Dari and Latin script write them, read as Latin digits. */
function latinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

function showsNumber(text: string, count: number): boolean {
  return new RegExp(`(?<![0-9])${count}(?![0-9])`).test(latinDigits(text));
}

type Args = unknown[];

/** The values that are counts: each is tried with every one of COUNTS. */
const NUMBERS = new Set(['n', 'total', 'age', 'days']);

/** The argument lists each function text is called with, for the checks below. */
function argumentLists(key: FormatKey): Args[] {
  const names: readonly string[] = TEXT_VALUES[key];
  for (const name of names) {
    if (!(name in SAMPLES) && !NUMBERS.has(name)) throw new Error(`${key}: no sample value for {${name}}`);
  }
  // The second count of a text (policyProgress's total) differs from the first, so each can be found.
  const withCount = (count: number): Args => {
    let nth = 0;
    return names.map((name) => (NUMBERS.has(name) ? count + 7 * nth++ : SAMPLES[name]));
  };
  const lists = names.some((name) => NUMBERS.has(name)) ? COUNTS.map(withCount) : [withCount(0)];
  // An agreement recorded before policies had versions has an empty version; the date still shows.
  if (names[0] === 'version' && names.length > 1) lists.push(['', ...names.slice(1).map((name) => SAMPLES[name])]);
  return lists;
}

/** The first argument list: what the "not English" and length checks compare. */
function sampleText(translation: Translation, key: FormatKey): string {
  const text = translation[key] as (...values: Args) => string;
  return text(...argumentLists(key)[0]);
}

function englishKeys(): (keyof Translation)[] {
  return Object.keys(en) as (keyof Translation)[];
}

function problemsOf(language: ShippedLanguage, translation: Translation): string[] {
  const problems: string[] = [];
  const same = SAME_AS_ENGLISH[language.code] ?? {};
  const long = LONGER_THAN_THREE_TIMES[language.code] ?? {};

  if (translation.$code !== language.code) problems.push(`$code is "${translation.$code}", languages.ts says "${language.code}"`);
  if (translation.$dir !== language.dir) problems.push(`$dir is "${translation.$dir}", languages.ts says "${language.dir}"`);
  if (translation.$name !== language.name) problems.push(`$name is "${translation.$name}", languages.ts says "${language.name}"`);

  for (const key of Object.keys(translation)) {
    if (!(key in en) && key !== '$durations') problems.push(`${key}: not a key of English (misspelt?)`);
  }

  // A cookie's lifetime: where this browser's Intl has no words for the language, its own $durations must say them.
  // ("1 minute" is French too, and Arabic and Hebrew write one and two as words: so all of them, and from 3 up.)
  const durations = DURATION_UNITS.flatMap((unit) => [1, 2, 3, 13].map((count) => ({ unit, count })));
  const shown = durations.map((duration) => formatDuration(translation, duration));
  if (shown.every((text, i) => text === formatDuration(en, durations[i]))) problems.push(`$durations: needed, this browser writes "${shown[3]}"`);
  durations.forEach(({ unit, count }, i) => {
    if (count > 2 && !showsNumber(shown[i], count)) problems.push(`$durations.${unit}: ${count} does not appear in "${shown[i]}"`);
  });

  const compare = (key: string, text: string, english: string) => {
    if (text.trim() === '') problems.push(`${key}: empty`);
    if (/undefined|NaN|\$\{/.test(text)) problems.push(`${key}: shows "${text}"`);
    if (text === english && !same[key]) problems.push(`${key}: same as English ("${english}")`);
    if (text.length > 3 * english.length && !long[key]) {
      problems.push(`${key}: ${text.length} characters, more than three times English's ${english.length}`);
    }
  };

  for (const key of englishKeys()) {
    if (key.startsWith('$')) continue;
    const english = en[key];
    const own = translation[key];
    if (typeof own !== typeof english) {
      problems.push(`${key}: ${own === undefined ? 'missing' : `a ${typeof own}, English has a ${typeof english}`}`);
      continue;
    }
    if (typeof english === 'string') {
      compare(key, own as string, english);
    } else if (typeof english === 'function') {
      const formatKey = key as FormatKey;
      const text = own as (...values: Args) => string;
      const names = TEXT_VALUES[formatKey];
      for (const args of argumentLists(formatKey)) {
        const shown = text(...args);
        names.forEach((name, index) => {
          const value = args[index];
          if (value === '') return;
          const appears = typeof value === 'number' ? showsNumber(shown, value) : shown.includes(String(value));
          if (!appears) problems.push(`${key}: {${name}} = ${String(value)} does not appear in "${shown}"`);
        });
      }
      compare(key, sampleText(translation, formatKey), sampleText(en, formatKey));
    } else {
      const group = key as 'categoryTitles' | 'categoryDescriptions';
      for (const category of CATEGORIES) {
        const text = translation[group][category];
        if (typeof text !== 'string') problems.push(`${group}.${category}: missing`);
        else compare(`${group}.${category}`, text, en[group][category]);
      }
    }
  }
  return problems;
}

async function load(code: string): Promise<Translation> {
  if (code === 'de') return de;
  const module = (await import(`../../src/i18n/locales/${localeFile(code)}.ts`)) as { default: Translation };
  return module.default;
}

describe('translations are complete', () => {
  it('lists 41 languages in 42 dictionaries (Serbian in both scripts), each once, with English and German among them', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(codes).to.have.length(42);
    expect(new Set(codes.map((code) => code.toLowerCase())).size).to.equal(42);
    expect(new Set(codes.map((code) => code.split('-')[0])).size).to.equal(41);
    expect(codes).to.include.members(['en', 'de', 'sr-Latn', 'sr-Cyrl']);
  });

  it('English itself has every category and agrees with languages.ts', () => {
    const english = LANGUAGES.find((language) => language.code === 'en')!;
    expect([en.$code, en.$name, en.$dir]).to.deep.equal([english.code, english.name, english.dir]);
    for (const category of CATEGORIES) {
      expect(en.categoryTitles[category], category).to.be.a('string').and.not.empty;
      expect(en.categoryDescriptions[category], category).to.be.a('string').and.not.empty;
    }
  });

  for (const language of LANGUAGES) {
    if (language.code === 'en') continue;
    it(`${language.code} (${language.name}) says everything English says`, async () => {
      let translation: Translation;
      try {
        translation = await load(language.code);
      } catch (error) {
        throw new Error(`${language.code}: src/i18n/locales/${localeFile(language.code)}.ts did not load (${String(error)})`);
      }
      const problems = problemsOf(language, translation);
      expect(problems, `${language.code}:\n  ${problems.join('\n  ')}\n`).to.deep.equal([]);
    });
  }

  it('the allow-lists name only shipped languages and real keys', () => {
    const codes = new Set<string>(LANGUAGES.map((language) => language.code));
    const keys = new Set<string>([
      ...englishKeys(),
      ...CATEGORIES.flatMap((category) => [`categoryTitles.${category}`, `categoryDescriptions.${category}`]),
    ]);
    for (const list of [SAME_AS_ENGLISH, LONGER_THAN_THREE_TIMES]) {
      for (const [code, entries] of Object.entries(list)) {
        expect(codes.has(code), code).to.equal(true);
        for (const [key, reason] of Object.entries(entries)) {
          expect(keys.has(key), `${code} ${key}`).to.equal(true);
          expect(reason, `${code} ${key}`).to.not.be.empty;
        }
      }
    }
  });
});
