/**
 * The policy acceptance flow as plain data: which policies to ask, in which
 * order, and what each click does. No DOM, no cookies: the elements feed it
 * what the page and the `assent_policies` cookie hold and render its state.
 *
 * The flow follows Moodle's policy tool (admin/tool/policy): one page per
 * policy, compulsory ones can only be agreed to, optional ones agreed to or
 * declined with equal ease, a review before anything is stored, and a new
 * version asked again while unchanged ones are not.
 */

import { own } from './own.js';

/** A policy as the page describes it (`<assent-policy>` attributes and slots). */
export interface PolicyInput {
  name?: string | null;
  version?: string | null;
  /** Date of the last change, `YYYY-MM-DD` (or any ISO date). */
  updated?: string | null;
  required?: boolean;
  title?: string | null;
  /** True when the page carries the full text (slot `full`). */
  hasFull?: boolean;
  /** Address of the full text, when it lives on another page. */
  href?: string | null;
}

/** A policy after validation: every field present. */
export interface PolicyDefinition {
  name: string;
  /** Empty when the page gave none (an error is reported). */
  version: string;
  /** `YYYY-MM-DD`, or null. */
  updated: string | null;
  required: boolean;
  title: string;
  hasFull: boolean;
  href: string | null;
}

/** One stored answer, as the `assent_policies` cookie keeps it. */
export interface PolicyDecision {
  /** The version the answer was given to. */
  version: string;
  accepted: boolean;
  /** Seconds since the epoch. */
  at: number;
  /** True when a parent or guardian agreed on a minor's behalf. */
  onBehalf: boolean;
  /** Set when the person withdrew an agreement (`accepted` is then false), so that "my agreements" says so on every page view. */
  withdrawn?: true;
}

/** Stored answers by policy name (one answer per name: the latest version answered). */
export type PolicyRecord = Readonly<Record<string, PolicyDecision>>;

export type FlowStep = 'age' | 'policy' | 'refused' | 'review' | 'done';

/** Why the last action did not move the flow on. */
export type FlowProblem = 'answer-needed' | 'guardian-needed' | 'age-invalid';

export interface FlowState {
  readonly step: FlowStep;
  /** Every valid policy of the page, in page order. */
  readonly policies: readonly PolicyDefinition[];
  /** Names of the policies this flow asks, in page order. */
  readonly queue: readonly string[];
  /** Position in `queue` on the `policy` and `refused` steps. */
  readonly index: number;
  /** Answers given in this flow (true: agreed). Nothing is pre-set. */
  readonly answers: Readonly<Record<string, boolean>>;
  /** Per policy: a parent or guardian agreed (only asked of minors). */
  readonly guardian: Readonly<Record<string, boolean>>;
  /** Age of digital consent, or null when the age is not asked. */
  readonly digitalAge: number | null;
  /** Null until the age is answered (or when it is not asked). */
  readonly minor: boolean | null;
  /** What was stored when the flow started. */
  readonly stored: PolicyRecord;
  /** Stored answers merged with this flow's, once confirmed. */
  readonly result: PolicyRecord | null;
  readonly problem: FlowProblem | null;
}

export type FlowAction =
  | { type: 'setAge'; age: number | string }
  | { type: 'accept' }
  | { type: 'decline' }
  | { type: 'guardianConsent'; given: boolean }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'confirm'; now: number };

const DAY = 86400;
const DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;
/** The oldest age the question accepts. */
export const MAX_AGE = 130;

/**
 * Checks what the page wrote. Bad entries never stop the flow: duplicates and
 * nameless policies are dropped, a missing version or title is replaced, and
 * every problem comes back as a sentence for `console.error`.
 */
export function validatePolicies(input: readonly PolicyInput[]): { policies: PolicyDefinition[]; errors: string[] } {
  const policies: PolicyDefinition[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  input.forEach((item, position) => {
    const name = (item.name ?? '').trim();
    const where = `<assent-policy> number ${position + 1}`;
    if (!name) {
      errors.push(`${where} has no name attribute; it is left out of the flow. Give each policy a unique name="...".`);
      return;
    }
    if (name.length > 200 || (item.version ?? '').trim().length > 200) {
      // The receipt schema's limit: a longer one would make every receipt of this page refused.
      errors.push(`${where} has a name or version longer than 200 characters; it is left out of the flow.`);
      return;
    }
    if (seen.has(name)) {
      errors.push(`${where} repeats the policy name "${name}"; only the first one is used. Each name must be unique.`);
      return;
    }
    seen.add(name);
    const version = (item.version ?? '').trim();
    if (!version)
      errors.push(
        `Policy "${name}" has no version attribute; a changed text cannot be asked again. Add version="1" and raise it with each change.`,
      );
    const title = (item.title ?? '').replace(/\s+/g, ' ').trim();
    if (!title)
      errors.push(
        `${item.required ? 'Required policy' : 'Policy'} "${name}" has no title; its name is shown instead. Add an element with slot="title".`,
      );
    let updated = (item.updated ?? '').trim() || null;
    if (updated && (!DATE.test(updated) || Number.isNaN(Date.parse(updated.slice(0, 10))))) {
      errors.push(`Policy "${name}" has updated="${updated}", which is not a date; use the form YYYY-MM-DD.`);
      updated = null;
    }
    policies.push({
      name,
      version,
      updated: updated && updated.slice(0, 10),
      required: item.required === true,
      title: title || name,
      hasFull: item.hasFull === true,
      href: (item.href ?? '').trim() || null,
    });
  });
  return { policies, errors };
}

/** Reads `digital-age`: a whole number from 1 to 99, or null with an error for anything else. */
export function parseDigitalAge(value: string | null | undefined): { age: number | null; error: string | null } {
  if (value == null || value.trim() === '') return { age: null, error: null };
  const text = value.trim();
  const age = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (age >= 1 && age <= 99) return { age, error: null };
  return {
    age: null,
    error: `<assent-policies digital-age="${value}"> is not valid; use a whole number of years from 1 to 99 (16 in Germany). The age is not asked.`,
  };
}

/**
 * The stored answer that still holds for `policy`, or null. An answer holds
 * for the same version only; a declined compulsory policy or a time in the
 * future (a forged cookie or a broken clock) holds nothing.
 */
export function validDecision(policy: PolicyDefinition, stored: PolicyRecord, now: number): PolicyDecision | null {
  const decision = Object.prototype.hasOwnProperty.call(stored, policy.name) ? stored[policy.name] : undefined;
  if (!decision || decision.version !== policy.version || decision.at > now + DAY) return null;
  if (policy.required && !decision.accepted) return null;
  return decision;
}

/** The policies that must be asked: never answered, answered for another version, or a compulsory one not agreed. */
export function policiesToAsk(policies: readonly PolicyDefinition[], stored: PolicyRecord, now: number): PolicyDefinition[] {
  return policies.filter((policy) => !validDecision(policy, stored, now));
}

/** Starts a flow. With nothing to ask it is `done` at once, with the stored answers as the result. */
export function startFlow(
  policies: readonly PolicyDefinition[],
  stored: PolicyRecord,
  { digitalAge = null, now = Date.now() / 1000 }: { digitalAge?: number | null; now?: number } = {},
): FlowState {
  const queue = policiesToAsk(policies, stored, now).map((policy) => policy.name);
  const base = {
    policies,
    queue,
    index: 0,
    answers: {},
    guardian: {},
    digitalAge,
    minor: null,
    stored,
    result: null,
    problem: null,
  };
  if (queue.length === 0) return { ...base, step: 'done', result: stored };
  return { ...base, step: digitalAge === null ? 'policy' : 'age' };
}

/** The policy on screen (`policy` and `refused` steps), or null. */
export function currentPolicy(state: FlowState): PolicyDefinition | null {
  if (state.step !== 'policy' && state.step !== 'refused') return null;
  const name = state.queue[state.index];
  return state.policies.find((policy) => policy.name === name) ?? null;
}

/** The policies asked in this flow, in order. */
export function askedPolicies(state: FlowState): PolicyDefinition[] {
  return state.queue.map((name) => state.policies.find((policy) => policy.name === name)!);
}

/** Whether every asked policy has an answer and every compulsory one is agreed. */
export function canConfirm(state: FlowState): boolean {
  return askedPolicies(state).every((policy) => {
    const answer = own(state.answers, policy.name);
    return answer !== undefined && (!policy.required || answer);
  });
}

/** One click, key press or answer: the next state (the same object when nothing changes). */
export function transition(state: FlowState, action: FlowAction): FlowState {
  switch (state.step) {
    case 'age':
      return action.type === 'setAge' ? answerAge(state, action.age) : state;
    case 'policy':
      return onPolicyPage(state, action);
    case 'refused':
      return action.type === 'back' ? { ...state, step: 'policy', problem: null } : state;
    case 'review':
      if (action.type === 'back') return { ...state, step: 'policy', index: state.queue.length - 1, problem: null };
      if (action.type === 'confirm' && canConfirm(state)) {
        return { ...state, step: 'done', problem: null, result: merge(state, action.now) };
      }
      return state;
    case 'done':
      return state;
  }
}

function answerAge(state: FlowState, value: number | string): FlowState {
  const text = String(value).trim();
  const age = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(age >= 0 && age <= MAX_AGE)) return { ...state, problem: 'age-invalid' };
  const minor = age < state.digitalAge!;
  // A minor's earlier "yes" without a guardian does not count any more.
  const answers = minor
    ? Object.fromEntries(Object.entries(state.answers).filter(([name, yes]) => !yes || own(state.guardian, name)))
    : state.answers;
  return { ...state, step: 'policy', index: 0, minor, answers, problem: null };
}

function onPolicyPage(state: FlowState, action: FlowAction): FlowState {
  const policy = currentPolicy(state)!;
  switch (action.type) {
    case 'accept':
      if (state.minor && !own(state.guardian, policy.name)) return { ...state, problem: 'guardian-needed' };
      return advance({ ...state, answers: { ...state.answers, [policy.name]: true } });
    case 'decline': {
      const answers = without(state.answers, policy.name);
      if (policy.required) return { ...state, answers, step: 'refused', problem: null };
      return advance({ ...state, answers: { ...answers, [policy.name]: false } });
    }
    case 'guardianConsent': {
      if (!state.minor) return state;
      const guardian = { ...state.guardian, [policy.name]: action.given };
      // Taking the guardian's agreement back takes the "yes" back with it.
      const answers = !action.given && own(state.answers, policy.name) ? without(state.answers, policy.name) : state.answers;
      return { ...state, guardian, answers, problem: null };
    }
    case 'next':
      return own(state.answers, policy.name) !== undefined ? advance(state) : { ...state, problem: 'answer-needed' };
    case 'back':
      if (state.index > 0) return { ...state, index: state.index - 1, problem: null };
      return state.digitalAge === null ? state : { ...state, step: 'age', problem: null };
    default:
      return state;
  }
}

function without<T>(values: Readonly<Record<string, T>>, name: string): Record<string, T> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => key !== name));
}

function advance(state: FlowState): FlowState {
  const index = state.index + 1;
  return index < state.queue.length
    ? { ...state, index, problem: null }
    : { ...state, step: 'review', index: state.queue.length - 1, problem: null };
}

function merge(state: FlowState, now: number): PolicyRecord {
  const asked = askedPolicies(state).map((policy): [string, PolicyDecision] => [
    policy.name,
    {
      version: policy.version,
      accepted: own(state.answers, policy.name)!,
      at: Math.floor(now),
      onBehalf: state.minor === true && own(state.guardian, policy.name) === true,
    },
  ]);
  return { ...state.stored, ...Object.fromEntries(asked) };
}

/** How a policy stands for the "Policies and agreements" view. */
export type AgreementStatus = 'agreed' | 'declined' | 'outdated' | 'unanswered';

export interface AgreementRow {
  policy: PolicyDefinition;
  status: AgreementStatus;
  /** The stored answer behind the status (for `outdated`: the one to the old version). */
  decision: PolicyDecision | null;
  /** Whether the person can withdraw here: only an optional policy they agreed to. */
  canWithdraw: boolean;
  /**
   * Whether the person can agree here: to anything not agreed to (an optional
   * policy declined earlier, a new version, a policy never answered), as in
   * Moodle's own "Policies and agreements" page, so that a page showing only
   * this view is never a dead end.
   */
  canAgree: boolean;
}

/**
 * One row per policy of the page: what the person agreed to, which version,
 * when. `digitalAge` is the element's `digital-age`: where it is set and
 * nothing was ever answered, the age was never asked, so agreeing is left to
 * the flow (a minor needs a guardian's agreement).
 */
export function agreements(
  policies: readonly PolicyDefinition[],
  stored: PolicyRecord,
  now: number,
  digitalAge: number | null = null,
): AgreementRow[] {
  const ageUnknown = digitalAge !== null && Object.keys(stored).length === 0;
  return policies.map((policy) => {
    const valid = validDecision(policy, stored, now);
    const any = Object.prototype.hasOwnProperty.call(stored, policy.name) ? stored[policy.name] : null;
    const status: AgreementStatus = valid
      ? valid.accepted
        ? 'agreed'
        : 'declined'
      : any && any.accepted && any.at <= now + DAY
        ? 'outdated'
        : 'unanswered';
    const decision = valid ?? (status === 'outdated' ? any : null);
    return {
      policy,
      status,
      decision,
      canWithdraw: status === 'agreed' && !policy.required,
      canAgree: status !== 'agreed' && !ageUnknown,
    };
  });
}

/**
 * Withdraws an optional agreement: the answer becomes "not accepted, withdrawn"
 * for the same version, now. Returns null (nothing to store) for a compulsory policy or
 * one that is not agreed to.
 */
export function withdrawAgreement(
  policies: readonly PolicyDefinition[],
  stored: PolicyRecord,
  name: string,
  now: number,
): PolicyRecord | null {
  const policy = policies.find((item) => item.name === name);
  if (!policy || policy.required) return null;
  const decision = validDecision(policy, stored, now);
  if (!decision?.accepted) return null;
  return { ...stored, [name]: { version: policy.version, accepted: false, at: Math.floor(now), onBehalf: false, withdrawn: true } };
}

/**
 * Gives consent in the agreements view to a policy not agreed to (its current
 * version): changing one's mind is as easy as withdrawing. Returns null where
 * the row says it cannot (`canAgree`), or for an unknown name.
 */
export function agreeLater(
  policies: readonly PolicyDefinition[],
  stored: PolicyRecord,
  name: string,
  now: number,
  { onBehalf = false, digitalAge = null }: { onBehalf?: boolean; digitalAge?: number | null } = {},
): PolicyRecord | null {
  const row = agreements(policies, stored, now, digitalAge).find((item) => item.policy.name === name);
  if (!row?.canAgree) return null;
  return { ...stored, [name]: { version: row.policy.version, accepted: true, at: Math.floor(now), onBehalf } };
}

/** Whether the stored answers were given as a minor (a guardian agreed to any of them). */
export function answeredAsMinor(stored: PolicyRecord): boolean {
  return Object.values(stored).some((decision) => decision.onBehalf);
}
