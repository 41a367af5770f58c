import { NAME_PATTERN } from './names.js';
import type { DecisionSource, StoredConsent, StoredEmbedGrant } from './types.js';

/**
 * Cookie values are `VERSION|field|…|checksum`. The checksum is not a secret:
 * it makes any edit, truncation or mix-up of the value read as "no decision",
 * so a damaged cookie can only ever cost a banner, never grant consent.
 *
 * A minor's grant given with a parent's or guardian's agreement is marked
 * with `p`: after the source letter in `assent`, as a third field in
 * `assent_PROVIDER`. Values without the mark are the ones written before it
 * existed, so older cookies read as before.
 */
export const CODEC_VERSION = '1';
/** Longest value we write or read; a longer one counts as no decision. */
export const MAX_COOKIE_LENGTH = 1024;

const SOURCES: Record<DecisionSource, string> = { user: 'u', gpc: 'g', api: 'a', tab: 't', expiry: 'e' };
/** The mark of a parent's or guardian's agreement. */
const GUARDIAN = 'p';
const CATEGORY = new RegExp(`^(${NAME_PATTERN.source.slice(1, -1)})([01])$`);
const NUMBER = /^[0-9a-z]{1,9}$/;
const MAX_REVISION = 64;

/** 32-bit FNV-1a, base 36. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Joins fields under the version and a checksum; null when too long. */
export function seal(fields: readonly string[]): string | null {
  const body = [CODEC_VERSION, ...fields].join('|');
  const value = `${body}|${checksum(body)}`;
  return value.length <= MAX_COOKIE_LENGTH ? value : null;
}

/** The fields of a sealed value, or null for anything not sealed by us. */
export function unseal(value: string | undefined | null, count: number): string[] | null {
  if (typeof value !== 'string' || value.length > MAX_COOKIE_LENGTH) return null;
  const parts = value.split('|');
  if (parts.length !== count + 2 || parts[0] !== CODEC_VERSION) return null;
  const sum = parts.pop();
  if (sum !== checksum(parts.join('|'))) return null;
  return parts.slice(1);
}

/** Seconds since the epoch beyond which a stored time is out of range (the year 2286): a Date cannot hold all that 9 base-36 digits can. */
const MAX_TIME = 1e10;
const encodeTime = (seconds: number) => Math.max(0, Math.floor(seconds)).toString(36);
/** A stored time in seconds, or NaN for anything else, out of range included (so it counts as no decision). */
export const decodeTime = (text: string): number => {
  const seconds = NUMBER.test(text) ? parseInt(text, 36) : NaN;
  return seconds < MAX_TIME ? seconds : NaN;
};

/** Long revisions are stored as their checksum so the cookie stays small. */
export function revisionKey(revision: string): string {
  // A lone surrogate cannot be URI-encoded; its checksum can.
  const storable = revision.length <= MAX_REVISION && !/[\uD800-\uDFFF]/.test(revision.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
  return storable ? revision : `#${checksum(revision)}`;
}

export function encodeConsent(consent: StoredConsent): string | null {
  const categories = Object.entries(consent.categories)
    .filter(([name]) => NAME_PATTERN.test(name))
    .map(([name, granted]) => `${name}${granted ? 1 : 0}`)
    .join(',');
  return seal([
    encodeURIComponent(revisionKey(consent.revision)),
    categories,
    encodeTime(consent.updatedAt),
    encodeTime(consent.expiresAt),
    SOURCES[consent.source] + (consent.guardian ? GUARDIAN : ''),
  ]);
}

export function decodeConsent(value: string | undefined | null): StoredConsent | null {
  const fields = unseal(value, 5);
  if (!fields) return null;
  const [revision, list, updated, expires, sourceField] = fields;
  const guardian = sourceField.length === 2 && sourceField[1] === GUARDIAN;
  const sourceCode = guardian ? sourceField[0] : sourceField;
  const source = (Object.keys(SOURCES) as DecisionSource[]).find((key) => SOURCES[key] === sourceCode);
  const updatedAt = decodeTime(updated);
  const expiresAt = decodeTime(expires);
  if (!source || !(updatedAt <= expiresAt)) return null;

  const categories: Record<string, boolean> = {};
  for (const item of list ? list.split(',') : []) {
    const match = CATEGORY.exec(item);
    // `hasOwn`, not `in`: a category may be called `constructor`, which every object inherits.
    if (!match || Object.hasOwn(categories, match[1])) return null;
    categories[match[1]] = match[2] === '1';
  }
  let decodedRevision: string;
  try {
    decodedRevision = decodeURIComponent(revision);
  } catch {
    return null;
  }
  const decoded: StoredConsent = { revision: decodedRevision, categories, updatedAt, expiresAt, source };
  if (guardian) decoded.guardian = true;
  return decoded;
}

export function encodeEmbedGrant(grant: StoredEmbedGrant): string | null {
  const fields = [encodeTime(grant.grantedAt), encodeTime(grant.expiresAt)];
  return seal(grant.guardian ? [...fields, GUARDIAN] : fields);
}

export function decodeEmbedGrant(value: string | undefined | null): StoredEmbedGrant | null {
  const fields = unseal(value, 2) ?? unseal(value, 3);
  if (!fields || (fields.length === 3 && fields[2] !== GUARDIAN)) return null;
  const grantedAt = decodeTime(fields[0]);
  const expiresAt = decodeTime(fields[1]);
  if (!(grantedAt <= expiresAt)) return null;
  return fields.length === 3 ? { grantedAt, expiresAt, guardian: true } : { grantedAt, expiresAt };
}
