/// <reference types="vite/client" />
/*
 * How the parts are loaded in the ES module (`dist/assent.mjs`): plain
 * `import()`, so the user's bundler splits them. `dist/assent.js` is built
 * with `load-classic.ts` in this module's place.
 */
import type { Translation } from '../i18n/translation.js';
import type { PartModules, PartName } from './parts.js';

const parts: { [K in PartName]: () => Promise<PartModules[K]> } = {
  ui: () => import('./ui.js'),
  embed: () => import('./embed.js'),
  policies: () => import('./policies.js'),
  receipts: () => import('./receipts.js'),
  texts: () => import('./texts.js'),
};

const locales = import.meta.glob<{ default: Translation }>('../i18n/locales/*.ts');
const codeOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);

/** The languages that can be spoken, lower case: English (always in memory here) and those that can be loaded. */
export const languages: readonly string[] = ['en', ...Object.keys(locales).map(codeOf)];

export function loadPart<K extends PartName>(name: K): Promise<PartModules[K]> {
  return parts[name]();
}

export function loadLanguage(code: string): Promise<Translation | null> {
  const load = locales[`../i18n/locales/${code}.ts`];
  return load ? load().then((module) => module.default) : Promise.resolve(null);
}

/** Where a part is looked for, for an error message. */
export function partLocation(name: string): string {
  return `the ${name} part of the assent module`;
}
