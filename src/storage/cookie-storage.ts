import { getCookies, removeCookie, setCookie } from './cookies.js';
import type { ConsentStorage } from './types.js';

export interface CookieOptions {
  /** `data-cookie-domain`, or null for the current host only. */
  domain: string | null;
  secure: boolean;
}

/** First-party cookies readable by the server: `Path=/`, `SameSite=Lax`. */
export function cookieStorage({ domain, secure }: CookieOptions): ConsentStorage {
  const attributes = {
    path: '/',
    sameSite: 'Lax' as const,
    ...(domain ? { domain } : {}),
    ...(secure ? { secure: true } : {}),
  };
  return {
    read: (name) => getCookies()[name],
    write(name, value, days) {
      setCookie(name, value, { ...attributes, 'max-age': String(Math.round(days * 86400)) });
      return getCookies()[name] === value;
    },
    remove: (name) => removeCookie(name, attributes),
  };
}

/** Keeps values for this page view only. */
export function memoryStorage(): ConsentStorage {
  const values = new Map<string, string>();
  return {
    read: (name) => values.get(name),
    write(name, value) {
      values.set(name, value);
      return true;
    },
    remove: (name) => void values.delete(name),
  };
}

/**
 * Cookies first; when the browser refuses them the widget still works for
 * this page view, silently, from memory.
 */
export function fallbackStorage(primary: ConsentStorage): ConsentStorage {
  const memory = memoryStorage();
  let cookiesWork = true;
  return {
    read: (name) => (cookiesWork ? primary.read(name) : memory.read(name)),
    write(name, value, days) {
      if (cookiesWork && primary.write(name, value, days)) return true;
      cookiesWork = false;
      return memory.write(name, value, days);
    },
    remove(name) {
      primary.remove(name);
      memory.remove(name);
    },
  };
}
