import { configureLanguage, configureLoading, ensureLanguage, inMemory, resolveLanguage, textKeys } from '../i18n/localize.js';
import { getManager } from '../state/runtime.js';
import type { Handoff } from './handoff.js';

let started: Promise<boolean> | null = null;

/**
 * Gives the elements their texts: the site's `data-lang` and JSON block, the
 * languages that can be loaded, and the page's language loaded before the
 * first element renders (so that nobody sees English first), with English
 * under it when it could not be loaded or only the JSON block speaks it.
 * Once per page, whichever part comes first. Resolves to false when no
 * language could be loaded at all: then no element is shown (the error is
 * logged where the load failed).
 */
export function speak(handoff: Handoff): Promise<boolean> {
  started ??= start(handoff);
  return started;
}

async function start(handoff: Handoff): Promise<boolean> {
  const { config } = getManager()!;
  configureLoading(handoff.languages, handoff.loadLanguage);
  configureLanguage(config.lang, config.texts);
  const lang = resolveLanguage();
  await ensureLanguage(lang);
  if (!inMemory(lang)) await ensureLanguage('en');
  if (!inMemory(lang) && !inMemory('en')) return false;
  const configure = () => {
    configureLanguage(config.lang, config.texts);
    if (Object.keys(config.texts).length > 0) void check();
  };
  // The head has no texts, so it leaves these checks of the JSON block to us; their code is
  // a part of its own, fetched only for a block with texts, and the elements do not wait for it.
  const check = async () => {
    const part = await handoff.load('texts');
    if (!part) return;
    const { texts, errors, warnings } = part.checkTexts(config.texts, textKeys(), handoff.languages);
    for (const warning of warnings) console.warn(warning.message);
    for (const error of errors) console.error(error.message);
    configureLanguage(config.lang, texts);
  };
  // Again after the wait: a JSON block read late while the language loaded changed config.texts
  // before `onTexts` held this callback.
  configure();
  handoff.onTexts.add(configure);
  return true;
}
