/**
 * How the configuration's messages are worded, shared by the head's parser
 * (`config.ts`) and the parts' checks of the JSON block's texts
 * (`text-checks.ts`), so that both say a thing the same way.
 */
import type { ConfigError } from './config.js';

export const JSON_BLOCK_ID = 'assent-config';

/** A warning: taken, or ignored, but likely not what was meant. */
export const warning = (attribute: string, message: string): ConfigError => ({ attribute, message: `assent: ${message}`, level: 'warning' });

export const quote = (word?: string) => word && `"${word}"`;

/** A name we do not know (an attribute, else in the JSON block), with the one most likely meant, or the known ones. */
export function unknown(warnings: ConfigError[], subject: string, hint?: string, known?: string): void {
  warnings.push(warning(subject.startsWith('data-') ? subject : `#${JSON_BLOCK_ID}`, `${subject} is unknown and ignored; ${hint ? `did you mean ${hint}?` : `known: ${known}.`}`));
}

/** An error about a value in the JSON block, which is then ignored. */
export function jsonError(errors: ConfigError[], value: string, allowed: string): void {
  errors.push({
    attribute: `#${JSON_BLOCK_ID}`,
    value,
    allowed,
    message: `assent: the JSON block #${JSON_BLOCK_ID} has an invalid ${value}; allowed: ${allowed}. It is ignored.`,
    level: 'error',
  });
}
