/*
 * How `dist/assent.js` (a classic script) loads its parts: ES modules beside
 * it, content-hashed, found from the script's own `src`, so that a site may
 * serve the folder from a sub-path or another origin. The build replaces
 * `load.ts` with this module and fills in the file names.
 */
import type { Translation } from '../i18n/translation.js';
import type { PartModules, PartName } from './parts.js';

/*
 * Written in by the build: part name to its files (`ui` → the part's own
 * `ui-Bx3k9a.js`, then the shared chunks it imports), the languages
 * (`de,fr,…`) and their one hash.
 */
declare const __ASSENT_PARTS__: Record<PartName, readonly string[]>;
declare const __ASSENT_LANGUAGES__: string;
declare const __ASSENT_LANGUAGE_HASH__: string;

// Each mention of a build constant is a copy of it in the script: one each.
const PARTS = __ASSENT_PARTS__;
const LANGUAGES = __ASSENT_LANGUAGES__;

// Read while the script runs: later there is no current script.
const script = document.currentScript as HTMLScriptElement | null;
const folder = new URL('.', script?.src || location.href).href;
/** The languages that can be loaded, lower case, English among them. */
export const languages: readonly string[] = LANGUAGES ? LANGUAGES.split(',') : [];

/** The files of part `name`: its own, then the shared chunks it imports; a language has one. */
const filesOf = (name: string): readonly string[] =>
  Object.hasOwn(PARTS, name) ? PARTS[name as PartName] : [`${name}-${__ASSENT_LANGUAGE_HASH__}.js`];
const preloaded = new Set<string>();

function load<T>(name: string): Promise<T> {
  const files = filesOf(name);
  // The shared chunks are fetched with the part, not only once it has been read: no waterfall.
  // At low priority: the page's own style sheets and scripts, which its first paint waits for,
  // come first (Lighthouse's mobile FCP of the demo page: 1.80x the page without assent at the
  // default priority, 1.52x at low; the banner shows as early).
  for (const file of files) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.fetchPriority = 'low';
    link.href = new URL(file, folder).href;
    document.head.append(link);
  }
  return import(/* @vite-ignore */ new URL(files[0], folder).href) as Promise<T>;
}

export const loadPart: <K extends PartName>(name: K) => Promise<PartModules[K]> = load;

const loadingLanguages = new Map<string, Promise<Translation | null>>();

/**
 * A language's texts, loaded once however often they are asked for. The head
 * asks as it fetches the first part that shows text, so that the language is
 * in memory when that part mounts (imported only then, an English banner
 * showed some 70 ms later at 4x CPU slowdown).
 */
export function loadLanguage(code: string): Promise<Translation | null> {
  const name = `lang-${code}`;
  if (!languages.includes(code)) return Promise.resolve(null);
  let loading = loadingLanguages.get(code);
  if (!loading) {
    loading = load<{ default: Translation }>(name).then(
      (module) => module.default,
      () => {
        console.error(`assent: could not load ${partLocation(name)}; ${code === 'en' ? 'without texts, nothing is shown' : 'the texts are shown in English'}.`);
        return null;
      },
    );
    loadingLanguages.set(code, loading);
  }
  return loading;
}

/** Where a part is looked for, for an error message. */
export function partLocation(name: string): string {
  return `the file ${filesOf(name)[0]} from the folder ${folder}`;
}
