import { allProviders } from './registry.js';
import type { EmbedProvider, EmbedTarget, EmbedUrlOptions } from './types.js';
import { hasControlCharacter, hasCredentials, isWebScheme, toUrl } from './util.js';

/** Why a URL cannot be embedded. */
export type EmbedErrorCode =
  /** No URL at all. */
  | 'empty'
  /** Not a URL, too long, or with characters a URL cannot hold. */
  | 'invalid-url'
  /** A scheme other than http(s): `javascript:`, `data:`, `file:` ... */
  | 'unsafe-scheme'
  /** A web URL, but of no registered provider. */
  | 'unknown-provider'
  /** A provider's host, but not a form it recognises, or an id that does not look right. */
  | 'unsupported-url';

export type ParseResult =
  | { ok: true; provider: EmbedProvider; target: EmbedTarget }
  | { ok: false; error: EmbedErrorCode; message: string; provider?: EmbedProvider };

/** Longer than any real video or map URL (a Maps `pb` runs to some hundreds). */
export const MAX_URL_LENGTH = 4096;

/** A host name followed by a path, as people paste it without a scheme: `youtu.be/ID`. */
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i;

const fail = (error: EmbedErrorCode, message: string, provider?: EmbedProvider): ParseResult => ({
  ok: false,
  error,
  message,
  ...(provider ? { provider } : {}),
});

/**
 * Resolves a URL string (an `src` attribute, a pasted link) against the
 * registered providers. Accepts absolute http(s) URLs, `//host/...` and
 * `host/...` without a scheme. Never throws: anything it cannot vouch for
 * comes back as a typed error with a message for the console.
 */
export function parseEmbedUrl(input: unknown, providers: readonly EmbedProvider[] = allProviders()): ParseResult {
  if (typeof input !== 'string' || input.trim() === '') return fail('empty', 'no URL given');
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH) return fail('invalid-url', `the URL is longer than ${MAX_URL_LENGTH} characters`);
  // The URL parser silently drops tabs and new lines (`java\tscript:`); refuse them instead.
  if (hasControlCharacter(text, true)) return fail('invalid-url', 'the URL contains spaces or control characters');

  const absolute = text.startsWith('//') ? `https:${text}` : BARE_HOST.test(text) ? `https://${text}` : text;
  const url = toUrl(absolute);
  if (!url) return fail('invalid-url', `"${text}" is not an absolute URL`);
  if (!isWebScheme(url)) {
    return fail('unsafe-scheme', `the scheme "${url.protocol}" is not allowed, only https`);
  }
  if (hasCredentials(url)) return fail('invalid-url', 'the URL contains a user name or password');

  for (const provider of providers) {
    let target: EmbedTarget | null = null;
    try {
      target = provider.match(new URL(url.href));
    } catch (error) {
      console.error(`assent: provider "${provider.id}" failed to read a URL`, error);
    }
    if (target) return { ok: true, provider, target: { ...target, provider: provider.id, params: { ...target.params } } };
  }
  const owner = providers.find((provider) => provider.hosts?.includes(url.hostname));
  if (owner) return fail('unsupported-url', `not a ${owner.label} URL that can be embedded, or its id is not valid`, owner);
  return fail('unknown-provider', `no embed provider recognises the host "${url.hostname}"`);
}

/**
 * The URL an iframe may load for a parsed target, or null when the provider
 * failed to build one or built anything but a plain https URL. Never throws.
 */
export function buildEmbedUrl(provider: EmbedProvider, target: EmbedTarget, options: EmbedUrlOptions): string | null {
  let href: unknown;
  try {
    href = provider.embedUrl(target, options);
  } catch (error) {
    console.error(`assent: provider "${provider.id}" failed to build an embed URL`, error);
    return null;
  }
  if (typeof href !== 'string' || href.length > MAX_URL_LENGTH * 2) return null;
  const url = toUrl(href);
  return url?.protocol === 'https:' && !hasCredentials(url) ? url.href : null;
}

/** The CSS `aspect-ratio` for a target: the provider's, else 16:9. Never throws. */
export function embedAspectRatio(provider: EmbedProvider, target: EmbedTarget): string {
  try {
    const ratio = provider.aspectRatio?.(target);
    if (typeof ratio === 'string' && /^\d+(\.\d+)?\s*\/\s*\d+(\.\d+)?$/.test(ratio.trim())) return ratio.trim();
  } catch {
    // A broken provider still gets a placeholder.
  }
  return '16 / 9';
}
