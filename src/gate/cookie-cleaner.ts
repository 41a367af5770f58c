import { matchesCookiePattern } from '../core/categories.js';
import { cookieDomains, cookiePaths } from '../storage/cookie-scope.js';
import { readCookies, removeCookie } from '../storage/cookies.js';

export { cookieDomains, cookiePaths };

/** Deletes the page's cookies whose names match any pattern; returns their names. */
export function clearCookies(patterns: readonly string[], where: Location = location): string[] {
  if (patterns.length === 0) return [];
  const names = [...new Set(readCookies().map(([name]) => name))].filter((name) =>
    patterns.some((pattern) => matchesCookiePattern(name, pattern)),
  );
  for (const name of names)
    for (const domain of cookieDomains(where.hostname))
      for (const path of cookiePaths(where.pathname)) removeCookie(name, { path, domain });
  return names;
}
