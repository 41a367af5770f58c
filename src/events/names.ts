import type { ConsentChange } from '../core/types.js';

/** Fired on `document` after every change of the decision, in every tab. */
export const CHANGE_EVENT = 'assent-change';

declare global {
  interface DocumentEventMap {
    [CHANGE_EVENT]: CustomEvent<ConsentChange>;
  }
  interface GlobalEventHandlersEventMap {
    [CHANGE_EVENT]: CustomEvent<ConsentChange>;
  }
}

/** Dispatches a bubbling, composed custom event; returns false when cancelled. */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
