import { revisionKey } from './codec.js';
import { ESSENTIAL } from './categories.js';
import type { ConsentDecision, DecisionSource, StoredConsent, StoredEmbedGrant } from './types.js';

const DAY = 86400;

/** What the page should do with what was stored. */
export interface Resolved {
  decision: ConsentDecision;
  /** True when the banner must ask (first visit, expiry, new revision, bad cookie, new category). */
  needsAnswer: boolean;
}

/** The decision before anyone has said anything: only essential is on. */
export function emptyDecision(categories: readonly string[], revision: string): ConsentDecision {
  return {
    categories: Object.fromEntries([
      [ESSENTIAL, true],
      ...categories.filter((name) => name !== ESSENTIAL).map((name) => [name, false]),
    ]),
    embeds: {},
    revision,
    updatedAt: null,
  };
}

/**
 * Turns what the cookies hold into the decision in force. A stored answer
 * counts only under the same revision and before it expires; anything else
 * is no decision, never consent. For a `minor`, a grant counts only when it
 * was given with a parent's or guardian's agreement: one given without (say,
 * before the policy flow told us the age) is off and asked again, while
 * refusals always count.
 */
export function resolveDecision(
  stored: StoredConsent | null,
  grants: Readonly<Record<string, StoredEmbedGrant | null>>,
  categories: readonly string[],
  revision: string,
  now: number,
  minor = false,
): Resolved {
  const decision = emptyDecision(categories, revision);
  for (const [provider, grant] of Object.entries(grants)) {
    if (grant && grant.expiresAt > now && grant.grantedAt <= now + DAY && (!minor || grant.guardian))
      decision.embeds[provider] = true;
  }
  const valid =
    stored !== null &&
    revisionKey(stored.revision) === revisionKey(revision) &&
    stored.expiresAt > now &&
    // A time far in the future means a forged or broken clock.
    stored.updatedAt <= now + DAY;
  if (!valid) return { decision, needsAnswer: true };

  let unanswered = false;
  for (const name of categories) {
    if (name === ESSENTIAL) continue;
    // `hasOwn`, not `in`: a category may be called `constructor`, which every object inherits.
    if (!Object.hasOwn(stored.categories, name) || (stored.categories[name] && minor && !stored.guardian)) unanswered = true;
    else decision.categories[name] = stored.categories[name];
  }
  decision.updatedAt = new Date(stored.updatedAt * 1000).toISOString();
  return { decision, needsAnswer: unanswered };
}

/** A new answer for the optional categories, ready to store. */
export function recordChoice(
  choice: Readonly<Record<string, boolean>>,
  categories: readonly string[],
  revision: string,
  days: number,
  now: number,
  source: DecisionSource,
  guardian = false,
): StoredConsent {
  const stored: StoredConsent = {
    revision,
    categories: Object.fromEntries(categories.map((name) => [name, choice[name] === true])),
    updatedAt: now,
    expiresAt: now + days * DAY,
    source,
  };
  if (guardian) stored.guardian = true;
  return stored;
}

export function recordEmbedGrant(days: number, now: number, guardian = false): StoredEmbedGrant {
  const grant: StoredEmbedGrant = { grantedAt: now, expiresAt: now + days * DAY };
  if (guardian) grant.guardian = true;
  return grant;
}

/** The optional categories that `decision` grants and `previous` did not. */
export function newlyGranted(decision: ConsentDecision, previous: ConsentDecision): string[] {
  return Object.keys(decision.categories).filter((name) => decision.categories[name] && !previous.categories[name]);
}

/** The categories that `previous` granted and `decision` no longer does. */
export function withdrawn(decision: ConsentDecision, previous: ConsentDecision): string[] {
  return newlyGranted(previous, decision);
}

export function sameDecision(a: ConsentDecision, b: ConsentDecision): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
