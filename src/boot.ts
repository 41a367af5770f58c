import type { AssentApi } from './api.js';
import { toPatch } from './api.js';
import { AssentBanner, OPEN_SETTINGS_EVENT } from './components/assent-banner/assent-banner.js';
import { AssentEmbed } from './components/assent-embed/assent-embed.js';
import { AssentPolicies, POLICIES_CHANGE_EVENT } from './components/assent-policies/assent-policies.js';
import { setPolicyStorage } from './components/assent-policies/policy-storage.js';
import { AssentPolicy } from './components/assent-policy/assent-policy.js';
import { AssentSettings } from './components/assent-settings/assent-settings.js';
import { ConsentManager, type GrantOptions } from './consent.js';
import { JSON_BLOCK_ID as JSON_BLOCK, parseConfig, type AssentConfig, type ConfigError, type PageFacts, type ParseContext } from './core/config.js';
import { emptyDecision, newlyGranted, withdrawn } from './core/decision.js';
import { CHANGE_EVENT } from './events/names.js';
import { clearCookies } from './gate/cookie-cleaner.js';
import { IframeGate } from './gate/iframe-gate.js';
import { ScriptGate } from './gate/script-gate.js';
import { installConsentMode } from './integrations/consent-mode.js';
import { applyGpc } from './integrations/gpc.js';
import { installMatomo } from './integrations/matomo.js';
import { availableLanguages, configureLanguage, resolveLanguage, textKeys } from './i18n/localize.js';
import { startReceipts } from './receipts/outbox.js';
import { providerIds, registerBuiltInProviders, registerProvider } from './providers/registry.js';
import { setManager } from './runtime.js';
import { cookieStorage, fallbackStorage } from './storage/cookie-storage.js';

const SETTINGS_HASH = '#assent-settings';

export interface BootOptions {
  /** The script tag's `dataset`, or the same keys written by hand. */
  dataset?: Readonly<Record<string, string | undefined>>;
  /** The inline JSON config; read from `#assent-config` when not given. */
  json?: string | null;
  /** What the page says about the script tag (`defer`, `async`), for the admin's warnings. */
  page?: PageFacts;
}

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
  configureLanguage(config.lang, config.texts);
  registerBuiltInProviders();

  const storage = fallbackStorage(cookieStorage({ domain: config.cookieDomain, secure: location.protocol === 'https:' }));
  const manager = new ConsentManager({ config, storage, providers: providerIds });
  setManager(manager);
  // Before anything can decide (GPC, page code): every decision made in this tab gets a receipt.
  if (config.endpoint) startReceipts({ endpoint: config.endpoint, lang: () => resolveLanguage() });
  // Before any gated script, tag or banner: GPC answers first (the banner then has
  // nothing to ask), so Consent Mode's default/update and Matomo start from that answer.
  applyGpc(manager);
  installConsentMode(manager);
  installMatomo(manager);
  setPolicyStorage(storage);
  AssentPolicy.define();
  AssentPolicies.define();
  // Policy answers are part of the decision that `assent.get()` and `assent-change` report.
  document.addEventListener(POLICIES_CHANGE_EVENT, () => manager.refresh('user'));

  // Embeds first: raw provider iframes must be caught as the parser inserts them.
  AssentEmbed.define('assent-embed');
  new IframeGate({ mode: config.embeds }).observe();

  const gate = new ScriptGate((category) => manager.has(category));
  gate.observe();
  void gate.run();
  clearCategoryCookies(config, config.categories.filter((name) => !manager.has(name)));
  manager.$decision.listen((decision, previous) => {
    if (newlyGranted(decision, previous).length > 0) void gate.run();
    clearCategoryCookies(config, withdrawn(decision, previous));
  });

  let settings: AssentSettings | null = null;
  const mounted = new Promise<AssentSettings>((resolve) => {
    whenBodyReady(() => {
      // A JSON block placed after our tag is only readable now.
      if (jsonAtBoot === null) adoptLateJson(config, dataset);
      settings = mount(manager);
      resolve(settings);
    });
  });
  const openSettings = (opener?: Element | null) => void mounted.then((dialog) => dialog.show(opener));

  document.addEventListener('click', (event) => {
    // The composed path also finds a settings link inside another component's shadow root.
    // So does a link to #assent-settings, for menus (Moodle's custom menu) whose items cannot carry an attribute.
    const opener = event
      .composedPath()
      .find((node): node is Element => node instanceof Element && (node.hasAttribute('data-assent-open') || (node as HTMLAnchorElement).hash === SETTINGS_HASH));
    if (!opener) return;
    event.preventDefault();
    openSettings(opener);
  });
  document.addEventListener(OPEN_SETTINGS_EVENT, (event) =>
    openSettings((event as CustomEvent<{ opener: Element | null }>).detail.opener),
  );
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

function mount(manager: ConsentManager): AssentSettings {
  AssentBanner.define('assent-banner');
  AssentSettings.define('assent-settings');
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

function clearCategoryCookies(config: AssentConfig, categories: readonly string[]): void {
  clearCookies(categories.flatMap((name) => config.categoryInfo[name]?.clear ?? []));
}

function adoptLateJson(config: AssentConfig, dataset: Readonly<Record<string, string | undefined>>): void {
  const json = document.getElementById(JSON_BLOCK)?.textContent ?? null;
  const jsonIds = [...document.querySelectorAll('script[type="application/json"][id]')].map((script) => script.id);
  const late = parseConfig(dataset, json, { ...parseContext(), page: { jsonIds } });
  report(late, (error) => error.attribute === `#${JSON_BLOCK}`);
  if (!json) return;
  config.categoryInfo = late.config.categoryInfo;
  config.texts = late.config.texts;
  configureLanguage(config.lang, config.texts);
}

/** What the configuration is checked against: our languages, the page's host, our texts. */
function parseContext(): ParseContext {
  return { languages: availableLanguages(), hostname: location.hostname, textKeys: textKeys() };
}

function report({ errors, warnings }: { errors: ConfigError[]; warnings: ConfigError[] }, show: (error: ConfigError) => boolean): void {
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
