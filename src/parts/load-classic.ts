/*
 * How `dist/assent.js` (a classic script) loads its parts: ES modules beside
 * it, content-hashed, found from the script's own `src`, so that a site may
 * serve the folder from a sub-path or another origin. The build replaces
 * `load.ts` with this module and fills in the file names.
 */
import type { Translation } from '../i18n/translation.js';
import type { PartModules, PartName } from './parts.js';

/** Part name (`ui`, `lang-de`) to file name (`ui-Bx3k9a.js`), written in by the build. */
declare const __ASSENT_PARTS__: Record<string, string>;

// Read while the script runs: later there is no current script.
const script = document.currentScript as HTMLScriptElement | null;
const folder = new URL('.', script?.src || location.href).href;
const LANGUAGE = 'lang-';

export const languages: readonly string[] = Object.keys(__ASSENT_PARTS__)
  .filter((name) => name.startsWith(LANGUAGE))
  .map((name) => name.slice(LANGUAGE.length));

function load<T>(name: string): Promise<T> {
  return import(/* @vite-ignore */ new URL(__ASSENT_PARTS__[name], folder).href) as Promise<T>;
}

export function loadPart<K extends PartName>(name: K): Promise<PartModules[K]> {
  return load(name);
}

export function loadLanguage(code: string): Promise<Translation | null> {
  const name = LANGUAGE + code;
  if (!Object.hasOwn(__ASSENT_PARTS__, name)) return Promise.resolve(null);
  return load<{ default: Translation }>(name).then(
    (module) => module.default,
    () => {
      console.error(`assent: could not load ${partLocation(name)}; the texts are shown in English.`);
      return null;
    },
  );
}

/** Where a part is looked for, for an error message. */
export function partLocation(name: string): string {
  return `the file ${__ASSENT_PARTS__[name]} from the folder ${folder}`;
}
