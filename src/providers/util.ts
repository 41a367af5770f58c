/** Small pure helpers shared by the built-in providers. */

/** Ten days: longer than any video or live stream a course links to. */
const MAX_SECONDS = 10 * 24 * 3600;

/**
 * Reads a media time as YouTube and Vimeo write it: `90`, `90s`, `1m30s`,
 * `1h2m3s`, or `1:30` / `1:02:03`. Returns whole seconds, or null for
 * anything else, for zero, and for absurdly large values.
 */
export function parseTime(value: string | null | undefined): number | null {
  if (value == null) return null;
  const text = value.trim().toLowerCase();
  let seconds: number;
  const units = /^(?:(\d{1,6})h)?(?:(\d{1,6})m)?(?:(\d{1,7})s?)?$/.exec(text);
  const clock = /^(?:(\d{1,3}):)?(\d{1,3}):([0-5]?\d)$/.exec(text);
  if (text !== '' && units) {
    const [, h = '0', m = '0', s = '0'] = units;
    seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  } else if (clock) {
    const [, h = '0', m, s] = clock;
    seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  } else {
    return null;
  }
  return seconds > 0 && seconds <= MAX_SECONDS ? seconds : null;
}

/** The non-empty segments of a URL path: `/embed/ID/` → `['embed', 'ID']`. */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

/** Reads `name` from a `#a=1&b=2` style fragment. */
export function hashParam(url: URL, name: string): string | null {
  return url.hash.length > 1 ? new URLSearchParams(url.hash.slice(1)).get(name) : null;
}

/** `new URL()` without the exception (`URL.canParse` is too new for the browsers we serve). */
export function toUrl(href: string, base?: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** True for an http: or https: URL. */
export const isWebScheme = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';

/** True when the URL carries a user name or a password. */
export const hasCredentials = (url: URL): boolean => url.username !== '' || url.password !== '';

/** True for an http(s) URL without credentials or a non-default port. */
export function isPlainWebUrl(url: URL): boolean {
  return isWebScheme(url) && !hasCredentials(url) && url.port === '';
}

/** True when `text` holds a control character (U+0000 to U+001F, U+007F), or also a space when `orSpace`. */
export function hasControlCharacter(text: string, orSpace = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || (orSpace && code === 0x20)) return true;
  }
  return false;
}
