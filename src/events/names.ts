import type { ConsentChange } from '../core/types.js';
import type { EmbedTarget } from '../providers/types.js';

/** Fired on `document` after every change of the decision, in every tab. */
export const CHANGE_EVENT = 'assent-change';

/**
 * Cancelable, fired on an `<assent-embed>` before its provider's iframe is
 * inserted and on a gated `<script>` before it runs: `preventDefault()` vetoes it.
 */
export const BEFORE_LOAD_EVENT = 'assent-before-load';

/** `assent-before-load` on `<assent-embed>`. */
export interface EmbedLoadDetail {
  /** The provider's id, `youtube`. */
  provider: string;
  /** What was recognised in `src`. */
  target: EmbedTarget;
  /** The URL the iframe loads. */
  url: string;
  /** True when a click on this element loads it (and so it plays at once). */
  autoplay: boolean;
}

/** `assent-before-load` on a gated script. */
export interface ScriptBeforeLoadDetail {
  kind: 'script';
  category: string;
  /** The script's URL, or null for an inline script. */
  src: string | null;
}

declare global {
  interface DocumentEventMap {
    [CHANGE_EVENT]: CustomEvent<ConsentChange>;
  }
  interface GlobalEventHandlersEventMap {
    [CHANGE_EVENT]: CustomEvent<ConsentChange>;
    [BEFORE_LOAD_EVENT]: CustomEvent<EmbedLoadDetail | ScriptBeforeLoadDetail>;
  }
}

/** Dispatches a bubbling, composed custom event; returns false when cancelled. */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
