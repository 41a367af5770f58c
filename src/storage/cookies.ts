/**
 * The page's cookies through `document.cookie`, in the encoding js-cookie
 * used before (values URI-encoded; what it wrote reads back the same).
 */

/** Every cookie the page sees as [name, value], in the browser's order: a name may come twice (another path or domain). */
export function readCookies(): [string, string][] {
  // One look: each is a round trip to the browser's cookie store.
  const text = document.cookie;
  return (text ? text.split('; ') : []).map((pair) => {
    const at = pair.indexOf('=');
    let value = pair.slice(at + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // Not ours: kept as it is.
    }
    return [pair.slice(0, at), value];
  });
}

export type CookieAttributes = Record<string, string | number | boolean | undefined>;

/** Writes one cookie; attributes that are undefined or false are left out, true ones written as a flag. */
export function writeCookie(name: string, value: string, attributes: CookieAttributes): void {
  let text = `${name}=${encodeURIComponent(value)}`;
  for (const [key, given] of Object.entries(attributes))
    if (given !== undefined && given !== false) text += given === true ? `; ${key}` : `; ${key}=${given}`;
  document.cookie = text;
}

/** Deletes the cookie `name` scoped as `attributes` say (a cookie is only deleted with its own path and domain). */
export const removeCookie = (name: string, attributes: CookieAttributes): void =>
  writeCookie(name, '', { ...attributes, 'max-age': 0 });
