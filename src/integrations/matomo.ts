import type { ConsentManager } from '../state/consent-manager.js';
import type { ConsentDecision } from '../core/types.js';
import { clearCookies } from '../gate/cookie-cleaner.js';

/** One `_paq` command: a method name and its arguments. */
export type MatomoCommand = [string, ...unknown[]];

/**
 * `window._paq`: the plain array Matomo's snippet starts with, or, once
 * matomo.js has loaded, Matomo's proxy whose `push` runs the command at once.
 */
export interface MatomoQueue {
  push(...commands: MatomoCommand[]): unknown;
}

export interface MatomoWindow {
  _paq?: MatomoQueue;
}

/** The category whose consent Matomo's cookies need. */
export const MATOMO_CATEGORY = 'analytics';

/**
 * Matomo's cookies: `_pk_id.*`, `_pk_ses.*`, `_pk_ref.*`, `_pk_cvar.*`,
 * `_pk_hsr.*`, `_pk_testcookie.*` and the consent cookies `mtm_consent`,
 * `mtm_consent_removed`, `mtm_cookie_consent`.
 */
export const MATOMO_COOKIES = ['_pk_*', 'mtm_*'] as const;

const REQUIRE = 'requireCookieConsent';

/** Set by `rememberCookieConsentGiven`; while it exists, `requireCookieConsent` does nothing. */
const REMEMBERED = 'mtm_cookie_consent';

const HOUR = 3600;

/**
 * Hours to pass to `rememberCookieConsentGiven`: what is left of our
 * decision, so Matomo never remembers a consent longer than we do (its own
 * default is 30 years). A decision lasts `days` from `updatedAt`; the hours
 * are rounded up and at least 1, since Matomo reads 0 as "30 years".
 */
export function rememberHours(updatedAt: string | null, days: number, now: number): number {
  const decided = updatedAt === null ? now : Date.parse(updatedAt) / 1000;
  const left = (decided + days * 86400 - now) / HOUR;
  return Math.min(days * 24, Math.max(1, Math.ceil(Number.isFinite(left) ? left : days * 24)));
}

/**
 * Drives Matomo's cookie-consent API (`data-matomo="on"`), so Matomo tracks
 * without cookies until analytics is consented:
 *
 * - at once: `requireCookieConsent`; when the stored decision grants
 *   analytics, `rememberCookieConsentGiven` with the hours it has left;
 *   when it does not but Matomo still remembers a consent (its
 *   `mtm_cookie_consent` cookie outlived ours), `forgetCookieConsentGiven`;
 * - on every new decision granting analytics: `rememberCookieConsentGiven`
 *   with the decision's lifetime (`data-consent-days` × 24 hours);
 * - on every new decision refusing it, on withdrawal and on expiry:
 *   `forgetCookieConsentGiven`, then the `_pk_*` and `mtm_*` cookies are
 *   deleted on this host, its parent domains and every path of the page.
 *
 * Works whether Matomo loaded before us (`_paq` is its proxy) or loads later
 * (`_paq` is a queue; Matomo applies `requireCookieConsent` and
 * `forgetCookieConsentGiven` before anything else in it, so only the latest
 * answer is left waiting there, and `requireCookieConsent` is queued once
 * even when the site's snippet queued it first). Returns the function that
 * stops listening; does nothing with `data-matomo="off"`.
 */
export function installMatomo(
  manager: ConsentManager,
  win: MatomoWindow = window as MatomoWindow,
  now: () => number = () => Date.now() / 1000,
): () => void {
  if (!manager.config.matomo) return () => {};
  const days = manager.config.consentDays;
  /** The consent command we last queued while matomo.js had not loaded yet. */
  let waiting: MatomoCommand | null = null;
  const push = (command: MatomoCommand) => {
    try {
      const paq = (win._paq ??= [] as MatomoCommand[]);
      if (Array.isArray(paq)) {
        if (command[0] === REQUIRE && paq.some((queued) => Array.isArray(queued) && queued[0] === REQUIRE)) return;
        // Matomo applies a queued `forgetCookieConsentGiven` before every other command, so an
        // older answer still waiting in the queue could overturn a newer one: only the latest waits.
        if (command[0] !== REQUIRE && waiting && paq.includes(waiting)) paq.splice(paq.indexOf(waiting), 1);
        if (command[0] !== REQUIRE) waiting = command;
      }
      paq.push(command);
    } catch (error) {
      // A broken `_paq` must not stop the widget; the cookies are still deleted below.
      console.error('assent: could not pass a command to Matomo (_paq).', error);
    }
  };
  const granted = (decision: ConsentDecision) => decision.categories[MATOMO_CATEGORY] === true;
  const remember = (decision: ConsentDecision) =>
    push(['rememberCookieConsentGiven', rememberHours(decision.updatedAt, days, now())]);
  const forget = () => {
    push(['forgetCookieConsentGiven']);
    clearCookies(MATOMO_COOKIES);
  };

  const decision = manager.$decision.get();
  push([REQUIRE]);
  if (granted(decision)) remember(decision);
  else if (document.cookie.split(/;\s*/).some((cookie) => cookie.startsWith(`${REMEMBERED}=`))) forget();

  return manager.$decision.listen((decision, previous) => {
    // A new answer (even the same one again: it starts a new lifetime), or consent gone by expiry or in another tab.
    if (granted(decision) === granted(previous) && decision.updatedAt === previous.updatedAt) return;
    if (granted(decision)) remember(decision);
    else forget();
  });
}
