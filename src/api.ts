import type { DecisionPatch, GrantOptions } from './state/consent-manager.js';
import type { ConsentDecision } from './core/types.js';
import type { EmbedProvider } from './providers/types.js';

/** `window.assent` and the named exports of the ES module (README, "JavaScript API"). */
export interface AssentApi {
  /** The decision in force. */
  get(): ConsentDecision;
  /** Whether a category (`analytics`) or an embed provider (`youtube`) is granted. */
  has(name: string): boolean;
  /**
   * Stores answers: `set({ categories: { analytics: true } })`,
   * `set({ embeds: { youtube: false } })`, or the short form `set({ analytics: true })`.
   * For a minor (policy answers given with a parent's or guardian's agreement)
   * nothing is switched on without `{ guardian: true }`; refusals are always
   * stored. Returns false when something was not switched on for that reason.
   */
  set(patch: DecisionPatch | Record<string, boolean>, options?: GrantOptions): boolean;
  /** Switches every category on; for a minor only with `{ guardian: true }` (else returns false). */
  acceptAll(options?: GrantOptions): boolean;
  rejectAll(): void;
  /** Opens the settings dialog. */
  openSettings(): void;
  /** Takes back every consent given: optional categories and "always allow" embeds. */
  withdraw(): void;
  /** Adds an embed provider. */
  registerProvider(provider: EmbedProvider): void;
}

/** Turns the short form `{ analytics: true, youtube: false }` into a patch. */
export function toPatch(
  patch: DecisionPatch | Record<string, unknown>,
  categories: readonly string[],
  providers: readonly string[],
): DecisionPatch {
  if (typeof patch !== 'object' || patch === null) return {};
  if ('categories' in patch || 'embeds' in patch) {
    const { categories: c, embeds: e } = patch as DecisionPatch;
    return { categories: isFlags(c) ? c : undefined, embeds: isFlags(e) ? e : undefined };
  }
  const result: Required<DecisionPatch> = { categories: {}, embeds: {} };
  for (const [name, value] of Object.entries(patch)) {
    if (typeof value !== 'boolean') continue;
    if (categories.includes(name)) result.categories[name] = value;
    else if (providers.includes(name)) result.embeds[name] = value;
  }
  // Like the full form: a part that names nothing is left out, so that
  // `set({ youtube: true })` does not also store a banner answer nobody gave.
  return {
    categories: Object.keys(result.categories).length > 0 ? result.categories : undefined,
    embeds: Object.keys(result.embeds).length > 0 ? result.embeds : undefined,
  };
}

function isFlags(value: unknown): value is Record<string, boolean> {
  return typeof value === 'object' && value !== null;
}
