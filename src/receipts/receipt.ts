import type { ConsentChange, ConsentDecision, DecisionSource } from '../core/types.js';

/** The format and its version (`docs/receipt.schema.json`); a new version gets a new name. */
export const RECEIPT_SCHEMA = 'assent-receipt/1';

/** Where a receipted decision came from: only decisions made in this tab. */
export type ReceiptSource = Extract<DecisionSource, 'user' | 'gpc' | 'api'>;

/** One policy answer as a receipt records it. */
export interface ReceiptPolicy {
  version: string;
  accepted: boolean;
  /** True when a parent or guardian agreed on a minor's behalf. */
  onBehalf: boolean;
  /** ISO time of the answer. */
  at: string;
}

/**
 * Proof of one decision (GDPR Art. 7(1)): what was agreed, under which
 * revision and policy versions, when, in which language. It holds nothing
 * about the person: the receiver may link it to a login from the request.
 */
export interface Receipt {
  schema: typeof RECEIPT_SCHEMA;
  /** A random UUID (v4); the receiver de-duplicates by it. */
  id: string;
  /** ISO time the decision was made. */
  timestamp: string;
  /** The `data-revision` the decision was made under. */
  revision: string;
  source: ReceiptSource;
  /** The language the widget spoke when the person decided. */
  language: string;
  /** The decision in force after the change, every category and provider. */
  decisions: { categories: Record<string, boolean>; embeds: Record<string, boolean> };
  /** Every policy answer in force after the change, by policy name. */
  policies: Record<string, ReceiptPolicy>;
}

export interface ReceiptContext {
  language: string;
  /** When the receipt is made, in milliseconds since the epoch (the consent manager's clock counts seconds); replaceable for tests. */
  atMs?: number;
  /** Replaceable for tests. */
  id?: string;
}

const SOURCES: readonly string[] = ['user', 'gpc', 'api'] satisfies ReceiptSource[];

/**
 * The receipt for a change, or null when there is nothing to receipt: a
 * change another tab made (`tab`: that tab sends it), an expiry (nobody
 * decided anything), or a change that decided nothing (a newly registered
 * provider showing up as "not allowed").
 */
export function makeReceipt({ decision, previous, source }: ConsentChange, context: ReceiptContext): Receipt | null {
  if (!SOURCES.includes(source) || !decided(decision, previous)) return null;
  return {
    schema: RECEIPT_SCHEMA,
    id: context.id ?? randomId(),
    timestamp: new Date(context.atMs ?? Date.now()).toISOString(),
    revision: decision.revision,
    source: source as ReceiptSource,
    language: context.language,
    decisions: { categories: { ...decision.categories }, embeds: { ...decision.embeds } },
    policies: Object.fromEntries(
      Object.entries(decision.policies ?? {}).map(([name, p]) => [
        name,
        { version: p.version, accepted: p.accepted, onBehalf: p.onBehalf, at: p.at },
      ]),
    ),
  };
}

/** Whether anything was answered: a (re-)confirmed banner choice, an embed permission or a policy answer. */
function decided(decision: ConsentDecision, previous: ConsentDecision): boolean {
  // Times are whole seconds: two answers within one second differ by their categories only.
  if (decision.updatedAt !== previous.updatedAt || JSON.stringify(decision.categories) !== JSON.stringify(previous.categories)) return true;
  const providers = new Set([...Object.keys(decision.embeds), ...Object.keys(previous.embeds)]);
  for (const id of providers) if ((decision.embeds[id] === true) !== (previous.embeds[id] === true)) return true;
  return JSON.stringify(decision.policies ?? {}) !== JSON.stringify(previous.policies ?? {});
}

/** A random UUID v4; `crypto.randomUUID` exists only on https (and localhost), so build one otherwise. */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return [...bytes]
    .map((b) => (b + 256).toString(16).slice(1))
    .join('')
    .replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
