import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de } from './de.js';
import { en } from './en.js';
import type { TextKey, Translation } from './translation.js';

const dictionaries = new Map<string, Translation>([
  [en.$code, en],
  [de.$code, de],
]);

/** Site overrides per language, from the inline JSON block. */
let overrides: Record<string, Partial<Record<TextKey, string>>> = {};
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

/** Sets `data-lang` and the JSON block's texts for every element. */
export function configureLanguage(lang: string, texts: Record<string, Partial<Record<TextKey, string>>>): void {
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
 * The dictionary for `lang`, with the site's overrides laid over it. Only
 * plain texts are overridden (`TextKey`): a text given for a key that is a
 * function or an object here (`embedWithdraw`, `categoryTitles`) is ignored,
 * so the JSON block cannot break rendering.
 */
export function translate(lang: string): Translation {
  const base = dictionaries.get(lang) ?? en;
  const own = overrides[lang];
  if (!own) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    if (typeof value === 'string' && !key.startsWith('$') && typeof merged[key] === 'string') merged[key] = value;
  }
  return merged as unknown as Translation;
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
