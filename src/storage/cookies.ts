/**
 * The few cookie operations the widget needs, written as js-cookie 3 writes
 * and reads them (same encoding), in a fraction of its bytes.
 */
export interface CookieAttributes {
  path?: string;
  domain?: string;
  sameSite?: 'Lax';
  secure?: boolean;
  'max-age'?: string;
}

/** Every cookie of the page by name (the first of a name, as the browser lists the most specific path first); one that does not decode is left out. */
export function getCookies(): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const pair of document.cookie ? document.cookie.split('; ') : []) {
    const [name, ...rest] = pair.split('=');
    let value = rest.join('=');
    if (value[0] === '"') value = value.slice(1, -1);
    try {
      const key = decodeURIComponent(name);
      if (!Object.hasOwn(jar, key)) jar[key] = value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    } catch {
      // A cookie someone else wrote badly is no cookie of ours.
    }
  }
  return jar;
}

export function setCookie(name: string, value: string, attributes: CookieAttributes): void {
  let cookie = `${encodeURIComponent(name).replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent).replace(/[()]/g, escape)}=${encodeURIComponent(
    value,
  ).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent)}`;
  for (const [key, setting] of Object.entries(attributes))
    if (setting) cookie += `; ${key}${setting === true ? '' : `=${setting.split(';')[0]}`}`;
  document.cookie = cookie;
}

export function removeCookie(name: string, attributes: CookieAttributes): void {
  setCookie(name, '', { ...attributes, 'max-age': '-1' });
}
