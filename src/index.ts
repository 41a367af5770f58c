/**
 * The ES module: the same API as `window.assent`, as named exports, with no
 * auto-boot. Call `start()` once (it reads the same options as the script
 * tag's data attributes), then use the functions.
 */
import type { AssentApi } from './api.js';
import { boot, type BootOptions } from './boot.js';

let instance: AssentApi | null = null;

/** Boots the widget once; later calls return the same API. */
export function start(options: BootOptions = {}): AssentApi {
  instance ??= boot(options);
  return instance;
}

function api(): AssentApi {
  if (!instance) {
    console.error('assent: call start() before using the API; using the defaults now.');
    instance = boot();
  }
  return instance;
}

export const get: AssentApi['get'] = () => api().get();
export const has: AssentApi['has'] = (name) => api().has(name);
export const set: AssentApi['set'] = (patch, options) => api().set(patch, options);
export const acceptAll: AssentApi['acceptAll'] = (options) => api().acceptAll(options);
export const rejectAll: AssentApi['rejectAll'] = () => api().rejectAll();
export const openSettings: AssentApi['openSettings'] = () => api().openSettings();
export const withdraw: AssentApi['withdraw'] = () => api().withdraw();
export const registerProvider: AssentApi['registerProvider'] = (provider) => api().registerProvider(provider);

export type { AssentApi } from './api.js';
export type { BootOptions } from './boot.js';
export type { ConsentDecision, ConsentChange, DecisionSource } from './core/types.js';
export type { AssentConfig, ConfigError } from './core/config.js';
export type { Translation } from './i18n/translation.js';
export { parseConfig } from './core/config.js';
export { registerTranslation } from './i18n/localize.js';
export { CHANGE_EVENT, BEFORE_LOAD_EVENT, LOAD_EVENT, POLICIES_COMPLETE_EVENT, POLICIES_CHANGE_EVENT } from './events/names.js';
export type { AssentEventMap, EmbedLoadDetail, PoliciesCompleteDetail, PoliciesChangeDetail } from './events/names.js';
export { AssentBanner } from './components/assent-banner/assent-banner.js';
export { AssentSettings } from './components/assent-settings/assent-settings.js';
export { AssentEmbed } from './components/assent-embed/assent-embed.js';
export { parseEmbedUrl } from './providers/parse.js';
export type { EmbedProvider, EmbedTarget, EmbedKind } from './providers/types.js';
export { AssentPolicies } from './components/assent-policies/assent-policies.js';
export { AssentPolicy } from './components/assent-policy/assent-policy.js';
export { readPolicyDecisions } from './core/policy-codec.js';
export { POLICY_COOKIE } from './core/names.js';
export type { PolicyDecisionInfo } from './core/types.js';
