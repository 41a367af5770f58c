import { LitElement } from 'lit';
import { emit } from '../../events/names.js';

/** What every assent element shares: idempotent registration and one way to emit events. */
export class AssentElement extends LitElement {
  /**
   * Registers the element once; a second copy of the script on the same
   * page (Moodle themes sometimes add it twice) is not an error.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return emit(this, name, detail, cancelable);
  }
}
