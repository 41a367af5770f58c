import type { Translation } from '../i18n/translation.js';
import type * as Registry from '../providers/registry.js';
import type * as Runtime from '../state/runtime.js';
import type { PartLoader } from './autoload.js';

/** What the parts use of the head's provider registry. */
export type SharedRegistry = Pick<typeof Registry, '$providers' | 'allProviders' | 'providerInfo' | 'registerBuiltInProviders'>;

/**
 * What the head script hands to the parts it loads. In `dist/assent.js` the
 * head is a classic script and the parts are ES modules: two module graphs,
 * so the parts' builds reach the head's provider registry and runtime
 * through this object (see `shared-registry.ts`, `shared-runtime.ts`) instead
 * of carrying copies of their own.
 */
export interface Handoff {
  registry: SharedRegistry;
  runtime: typeof Runtime;
  /** The languages that can be loaded, lower case (English is always there). */
  languages: readonly string[];
  loadLanguage(code: string): Promise<Translation | null>;
  /** The head's part loader: a part loaded once (null, with one error, when it cannot be). */
  load: PartLoader['load'];
  /** Called again when the JSON block is read late (it was placed after the tag). */
  onTexts: Set<() => void>;
  /** Resolves once every part asked for so far has arrived and is in place (or failed): for tests and benches. */
  settled(): Promise<void>;
}

const KEY = Symbol.for('assent.handoff');
type Holder = Record<symbol, Handoff | undefined>;

export function publishHandoff(handoff: Handoff): void {
  (globalThis as unknown as Holder)[KEY] = handoff;
}

export function handoff(): Handoff {
  return (globalThis as unknown as Holder)[KEY]!;
}
