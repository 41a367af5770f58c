import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLanguage } from './pick.js';
import { PRELOADED } from './preloaded.js';
import { TEXT_VALUES, type FormatKey, type Translation } from './translation.js';

/** The dictionaries in memory: those preloaded (English, except in the parts of `dist/assent.js`), the others once loaded. */
const dictionaries = new Map<string, Translation>(PRELOADED.map((translation) => [translation.$code, translation]));

/** What is spoken where a language is missing: English, else (English not loaded yet) the language that is. */
function fallback(): Translation | undefined {
  return dictionaries.get('en') ?? dictionaries.values().next().value;
}

/** Site overrides per language, from the inline JSON block. */
let overrides: Record<string, Partial<Record<string, string>>> = {};
/** `data-lang`, or `auto`. */
let requested = 'auto';
/** Languages that can be loaded (each its own part of the build), and how. */
let loadable = new Set<string>();
let loader: ((code: string) => Promise<Translation | null>) | null = null;
const loading = new Map<string, Promise<void>>();
const hosts = new Set<ReactiveControllerHost>();

function updateHosts(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Adds a language: one object implementing `Translation`. */
export function registerTranslation(translation: Translation): void {
  dictionaries.set(translation.$code.toLowerCase(), translation);
  updateHosts();
}

/** Whether `code` is in memory. */
export const inMemory = (code: string): boolean => dictionaries.has(code);

/** Every language that can be spoken: those in memory and those that can be loaded. */
export function availableLanguages(): string[] {
  return [...new Set([...dictionaries.keys(), ...loadable])];
}

/**
 * The keys a site may override in the JSON block's `"texts"`: every text,
 * plain or with values (every shipped language has them all). None before a
 * language is in memory.
 */
export function textKeys(): string[] {
  const base = fallback() ?? {};
  return Object.keys(base).filter((key) => !key.startsWith('$') && typeof base[key as keyof typeof base] !== 'object');
}

/** Sets `data-lang` and the JSON block's texts for every element. */
export function configureLanguage(lang: string, texts: Record<string, Partial<Record<string, string>>>): void {
  requested = lang;
  overrides = texts;
  updateHosts();
}

/** Tells which languages the build ships as parts, and how to load one. */
export function configureLoading(codes: readonly string[], load: (code: string) => Promise<Translation | null>): void {
  loadable = new Set(codes.map((code) => code.toLowerCase()));
  loader = load;
}

/**
 * Loads a shipped language if it is not in memory yet; resolves once it is
 * (or failed: then the fallback is spoken). The elements that speak it re-render.
 */
export function ensureLanguage(code: string): Promise<void> {
  if (dictionaries.has(code) || !loader || !loadable.has(code)) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    pending = loader(code).then((translation) => {
      if (translation) registerTranslation(translation);
    });
    loading.set(code, pending);
  }
  return pending;
}

/**
 * The language to speak: `data-lang` unless it is `auto`, then the nearest
 * `lang` attribute around the element (`<html lang>` at the latest), then
 * the browser's languages, then English.
 */
export function resolveLanguage(element?: Element | null): string {
  return pickLanguage(
    [
      requested === 'auto' ? null : requested,
      element?.closest('[lang]')?.getAttribute('lang'),
      document.documentElement.lang,
      ...(navigator.languages ?? [navigator.language]),
    ],
    [...availableLanguages(), ...Object.keys(overrides)],
  );
}

/**
 * The dictionary for `lang`, with the site's overrides laid over it. A plain
 * text is replaced as it is; a function text (`embedNotice`) by the site's
 * text with its `{provider}`-style placeholders filled in (an unknown name
 * stays as written). A text for any other key (`$code`, `categoryTitles`) is
 * ignored, so the JSON block cannot break rendering.
 */
export function translate(lang: string): Translation {
  // Elements render only once a language is in memory (the parts wait for it), so there is a fallback.
  const base = dictionaries.get(lang) ?? fallback()!;
  // A language that is not in memory yet: the fallback until it has arrived.
  if (!dictionaries.has(lang)) void ensureLanguage(lang);
  const own = overrides[lang];
  if (!own) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    if (typeof value !== 'string' || key.startsWith('$')) continue;
    if (typeof merged[key] === 'string') merged[key] = value;
    else if (Object.hasOwn(TEXT_VALUES, key)) merged[key] = fill(value, TEXT_VALUES[key as FormatKey]);
  }
  return merged as unknown as Translation;
}

/** A function text made from a site's template: "{provider} receives…" with the values in place. */
function fill(template: string, names: readonly string[]): (...values: unknown[]) => string {
  return (...values) =>
    template.replace(/\{(\w+)\}/g, (written, name: string) => {
      const index = names.indexOf(name);
      return index < 0 ? written : String(values[index]);
    });
}

/** Gives an element its texts and re-renders it when the language changes. */
export class LocalizeController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  get lang(): string {
    return resolveLanguage(this.#host);
  }

  get t(): Translation {
    return translate(this.lang);
  }
}
