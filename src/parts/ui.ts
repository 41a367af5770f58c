/** The part with the banner and the settings dialog. */
import { AssentBanner } from '../components/assent-banner/assent-banner.js';
import { AssentSettings } from '../components/assent-settings/assent-settings.js';
import { getManager } from '../state/runtime.js';
import type { Handoff } from './handoff.js';
import { speak } from './speak.js';

/**
 * Puts the banner (it shows itself while it has a question) first in the
 * page and the settings dialog last; returns the dialog, or null when no
 * texts could be loaded. Call once the body exists.
 */
export async function mount(handoff: Handoff): Promise<AssentSettings | null> {
  if (!(await speak(handoff))) return null;
  AssentBanner.define('assent-banner');
  AssentSettings.define('assent-settings');
  const manager = getManager()!;
  const { config } = manager;
  if (config.banner === 'auto' && config.categories.length > 0) {
    const banner = document.createElement('assent-banner');
    banner.manager = manager;
    if (config.privacyUrl) banner.privacyUrl = config.privacyUrl;
    // First in the page, so screen-reader and keyboard users meet it first; only the page's
    // skip links stay before it, so that they still come first and skip to the content.
    let first = document.body.firstElementChild;
    while (first && isSkipLinks(first)) first = first.nextElementSibling;
    document.body.insertBefore(banner, first);
  }
  const settings = document.createElement('assent-settings');
  settings.manager = manager;
  document.body.append(settings);
  return settings;
}

const SKIP_LINK = 'a[href^="#"]:not([href="#"])';

/** Links to places in this page (`#maincontent`) and nothing else, or something the body starts with that shows nothing. */
function isSkipLinks(element: Element): boolean {
  return (
    element.matches(`script,style,noscript,template,${SKIP_LINK}`) ||
    (!!element.querySelector(SKIP_LINK) && !element.querySelector(`a:not(${SKIP_LINK}),nav,main,header,form,button,input,img,iframe`))
  );
}
