import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de } from './de.js';
import { en } from './en.js';
import { TEXT_VALUES, type FormatKey, type Translation } from './translation.js';

const dictionaries = new Map<string, Translation>([
  [en.$code, en],
  [de.$code, de],
]);

/** Site overrides per language, from the inline JSON block. */
let overrides: Record<string, Partial<Record<string, string>>> = {};
/** `data-lang`, or `auto`. */
let requested = 'auto';
const hosts = new Set<ReactiveControllerHost>();

/** Adds a language: one object implementing `Translation`. */
export function registerTranslation(translation: Translation): void {
  dictionaries.set(translation.$code, translation);
  for (const host of hosts) host.requestUpdate();
}

export function availableLanguages(): string[] {
  return [...dictionaries.keys()];
}

/** The keys a site may override in the JSON block's `"texts"`: every text, plain or with values. */
export function textKeys(): string[] {
  return Object.keys(en).filter((key) => !key.startsWith('$') && typeof en[key as keyof Translation] !== 'object');
}

/** Sets `data-lang` and the JSON block's texts for every element. */
export function configureLanguage(lang: string, texts: Record<string, Partial<Record<string, string>>>): void {
  requested = lang;
  overrides = texts;
  for (const host of hosts) host.requestUpdate();
}

/**
 * The language to speak: `data-lang` unless it is `auto`, then the nearest
 * `lang` attribute around the element (`<html lang>` at the latest), then
 * the browser's languages, then English.
 */
export function resolveLanguage(element?: Element | null): string {
  const candidates = [
    requested === 'auto' ? null : requested,
    element?.closest('[lang]')?.getAttribute('lang'),
    document.documentElement.lang,
    ...(navigator.languages ?? [navigator.language]),
  ];
  for (const candidate of candidates) {
    const match = candidate && pick(candidate.toLowerCase());
    if (match) return match;
  }
  return en.$code;
}

function pick(code: string): string | null {
  if (dictionaries.has(code) || overrides[code]) return code;
  const base = code.split('-')[0];
  return dictionaries.has(base) || overrides[base] ? base : null;
}

/**
 * The dictionary for `lang`, with the site's overrides laid over it. A plain
 * text is replaced as it is; a function text (`embedNotice`) by the site's
 * text with its `{provider}`-style placeholders filled in (an unknown name
 * stays as written). A text for any other key (`$code`, `categoryTitles`) is
 * ignored, so the JSON block cannot break rendering.
 */
export function translate(lang: string): Translation {
  const base = dictionaries.get(lang) ?? en;
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
