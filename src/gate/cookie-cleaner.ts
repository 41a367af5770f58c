import { getCookies, removeCookie } from '../storage/cookies.js';
import { matchesCookiePattern } from '../core/categories.js';

/**
 * Every domain a cookie of this page may sit on: the host itself, without a
 * Domain attribute, and each parent domain (trackers like Matomo often set
 * `.example.org`).
 */
export function cookieDomains(hostname: string): (string | undefined)[] {
  const labels = hostname.split('.');
  const domains: (string | undefined)[] = [undefined];
  // An IP address or a single label has no parent domains.
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return domains;
  for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/**
 * `/a/b/c.php` → `['/', '/a', '/a/', '/a/b', '/a/b/', '/a/b/c.php']`: every
 * path a cookie visible here can be scoped to. `/a` and `/a/` (and the page
 * itself) are different cookie paths, and a cookie is only deleted on its own.
 */
export function cookiePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  let prefix = '';
  for (const segment of pathname.split('/').slice(1, -1)) {
    prefix += `/${segment}`;
    paths.add(prefix).add(`${prefix}/`);
  }
  if (pathname.startsWith('/')) paths.add(pathname);
  return [...paths];
}

/** Deletes the page's cookies whose names match any pattern; returns their names. */
export function clearCookies(patterns: readonly string[], where: Location = location): string[] {
  if (patterns.length === 0) return [];
  const names = Object.keys(getCookies()).filter((name) =>
    patterns.some((pattern) => matchesCookiePattern(name, pattern)),
  );
  for (const name of names)
    for (const domain of cookieDomains(where.hostname))
      for (const path of cookiePaths(where.pathname)) removeCookie(name, domain ? { path, domain } : { path });
  return names;
}
