import { textKeyErrors } from '../core/config.js';
import { configureLanguage, configureLoading, ensureLanguage, resolveLanguage, textKeys } from '../i18n/localize.js';
import { getManager } from '../state/runtime.js';
import type { Handoff } from './handoff.js';

let started: Promise<void> | null = null;

/**
 * Gives the elements their texts: the site's `data-lang` and JSON block, the
 * languages that can be loaded, and the page's language loaded before the
 * first element renders (so that nobody sees English first). Once per page,
 * whichever part comes first.
 */
export function speak(handoff: Handoff): Promise<void> {
  started ??= start(handoff);
  return started;
}

function start(handoff: Handoff): Promise<void> {
  const { config } = getManager()!;
  configureLoading(handoff.languages, handoff.loadLanguage);
  const configure = () => {
    configureLanguage(config.lang, config.texts);
    // The head has no texts, so it leaves this check of the JSON block to us.
    for (const error of textKeyErrors(config.texts, textKeys())) console.error(error.message);
  };
  configure();
  handoff.onTexts.add(configure);
  return ensureLanguage(resolveLanguage());
}
