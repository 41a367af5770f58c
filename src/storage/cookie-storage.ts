import { cookieDomains, cookiePaths } from './cookie-scope.js';
import { readCookies, removeCookie, writeCookie } from './cookies.js';
import type { ConsentStorage } from './types.js';

export interface CookieOptions {
  /** `data-cookie-domain`, or null for the current host only. */
  domain: string | null;
  secure: boolean;
}

type Cookies = ReturnType<typeof readCookies>;

/**
 * Every value of the cookie `name` in `cookies`, in the browser's order
 * (longer paths first, then older first).
 */
const values = (name: string, cookies: Cookies): string[] => cookies.flatMap(([found, value]) => (found === name ? [value] : []));

/**
 * First-party cookies readable by the server: `Path=/`, `SameSite=Lax`. A
 * write first removes every cookie of that name on this host, its parent
 * domains and every path of the page, so a duplicate left by another
 * `data-cookie-domain` or path can never outlive a withdrawal.
 */
export function cookieStorage({ domain, secure }: CookieOptions): ConsentStorage {
  const attributes = {
    path: '/',
    samesite: 'Lax',
    domain: domain ?? undefined,
    secure,
  };
  /** The cookies a snapshot holds; null outside one. */
  let held: Cookies | null = null;
  const remove = (name: string) => {
    held = null;
    for (const where of new Set([domain ?? undefined, location.hostname, ...cookieDomains(location.hostname)]))
      for (const path of cookiePaths(location.pathname)) removeCookie(name, { ...attributes, path, domain: where });
  };
  return {
    // A stable sort: on a tie, the first the browser lists.
    read: (name, rank = () => 0) => values(name, held ?? readCookies()).sort((a, b) => rank(b) - rank(a))[0],
    write(name, value, days) {
      remove(name);
      writeCookie(name, value, { ...attributes, 'max-age': Math.round(days * 86400) });
      if (values(name, readCookies()).join('\n') === value) return true;
      // Refused, or shadowed by one we cannot reach: no older value may stay in force.
      remove(name);
      return false;
    },
    remove,
    snapshot(reads) {
      if (held) return reads();
      held = readCookies();
      try {
        return reads();
      } finally {
        held = null;
      }
    },
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
    snapshot: (reads) => reads(),
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
    read: (name, rank) => (cookiesWork ? primary.read(name, rank) : memory.read(name)),
    write(name, value, days) {
      if (cookiesWork && primary.write(name, value, days)) return true;
      cookiesWork = false;
      return memory.write(name, value, days);
    },
    remove(name) {
      primary.remove(name);
      memory.remove(name);
    },
    snapshot: (reads) => (cookiesWork ? primary.snapshot(reads) : reads()),
  };
}
