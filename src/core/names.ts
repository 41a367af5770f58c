/**
 * The names that cross modules and reach the browser's storage, in one place:
 * the cookies and the localStorage key the README's "What it stores" lists,
 * and the one pattern every name a site chooses (category, provider) follows.
 */

/** The banner decision (README, "What it stores"). */
export const CONSENT_COOKIE = 'assent';
/** An "Always allow PROVIDER" decision: `assent_youtube`. */
export const embedCookie = (provider: string): string => `${CONSENT_COOKIE}_${provider}`;
/** The policy answers. */
export const POLICY_COOKIE = 'assent_policies';
/** How long the policy answers are kept, in days; refreshed on every answer. */
export const POLICY_DAYS = 395;
/** Consent receipts not yet acknowledged by `data-endpoint` (localStorage). */
export const OUTBOX_KEY = 'assent_outbox';

/**
 * A category or provider name: lower case, starting with a letter, at most 32
 * characters. The cookie codecs rely on it (no `:`, `,` or `|` can occur).
 */
export const NAME_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
