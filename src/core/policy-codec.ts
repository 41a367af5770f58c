import type { PolicyDecisionInfo } from './types.js';
import type { ConsentStorage } from './types.js';
import { decodeTime, seal, unseal } from './codec.js';
import type { PolicyDecision, PolicyRecord } from './policy.js';

import { POLICY_COOKIE, POLICY_DAYS } from './names.js';

export { POLICY_COOKIE, POLICY_DAYS };

/*
 * The value is one sealed field (version and checksum from codec.ts): a comma
 * list of `name:version:STATE:time` where name and version are URI-encoded
 * (so `:`, `,` and `|` cannot occur), STATE is `a` (agreed), `d` (declined)
 * or `w` (withdrawn) followed by `1` when a parent or guardian answered for a minor,
 * and time is seconds since the epoch in base 36.
 */
const ENTRY = /^([^:,|]+):([^:,|]*):([adw])([01]):([0-9a-z]{1,9})$/;

/** The cookie value for `record`, or null when it would be too long to store or holds a text that cannot be stored. */
export function encodePolicies(record: PolicyRecord): string | null {
  let entries: string[];
  try {
    entries = Object.entries(record).map(([name, d]) => {
      // An empty name would make the whole value unreadable (ENTRY needs one character).
      if (name === '') throw new RangeError('empty policy name');
      return `${encodeURIComponent(name)}:${encodeURIComponent(d.version)}:${d.accepted ? 'a' : d.withdrawn ? 'w' : 'd'}${d.onBehalf ? 1 : 0}:${(Number.isFinite(d.at) ? Math.max(0, Math.floor(d.at)) : 0).toString(36)}`;
    });
  } catch {
    // A lone surrogate in a name or version cannot be URI-encoded (URIError), an empty name cannot be read back.
    return null;
  }
  return seal([entries.join(',')]);
}

/** The answers in a cookie value, or null for anything we did not write (tampered, truncated, too long, another codec version). */
export function decodePolicies(value: string | undefined | null): PolicyRecord | null {
  const fields = unseal(value, 1);
  if (!fields) return null;
  const entries: [string, PolicyDecision][] = [];
  const names = new Set<string>();
  for (const entry of fields[0] ? fields[0].split(',') : []) {
    const match = ENTRY.exec(entry);
    if (!match) return null;
    let name: string;
    let version: string;
    try {
      name = decodeURIComponent(match[1]);
      version = decodeURIComponent(match[2]);
    } catch {
      return null;
    }
    const at = decodeTime(match[5]);
    if (names.has(name) || Number.isNaN(at)) return null;
    names.add(name);
    const decision: PolicyDecision = { version, accepted: match[3] === 'a', onBehalf: match[4] === '1', at };
    if (match[3] === 'w') decision.withdrawn = true;
    entries.push([name, decision]);
  }
  // fromEntries defines own properties, so even a policy named "__proto__" stays data.
  return Object.fromEntries(entries);
}

/** The stored answers; empty when there are none or the cookie is damaged (no decision, never consent). */
export function readPolicyRecord(storage: ConsentStorage): PolicyRecord {
  // With duplicate cookies, the one holding the latest answer.
  return decodePolicies(storage.read(POLICY_COOKIE, (v) => Math.max(-1, ...Object.values(decodePolicies(v) ?? {}).map((d) => d.at)))) ?? {};
}

/** Stores `record`; false when it is too long or the browser refused it. */
export function writePolicyRecord(storage: ConsentStorage, record: PolicyRecord, days = POLICY_DAYS): boolean {
  const value = encodePolicies(record);
  return value !== null && storage.write(POLICY_COOKIE, value, days);
}

/** A record in the public shape: ISO times instead of seconds. */
export function describePolicies(record: PolicyRecord): Record<string, PolicyDecisionInfo> {
  return Object.fromEntries(
    Object.entries(record).map(([name, d]) => [
      name,
      { version: d.version, accepted: d.accepted, at: new Date(d.at * 1000).toISOString(), onBehalf: d.onBehalf },
    ]),
  );
}

/** Every stored policy answer, for `assent.get()`: `{ [name]: { version, accepted, at, onBehalf } }`. */
export function readPolicyDecisions(storage: ConsentStorage): Record<string, PolicyDecisionInfo> {
  return describePolicies(readPolicyRecord(storage));
}

export type { PolicyDecisionInfo };
