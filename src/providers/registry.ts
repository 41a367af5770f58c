import { NAME_PATTERN } from '../core/names.js';
import { createStore, type Store } from '../core/store.js';
import { maps } from './maps.js';
import type { EmbedKind, EmbedProvider, ProviderInfo } from './types.js';
import { hasControlCharacter, toUrl } from './util.js';
import { vimeo } from './vimeo.js';
import { youtube } from './youtube.js';

export type { EmbedProvider, ProviderInfo };

/** Ids that a provider cannot take: cookie names of the widget, and category names (`assent.has()` reads both). */
const RESERVED_IDS = new Set(['policies', 'receipts', 'essential', 'analytics', 'functional', 'marketing', 'preferences', 'statistics', 'necessary']);
const PROVIDER_ID = NAME_PATTERN;
const KINDS: readonly EmbedKind[] = ['video', 'map', 'content'];

/** The shipped providers, in the order URLs are tried against them. */
export const BUILT_IN_PROVIDERS: readonly EmbedProvider[] = [youtube, vimeo, maps];

const providers = new Map<string, EmbedProvider>();
/** The originals as given, so that registering the same object twice is harmless. */
const originals = new Map<string, unknown>();

/** Every registered provider, in registration order; elements listen to learn of late additions. */
export const $providers: Store<readonly EmbedProvider[]> = /* @__PURE__ */ createStore<readonly EmbedProvider[]>([]);

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

/**
 * Checks a would-be provider without registering it. Returns one message per
 * problem; an empty list means it can be registered. Never throws.
 */
export function validateProvider(candidate: unknown): string[] {
  if (typeof candidate !== 'object' || candidate === null) return ['a provider must be an object'];
  const p = candidate as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof p.id !== 'string' || !PROVIDER_ID.test(p.id)) {
    errors.push(`id ${JSON.stringify(p.id)} must be 1 to 32 lower-case letters, digits, "_" or "-", starting with a letter`);
  } else if (RESERVED_IDS.has(p.id)) {
    errors.push(`id "${p.id}" is reserved`);
  }
  if (typeof p.label !== 'string' || p.label.trim() === '' || p.label.length > 64 || hasControlCharacter(p.label)) {
    errors.push('label must be a non-empty text of at most 64 characters');
  }
  if (typeof p.privacyUrl !== 'string' || !isAbsoluteWebUrl(p.privacyUrl)) {
    errors.push(`privacyUrl ${JSON.stringify(p.privacyUrl)} must be an absolute https URL`);
  }
  if (!isFunction(p.match)) errors.push('match(url) must be a function');
  if (!isFunction(p.embedUrl)) errors.push('embedUrl(target, options) must be a function');
  if (p.aspectRatio !== undefined && !isFunction(p.aspectRatio)) errors.push('aspectRatio, when given, must be a function');
  if (p.kind !== undefined && !KINDS.includes(p.kind as EmbedKind)) errors.push(`kind must be one of ${KINDS.join(', ')}`);
  if (p.allow !== undefined && typeof p.allow !== 'string') errors.push('allow, when given, must be a text');
  if (p.hosts !== undefined && !(Array.isArray(p.hosts) && p.hosts.every((host) => typeof host === 'string'))) {
    errors.push('hosts, when given, must be a list of host names');
  }
  return errors;
}

function isAbsoluteWebUrl(value: string): boolean {
  return toUrl(value)?.protocol === 'https:' && !/[\s<>"]/.test(value);
}

/**
 * Adds an embed provider (`assent.registerProvider(provider)`). A provider
 * that fails validation is not registered: one `console.error` names the
 * problems. Registering the same object again is a no-op; another provider
 * with a taken id is refused. Returns whether the provider is registered.
 * Never throws.
 */
export function registerProvider(candidate: EmbedProvider): boolean {
  const errors = validateProvider(candidate);
  const id = typeof (candidate as { id?: unknown } | null)?.id === 'string' ? candidate.id : '?';
  if (errors.length === 0 && providers.has(id)) {
    if (originals.get(id) === candidate) return true;
    errors.push(`a provider with the id "${id}" is already registered`);
  }
  if (errors.length > 0) {
    console.error(`assent: registerProvider(${JSON.stringify(id)}) refused: ${errors.join('; ')}.`);
    return false;
  }
  // A frozen copy with bound functions: later changes to the object cannot bypass the checks.
  const provider: EmbedProvider = Object.freeze({
    id: candidate.id,
    label: candidate.label,
    privacyUrl: candidate.privacyUrl,
    kind: candidate.kind ?? 'content',
    hosts: Object.freeze([...(candidate.hosts ?? [])]),
    allow: candidate.allow ?? '',
    match: candidate.match.bind(candidate),
    embedUrl: candidate.embedUrl.bind(candidate),
    aspectRatio: candidate.aspectRatio?.bind(candidate),
  });
  providers.set(id, provider);
  originals.set(id, candidate);
  $providers.set([...providers.values()]);
  return true;
}

/** Registers YouTube, Vimeo and Google Maps; safe to call more than once. */
export function registerBuiltInProviders(): void {
  for (const provider of BUILT_IN_PROVIDERS) registerProvider(provider);
}

/** Ids of every registered provider, e.g. `['youtube', 'vimeo', 'googlemaps']`. */
export function providerIds(): string[] {
  return [...providers.keys()];
}

/** The registered provider with this id. */
export function providerInfo(id: string): EmbedProvider | undefined {
  return providers.get(id);
}

/** Every registered provider, in the order URLs are tried against them. */
export function allProviders(): readonly EmbedProvider[] {
  return $providers.get();
}

/** Forgets every provider. For tests only. */
export function resetProviders(): void {
  providers.clear();
  originals.clear();
  $providers.set([]);
}
