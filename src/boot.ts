import type { AssentApi } from './api.js';
import { toPatch } from './api.js';
import { AssentBanner } from './components/assent-banner/assent-banner.js';
import { AssentEmbed } from './components/assent-embed/assent-embed.js';
import { AssentPolicies } from './components/assent-policies/assent-policies.js';
import { AssentPolicy } from './components/assent-policy/assent-policy.js';
import { AssentSettings } from './components/assent-settings/assent-settings.js';
import { ConsentManager, type GrantOptions } from './state/consent-manager.js';
import { parseConfig, type AssentConfig, type ConfigError, type ParseContext } from './core/config.js';
import { emptyDecision, newlyGranted, withdrawn } from './core/decision.js';
import { CHANGE_EVENT, OPEN_SETTINGS_EVENT } from './events/names.js';
import { clearCookies } from './gate/cookie-cleaner.js';
import { IframeGate } from './gate/iframe-gate.js';
import { ScriptGate } from './gate/script-gate.js';
import { installConsentMode } from './integrations/consent-mode.js';
import { applyGpc } from './integrations/gpc.js';
import { installMatomo } from './integrations/matomo.js';
import { availableLanguages, configureLanguage, resolveLanguage, textKeys } from './i18n/localize.js';
import { startReceipts } from './receipts/outbox.js';
import { providerIds, registerBuiltInProviders, registerProvider } from './providers/registry.js';
import { setManager } from './state/runtime.js';
import { cookieStorage, fallbackStorage } from './storage/cookie-storage.js';

export interface BootOptions {
  /** The script tag's `dataset`, or the same keys written by hand. */
  dataset?: Readonly<Record<string, string | undefined>>;
  /** The inline JSON config; read from `#assent-config` when not given. */
  json?: string | null;
}

const JSON_BLOCK = 'assent-config';

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

function start({ dataset = {}, json }: BootOptions): AssentApi {
  const jsonAtBoot = json ?? document.getElementById(JSON_BLOCK)?.textContent ?? null;
  const { config, errors } = parseConfig(dataset, jsonAtBoot, parseContext());
  report(errors);
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
  AssentPolicy.define();
  AssentPolicies.define();

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
    const opener = event
      .composedPath()
      .find((node): node is Element => node instanceof Element && node.hasAttribute('data-assent-open'));
    if (!opener) return;
    event.preventDefault();
    openSettings(opener);
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
    // First in the page, so screen-reader and keyboard users meet it first.
    document.body.prepend(banner);
  }
  const settings = document.createElement('assent-settings');
  settings.manager = manager;
  document.body.append(settings);
  return settings;
}

function clearCategoryCookies(config: AssentConfig, categories: readonly string[]): void {
  clearCookies(categories.flatMap((name) => config.categoryInfo[name]?.clear ?? []));
}

function adoptLateJson(config: AssentConfig, dataset: Readonly<Record<string, string | undefined>>): void {
  const json = document.getElementById(JSON_BLOCK)?.textContent;
  if (!json) return;
  const late = parseConfig(dataset, json, parseContext());
  report(late.errors.filter((error) => error.attribute === `#${JSON_BLOCK}`));
  config.categoryInfo = late.config.categoryInfo;
  config.texts = late.config.texts;
  configureLanguage(config.lang, config.texts);
}

/** What the configuration is checked against: our languages, the page's host, our texts. */
function parseContext(): ParseContext {
  return { languages: availableLanguages(), hostname: location.hostname, textKeys: textKeys() };
}

function report(errors: readonly ConfigError[]): void {
  for (const error of errors) console.error(error.message);
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
