import { encodePolicies, readPolicyRecord, writePolicyRecord } from '../core/policy-codec.js';
import { agreeLater, withdraw, type PolicyDefinition, type PolicyRecord } from '../core/policy.js';
import { createStore, type Store } from '../core/store.js';
import type { ConsentStorage } from '../storage/types.js';

/** What storing an answer did: the record now in force, and whether the browser kept it. */
export interface PolicySave {
  record: PolicyRecord;
  saved: boolean;
}

/**
 * The one owner of the policy answers (the `assent_policies` cookie). The
 * policy elements ask it to store an answer and listen to `$record`; the
 * consent manager listens too, for `assent.get().policies` and for whether
 * the person answered as a minor.
 */
export class PolicyAnswers {
  /** The answers in force; what the browser refused to keep holds for this page view. */
  readonly $record: Store<PolicyRecord>;
  #storage: ConsentStorage;

  constructor(storage: ConsentStorage) {
    this.#storage = storage;
    this.$record = createStore(readPolicyRecord(storage));
  }

  /** Stores the answers of a confirmed flow (or any whole record). */
  save(record: PolicyRecord): PolicySave {
    const saved = writePolicyRecord(this.#storage, record);
    this.$record.set(record);
    return { record, saved };
  }

  /** Takes back the agreement to an optional policy; null when there is none to take back. */
  withdrawAgreement(policies: readonly PolicyDefinition[], name: string, now: number): PolicySave | null {
    const next = withdraw(policies, this.$record.get(), name, now);
    return next && this.save(next);
  }

  /** Agrees to a policy not agreed to yet (declined, a new version, never answered); null when it cannot be. */
  agreeLater(
    policies: readonly PolicyDefinition[],
    name: string,
    now: number,
    options: { onBehalf: boolean; digitalAge: number | null },
  ): PolicySave | null {
    const next = agreeLater(policies, this.$record.get(), name, now, options);
    return next && this.save(next);
  }

  /** Reads the cookie again (another tab may have answered); tells the listeners only when something changed. */
  reread(): void {
    const stored = readPolicyRecord(this.#storage);
    if (encodePolicies(stored) !== encodePolicies(this.$record.get())) this.$record.set(stored);
  }
}
