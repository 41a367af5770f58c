import { encodePolicies, readPolicyRecord, writePolicyRecord } from '../core/policy-codec.js';
import type { PolicyRecord } from '../core/policy.js';
import { createStore, type Store } from '../core/store.js';
import type { ConsentStorage } from '../storage/types.js';

/** What storing an answer did: the record now in force, and whether the browser kept it. */
export interface PolicySave {
  record: PolicyRecord;
  saved: boolean;
}

/**
 * The one owner of the policy answers (the `assent_policies` cookie). The
 * policy elements work out the next record with the pure rules of
 * `core/policy.ts` (a confirmed flow, a withdrawal, consent given later),
 * ask this to store it, and listen to `$record`; the consent manager listens
 * too, for `assent.get().policies` and for whether the person answered as a minor.
 */
export class PolicyAnswers {
  /** The answers in force; what the browser refused to keep holds for this page view. */
  readonly $record: Store<PolicyRecord>;
  #storage: ConsentStorage;

  constructor(storage: ConsentStorage) {
    this.#storage = storage;
    this.$record = createStore(readPolicyRecord(storage));
  }

  /** Stores a whole record of answers; what the browser refuses holds for this page view. */
  save(record: PolicyRecord): PolicySave {
    const saved = writePolicyRecord(this.#storage, record);
    this.$record.set(record);
    return { record, saved };
  }

  /** Reads the cookie again (another tab may have answered); tells the listeners only when something changed. */
  reread(): void {
    const stored = readPolicyRecord(this.#storage);
    if (encodePolicies(stored) !== encodePolicies(this.$record.get())) this.$record.set(stored);
  }
}
