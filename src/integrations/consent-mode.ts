import type { ConsentManager } from '../state/consent-manager.js';
import {
  consentModeState,
  DEFAULT_CONSENT_MODE_MAPPING,
  WAIT_FOR_UPDATE,
  type ConsentModeState,
} from '../core/consent-mode-map.js';
import type { ConsentDecision } from '../core/types.js';

export interface DataLayerWindow {
  /** Google's command queue; gtag.js and Google Tag Manager read it. */
  dataLayer?: { push(...items: unknown[]): unknown };
}

/**
 * Drives Google Consent Mode v2 (`data-consent-mode="on"`):
 *
 * - at once, before any Google tag can read it, `gtag('consent', 'default', …)`
 *   with every key denied except `security_storage` and (unless a category
 *   controls it) `functionality_storage`, and `wait_for_update: 500`;
 * - right after it, when a decision is stored, `gtag('consent', 'update', …)`
 *   with the keys mapped from that decision;
 * - an `update` on every change of the mapped state and on every new answer
 *   (embed-only and policy changes, which no key depends on, push nothing).
 *
 * The mapping (category → keys) is `config.consentModeMap`, by default
 * analytics → `analytics_storage`; marketing → `ad_storage`, `ad_user_data`,
 * `ad_personalization`; functional → `functionality_storage`,
 * `personalization_storage`.
 *
 * Commands are pushed exactly as Google's `gtag()` does it, as an
 * `arguments` object: Google tags ignore plain arrays for consent commands.
 * Returns the function that stops listening; does nothing with
 * `data-consent-mode="off"`.
 */
export function installConsentMode(manager: ConsentManager, win: DataLayerWindow = window as DataLayerWindow): () => void {
  const { config } = manager;
  if (!config.consentMode) return () => {};
  const mapping = config.consentModeMap ?? DEFAULT_CONSENT_MODE_MAPPING;
  const stateOf = (decision: ConsentDecision) => consentModeState(decision.categories, config.categories, mapping);
  const gtag = gtagFor(win);

  const decision = manager.$decision.get();
  /** What Google tags hold now. */
  let pushed: ConsentModeState = stateOf({ ...decision, categories: {} });
  gtag('consent', 'default', { ...pushed, wait_for_update: WAIT_FOR_UPDATE });
  const update = (decision: ConsentDecision) => {
    pushed = stateOf(decision);
    gtag('consent', 'update', { ...pushed });
  };
  if (decision.updatedAt !== null) update(decision);

  return manager.$decision.listen((decision, previous) => {
    const changed = JSON.stringify(stateOf(decision)) !== JSON.stringify(pushed);
    if (changed || decision.updatedAt !== previous.updatedAt) update(decision);
  });
}

/** `function gtag(){dataLayer.push(arguments)}`, as Google's snippet defines it. */
function gtagFor(win: DataLayerWindow): (...args: unknown[]) => void {
  return function gtag() {
    try {
      // eslint-disable-next-line prefer-rest-params -- Google tags read consent commands only from an `arguments` object.
      (win.dataLayer ??= []).push(arguments);
    } catch (error) {
      console.error('assent: could not pass a command to Google tags (dataLayer).', error);
    }
  };
}
