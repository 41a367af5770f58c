/** Where a decision came from (README, "JavaScript API"). */
export type DecisionSource = 'user' | 'gpc' | 'api' | 'tab' | 'expiry';

/** The public shape of a decision, as `assent.get()` returns it. */
export interface ConsentDecision {
  /** One flag per category; `essential` is always true. */
  categories: Record<string, boolean>;
  /** One flag per embed provider that was allowed ("always allow"). */
  embeds: Record<string, boolean>;
  /** The `data-revision` the decision was made under. */
  revision: string;
  /** ISO time of the decision, or null before any decision. */
  updatedAt: string | null;
  /** The policy answers (`<assent-policies>`), by policy name. */
  policies?: Record<string, PolicyDecisionInfo>;
}

/** One policy answer, as `assent.get().policies` shows it. */
export interface PolicyDecisionInfo {
  version: string;
  accepted: boolean;
  /** ISO time of the answer. */
  at: string;
  /** True when a parent or guardian agreed on a minor's behalf. */
  onBehalf: boolean;
}

/** A banner decision as stored in the `assent` cookie. */
export interface StoredConsent {
  revision: string;
  /** Optional categories the person answered, with the answer. */
  categories: Record<string, boolean>;
  /** Seconds since the epoch. */
  updatedAt: number;
  /** Seconds since the epoch after which the banner asks again. */
  expiresAt: number;
  source: DecisionSource;
  /** True when a parent or guardian agreed to the grants (a minor's decision); absent otherwise. */
  guardian?: boolean;
}

/** An "always allow PROVIDER" permission, stored in `assent_PROVIDER`. */
export interface StoredEmbedGrant {
  /** Seconds since the epoch. */
  grantedAt: number;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** True when a parent or guardian agreed (a minor's grant); absent otherwise. */
  guardian?: boolean;
}

/** What a listener learns about a change (the `assent-change` detail). */
export interface ConsentChange {
  decision: ConsentDecision;
  previous: ConsentDecision;
  source: DecisionSource;
}

/** Where decisions are kept: real cookies, or memory when cookies are off. */
export interface ConsentStorage {
  /**
   * The value of `name`. A page can see several cookies of one name (another
   * path, another domain, left by an older configuration): `rank` then picks
   * the one it ranks highest (the newest decision), never simply the first.
   */
  read(name: string, rank?: (value: string) => number): string | undefined;
  /** Returns false when the value could not be kept; then no older value is left either. */
  write(name: string, value: string, days: number): boolean;
  /** Removes every cookie of that name the page can reach. */
  remove(name: string): void;
  /**
   * Runs `reads`, whose reads all see the storage as it was when it began:
   * one look at `document.cookie` for the decision's five names, not five
   * (each is a round trip to the browser's cookie store). A write ends it.
   */
  snapshot<T>(reads: () => T): T;
}
