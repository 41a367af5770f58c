import { CONSENT_COOKIE, embedCookie } from '../core/names.js';
import { decodeConsent, decodeEmbedGrant, encodeConsent, encodeEmbedGrant } from '../core/codec.js';
import type { AssentConfig } from '../core/config.js';
import { answeredAsMinor } from '../core/policy.js';
import { describePolicies } from '../core/policy-codec.js';
import { recordChoice, recordEmbedGrant, resolveDecision, sameDecision } from '../core/decision.js';
import { createStore, type Store } from '../core/store.js';
import type { ConsentDecision, DecisionSource, StoredEmbedGrant } from '../core/types.js';
import { CHANGE_EVENT, emit } from '../events/names.js';
import type { ConsentStorage } from '../storage/types.js';
import { PolicyAnswers } from './policy-answers.js';


/** A change asked for through `set()`. */
export interface DecisionPatch {
  categories?: Record<string, boolean>;
  embeds?: Record<string, boolean>;
}

export interface GrantOptions {
  /** A parent or guardian agreed; needed for a minor's grants (see `ConsentManager.minor`). */
  guardian?: boolean;
}

export interface ConsentManagerOptions {
  config: AssentConfig;
  storage: ConsentStorage;
  /** Ids of the known embed providers. */
  providers: () => string[];
  /** Where `assent-change` is dispatched. */
  target?: EventTarget;
  /** Seconds since the epoch; replaceable for tests. */
  now?: () => number;
}

/**
 * The decision in force on this page: reads it from the cookies, keeps it in
 * a store the elements subscribe to, writes every change back and announces
 * it with `assent-change`.
 */
export class ConsentManager {
  readonly config: AssentConfig;
  /** The decision in force. */
  readonly $decision: Store<ConsentDecision>;
  /** True while the banner has a question to ask. */
  readonly $needsAnswer: Store<boolean>;
  /** The policy answers (`<assent-policies>`), kept in the same storage. */
  readonly policies: PolicyAnswers;
  #storage: ConsentStorage;
  #providers: () => string[];
  #target: EventTarget;
  #now: () => number;
  /** The "always allow" permissions in force, with their dates. */
  #grants: Record<string, StoredEmbedGrant> = {};
  #minor = false;
  #rereading = false;

  constructor({ config, storage, providers, target = document, now = () => Date.now() / 1000 }: ConsentManagerOptions) {
    this.config = config;
    this.#storage = storage;
    this.#providers = providers;
    this.#target = target;
    this.#now = now;
    // One look at the cookies for the policy answers and the decision.
    const [policies, { decision, needsAnswer }] = storage.snapshot(() => {
      const answers = new PolicyAnswers(storage);
      return [answers, this.#read(answers.$record.get())] as const;
    });
    this.policies = policies;
    // Policy answers are part of the decision that `assent.get()` and `assent-change` report.
    this.policies.$record.listen(() => {
      if (!this.#rereading) this.refresh('user');
    });
    this.$decision = createStore(decision);
    this.$needsAnswer = createStore(needsAnswer);
  }

  get(): ConsentDecision {
    return structuredClone(this.$decision.get());
  }

  /** Whether a category or an embed provider is granted. */
  has(name: string): boolean {
    const { categories, embeds } = this.$decision.get();
    return categories[name] === true || embeds[name] === true;
  }

  /**
   * True when the person is a minor: their stored policy answers
   * (`<assent-policies digital-age>`) were given with a parent's or
   * guardian's agreement. A minor's grants need that agreement too.
   */
  get minor(): boolean {
    return this.#minor;
  }

  /**
   * The categories and providers that `patch` would switch on and that need
   * a parent's or guardian's agreement first: those not on already, and only
   * for a minor. Empty when nothing needs it.
   */
  guardianNeeded(patch: DecisionPatch): string[] {
    if (!this.#minor) return [];
    const { categories, embeds } = this.$decision.get();
    const on = (flags: Record<string, boolean> | undefined, known: readonly string[], current: Record<string, boolean>) =>
      Object.keys(flags ?? {}).filter((name) => flags![name] === true && known.includes(name) && current[name] !== true);
    return [...on(patch.categories, this.config.categories, categories), ...on(patch.embeds, this.#providers(), embeds)];
  }

  /** Every category switched on, or off. */
  allCategories(granted: boolean): DecisionPatch {
    return { categories: Object.fromEntries(this.config.categories.map((name) => [name, granted])) };
  }

  /**
   * Stores an answer for some categories and/or providers. For a minor,
   * whatever `guardianNeeded()` names is left out unless `guardian` is true;
   * refusals are stored all the same. Returns false when something was left out.
   */
  set(patch: DecisionPatch, source: DecisionSource = 'api', { guardian }: GrantOptions = {}): boolean {
    const refused = guardian === true ? [] : this.guardianNeeded(patch);
    if (refused.length > 0) console.warn(`assent: a minor's grants need { guardian: true }: ${refused}`);
    const current = this.$decision.get();
    const next: ConsentDecision = structuredClone(current);
    const answered = this.config.categories.filter(
      (name) => typeof patch.categories?.[name] === 'boolean' && !refused.includes(name),
    );
    // A patch that answers no configured category is no answer: the banner keeps asking.
    if (answered.length > 0) {
      const choice = { ...current.categories };
      for (const name of answered) choice[name] = patch.categories![name];
      // A minor's grants in force all had a guardian's agreement (see #read), so the record says so.
      const withGuardian = this.#minor && this.config.categories.some((name) => choice[name]);
      const stored = recordChoice(choice, this.config.categories, this.config.revision, this.config.consentDays, this.#now(), source, withGuardian);
      const value = encodeConsent(stored);
      if (value) this.#storage.write(CONSENT_COOKIE, value, this.config.consentDays);
      Object.assign(next.categories, stored.categories);
      next.updatedAt = new Date(stored.updatedAt * 1000).toISOString();
      this.$needsAnswer.set(false);
    }
    for (const [provider, allowed] of Object.entries(patch.embeds ?? {})) {
      if (!this.#providers().includes(provider) || typeof allowed !== 'boolean' || refused.includes(provider)) continue;
      if (allowed) {
        const grant = recordEmbedGrant(this.config.embedDays, this.#now(), this.#minor);
        const value = encodeEmbedGrant(grant);
        if (value) this.#storage.write(embedCookie(provider), value, this.config.embedDays);
        this.#grants[provider] = grant;
      } else {
        this.#storage.remove(embedCookie(provider));
        delete this.#grants[provider];
      }
      next.embeds[provider] = allowed;
    }
    this.#commit(next, source);
    return refused.length === 0;
  }

  /** Switches every category on; for a minor only with `guardian` (else nothing new is stored and it returns false). */
  acceptAll(source: DecisionSource = 'api', options: GrantOptions = {}): boolean {
    return this.set(this.allCategories(true), source, options);
  }

  rejectAll(source: DecisionSource = 'api'): void {
    this.set(this.allCategories(false), source);
  }

  /** Takes back every consent: optional categories and "always allow" embeds. */
  withdraw(source: DecisionSource = 'api'): void {
    const embeds = Object.fromEntries(Object.keys(this.$decision.get().embeds).map((id) => [id, false]));
    this.set({ ...this.allCategories(false), embeds }, source);
  }

  /** When the "always allow" permission for `provider` ends, or null without one. */
  embedExpiry(provider: string): Date | null {
    const grant = this.$decision.get().embeds[provider] ? this.#grants[provider] : undefined;
    return grant ? new Date(grant.expiresAt * 1000) : null;
  }

  /**
   * Reads the cookies again: another tab may have decided, or the decision
   * may have expired while the page stayed open. `source` overrides the
   * guess between the two.
   */
  refresh(source?: DecisionSource): void {
    this.#rereading = true;
    this.policies.reread();
    this.#rereading = false;
    const { decision, needsAnswer } = this.#storage.snapshot(() => this.#read());
    const previous = this.$decision.get();
    const expired = previous.updatedAt !== null && decision.updatedAt === null;
    this.$needsAnswer.set(needsAnswer);
    this.#commit(decision, source ?? (expired ? 'expiry' : 'tab'));
  }

  #read(policies = this.policies.$record.get()) {
    const grants = Object.fromEntries(
      this.#providers().map((id) => [id, decodeEmbedGrant(this.#storage.read(embedCookie(id), (v) => decodeEmbedGrant(v)?.grantedAt ?? -1))]),
    );
    this.#grants = Object.fromEntries(Object.entries(grants).filter((entry): entry is [string, StoredEmbedGrant] => entry[1] !== null));
    this.#minor = answeredAsMinor(policies);
    // A duplicate cookie (another path or domain) never wins over the newer decision.
    const stored = decodeConsent(this.#storage.read(CONSENT_COOKIE, (v) => decodeConsent(v)?.updatedAt ?? -1));
    const resolved = resolveDecision(stored, grants, this.config.categories, this.config.revision, this.#now(), this.#minor);
    for (const id of this.#providers()) resolved.decision.embeds[id] = resolved.decision.embeds[id] === true;
    resolved.decision.policies = describePolicies(policies);
    return resolved;
  }

  #commit(next: ConsentDecision, source: DecisionSource): void {
    const previous = this.$decision.get();
    if (sameDecision(previous, next)) return;
    this.$decision.set(next);
    emit(this.#target, CHANGE_EVENT, { decision: structuredClone(next), previous: structuredClone(previous), source });
  }
}

