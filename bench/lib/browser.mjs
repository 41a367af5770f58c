/**
 * Debian's Chromium, launched the one way every bench uses: headless, and
 * with the background-networking flags that keep it from calling home.
 */
import { chromium } from 'playwright-core';

import { CHROME, CHROME_FLAGS } from '../../scripts/chromium.mjs';

export { CHROME, CHROME_FLAGS };

/** A playwright-core Browser on Debian's Chromium. */
export const launch = () => chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });

/**
 * Answers every request to a host other than `origin` in this context
 * locally with an empty 204, so nothing leaves the machine; returns the list
 * the third-party URLs are pushed to.
 */
export async function keepLocal(context, origin) {
  const thirdParty = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    thirdParty.push(url);
    return route.fulfill({ status: 204 });
  });
  return thirdParty;
}
