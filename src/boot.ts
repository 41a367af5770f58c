import type { AssentApi } from './api.js';
import { toPatch } from './api.js';
import type { AssentSettings } from './components/assent-settings/assent-settings.js';
import { ConsentManager, type GrantOptions } from './state/consent-manager.js';
import { JSON_BLOCK_ID as JSON_BLOCK, parseConfig, type AssentConfig, type ConfigError, type PageFacts, type ParseContext, type ParsedConfig } from './core/config.js';
import { emptyDecision, newlyGranted, withdrawn } from './core/decision.js';
import { CHANGE_EVENT, OPEN_SETTINGS_EVENT } from './events/names.js';
import { clearCookies } from './gate/cookie-cleaner.js';
import { IframeGate } from './gate/iframe-gate.js';
import { ScriptGate } from './gate/script-gate.js';
import { installConsentMode } from './integrations/consent-mode.js';
import { applyGpc } from './integrations/gpc.js';
import { installMatomo } from './integrations/matomo.js';
import { matchLanguage } from './i18n/match.js';
import { pickLanguage } from './i18n/pick.js';
import { publishHandoff, type Handoff } from './parts/handoff.js';
import { holdPlaceholderSpace, loadWhenPresent, partLoader } from './parts/autoload.js';
import { holdReceipts } from './parts/hold-receipts.js';
import { languages, loadLanguage } from './parts/load.js';
import { $providers, allProviders, providerIds, providerInfo, registerBuiltInProviders, registerProvider } from './providers/registry.js';
import { getManager, policyAnswers, setManager, whenManager } from './state/runtime.js';
import { cookieStorage, fallbackStorage } from './storage/cookie-storage.js';

export interface BootOptions {
  /** The script tag's `dataset`, or the same keys written by hand. */
  dataset?: Readonly<Record<string, string | undefined>>;
  /** The inline JSON config; read from `#assent-config` when not given. */
  json?: string | null;
  /** What the page says about the script tag (`defer`, `async`), for the admin's warnings. */
  page?: PageFacts;
}

const SETTINGS_HASH = '#assent-settings';

/**
 * Starts the widget: reads the configuration, restores the decision, gates
 * scripts, and puts the banner and the settings dialog into the page. Never
 * throws: if anything goes wrong the page goes on without us and nothing is
 * granted.
 */
export function boot(options: BootOptions = {}): AssentApi {
  try {
    return start(options);
  } catch (error) {
    console.error('assent: could not start; the page works on without the consent widget.', error);
    return inertApi();
  }
}

function start({ dataset = {}, json, page }: BootOptions): AssentApi {
  const jsonAtBoot = json ?? document.getElementById(JSON_BLOCK)?.textContent ?? null;
  const parsed = parseConfig(dataset, jsonAtBoot, { ...parseContext(), page });
  const { config } = parsed;
  // Without the JSON block yet, what depends on it is said once it has been looked for again.
  report(parsed, (error) => jsonAtBoot !== null || error.attribute !== `#${JSON_BLOCK}`);
  registerBuiltInProviders();

  const storage = fallbackStorage(cookieStorage({ domain: config.cookieDomain, secure: location.protocol === 'https:' }));
  const manager = new ConsentManager({ config, storage, providers: providerIds });
  setManager(manager);
  const parts = partLoader(() => void loadLanguage(pageLanguage(config.lang)));
  // Plain objects, not module namespaces: those cost the script a helper and a getter for each name.
  const handoff: Handoff = {
    registry: { $providers, allProviders, providerInfo, registerBuiltInProviders },
    runtime: { getManager, policyAnswers, setManager, whenManager },
    languages,
    loadLanguage,
    load: parts.load,
    onTexts: new Set(),
    settled: parts.settled,
  };
  publishHandoff(handoff);
  // Before anything can decide (GPC, page code): every decision made in this tab gets a receipt.
  if (config.endpoint) holdReceipts({ endpoint: config.endpoint, lang: () => pageLanguage(config.lang) }, parts);
  // Before any gated script, tag or banner: GPC answers first (the banner then has
  // nothing to ask), so Consent Mode's default/update and Matomo start from that answer.
  applyGpc(manager);
  installConsentMode(manager);
  installMatomo(manager);

  // Raw provider iframes must be caught as the parser inserts them; the
  // placeholders keep their size until the embed part has arrived.
  holdPlaceholderSpace();
  new IframeGate({ mode: config.embeds }).observe();
  loadWhenPresent(parts, handoff);

  const gate = new ScriptGate((category) => manager.has(category));
  gate.observe();
  void gate.run();
  clearCategoryCookies(config, config.categories.filter((name) => !manager.has(name)));
  manager.$decision.listen((decision, previous) => {
    if (newlyGranted(decision, previous).length > 0) void gate.run();
    clearCategoryCookies(config, withdrawn(decision, previous));
  });

  // The banner and the settings dialog: fetched at once when the banner has a
  // question (in parallel with the page), else on the first sign of wanting them.
  let settings: AssentSettings | null = null;
  let mounted: Promise<AssentSettings | null> | null = null;
  const bodyReady = new Promise<void>((resolve) =>
    whenBodyReady(() => {
      // A JSON block placed after our tag is only readable now.
      if (jsonAtBoot === null && adoptLateJson(parsed, dataset)) for (const again of handoff.onTexts) again();
      resolve();
    }),
  );
  const ui = () => {
    if (!mounted) {
      mounted = parts.load('ui').then(async (part) => {
        await bodyReady;
        return part && (settings = await part.mount(handoff));
      });
      parts.track(mounted);
    }
    return mounted;
  };
  const bannerWanted = () => config.banner === 'auto' && config.categories.length > 0 && manager.$needsAnswer.get();
  if (bannerWanted()) void ui();
  manager.$needsAnswer.listen(() => {
    if (bannerWanted()) void ui();
  });
  const openSettings = (opener?: Element | null) => void ui().then((dialog) => dialog?.show(opener));

  const opener = (event: Event) =>
    // The composed path also finds a settings link inside another component's shadow root. So does a
    // link to #assent-settings, for menus (Moodle's custom menu) whose items cannot carry an attribute.
    event
      .composedPath()
      .find(
        (node): node is Element =>
          node instanceof Element && (node.hasAttribute('data-assent-open') || (node as HTMLAnchorElement).hash === SETTINGS_HASH),
      );
  document.addEventListener('click', (event) => {
    const element = opener(event);
    if (!element) return;
    event.preventDefault();
    openSettings(element);
  });
  // A hand on the mouse or the focus on the link: the dialog is likely next.
  for (const type of ['pointerdown', 'focusin'])
    document.addEventListener(type, (event) => {
      if (opener(event)) void ui();
    });
  document.addEventListener(OPEN_SETTINGS_EVENT, (event) => openSettings(event.detail.opener));
  syncTabs(manager);
  // Another tab may have decided, or the decision expired, while this one was hidden.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') manager.refresh();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) manager.refresh();
  });

  return {
    get: () => manager.get(),
    has: (name) => manager.has(name),
    set: (patch, options) => manager.set(toPatch(patch, config.categories, providerIds()), 'api', guardianOption(options)),
    acceptAll: (options) => manager.acceptAll('api', guardianOption(options)),
    rejectAll: () => manager.rejectAll('api'),
    withdraw: () => manager.withdraw('api'),
    openSettings: () => openSettings(settings?.open ? null : undefined),
    registerProvider: (provider) => {
      // The manager reads `assent_ID` cookies for the providers it knows.
      if (registerProvider(provider)) manager.refresh('api');
    },
  };
}

/** The language the page speaks, as the elements choose it (for receipts, which the head makes without them). */
function pageLanguage(lang: string): string {
  const tags = [lang === 'auto' ? null : lang, document.documentElement.lang, ...(navigator.languages ?? [navigator.language])];
  return pickLanguage(tags, languages);
}

/** Only a literal `{ guardian: true }` from page code counts as a guardian's agreement. */
function guardianOption(options: unknown): GrantOptions {
  return { guardian: (options as GrantOptions | null | undefined)?.guardian === true };
}

/**
 * A decision made in one tab reaches the site's other open tabs at once:
 * they re-read the cookies. Where BroadcastChannel is missing, the
 * `visibilitychange` refresh catches up when the tab is looked at again.
 */
function syncTabs(manager: ConsentManager): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel('assent');
  channel.onmessage = () => manager.refresh('tab');
  document.addEventListener(CHANGE_EVENT, (event) => {
    if (event.detail.source !== 'tab') channel.postMessage('change');
  });
}

function clearCategoryCookies(config: AssentConfig, categories: readonly string[]): void {
  clearCookies(categories.flatMap((name) => config.categoryInfo[name]?.clear ?? []));
}

/**
 * Reads a JSON block placed after our tag, and says what waited for it
 * (a category without a title, say); returns whether there was one.
 */
function adoptLateJson(atBoot: ParsedConfig, dataset: Readonly<Record<string, string | undefined>>): boolean {
  const json = document.getElementById(JSON_BLOCK)?.textContent ?? null;
  const jsonIds = [...document.querySelectorAll('script[type="application/json"][id]')].map((script) => script.id);
  // No JSON block at all, the commonest page: parsing again would find what boot found.
  const late = json === null && jsonIds.length === 0 ? atBoot : parseConfig(dataset, json, { ...parseContext(), page: { jsonIds } });
  report(late, (error) => error.attribute === `#${JSON_BLOCK}`);
  if (!json) return false;
  atBoot.config.categoryInfo = late.config.categoryInfo;
  atBoot.config.texts = late.config.texts;
  return true;
}

/** What the configuration is checked against: our languages and the page's host (the parts check the text keys). */
function parseContext(): ParseContext {
  return { languages, speaks: (tag) => matchLanguage(tag, languages) !== null, hostname: location.hostname };
}

function report({ errors, warnings }: ParsedConfig, show: (error: ConfigError) => boolean): void {
  for (const error of errors) if (show(error)) console.error(error.message);
  for (const warning of warnings) if (show(warning)) console.warn(warning.message);
}

function whenBodyReady(callback: () => void): void {
  if (document.body) callback();
  else document.addEventListener('DOMContentLoaded', callback, { once: true });
}

/** What `window.assent` is when start-up failed: it never grants anything. */
function inertApi(): AssentApi {
  const nothing = () => {};
  return {
    get: () => emptyDecision([], ''),
    has: () => false,
    set: () => false,
    acceptAll: () => false,
    rejectAll: nothing,
    withdraw: nothing,
    openSettings: nothing,
    registerProvider: nothing,
  };
}
