import { LitElement } from 'lit';
import { isSafeUrl } from '../../core/config.js';
import { emit, type AssentEventMap, type AssentEventName } from '../../events/names.js';

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
  protected emit<K extends AssentEventName>(name: K, detail: AssentEventMap[K], cancelable = false): boolean {
    return emit(this, name, detail, cancelable);
  }

  /**
   * The first element of the shadow root matching `selector`, or null before
   * the first render. What Lit's `@query` does, without shipping the decorator.
   */
  protected rendered<E extends Element>(selector: string): E | null {
    return this.renderRoot?.querySelector<E>(selector) ?? null;
  }

  private readonly logged = new Set<string>();

  /** One `console.error` per distinct message and element, however often it renders. */
  protected logError(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    console.error(message);
  }

  /**
   * The URL of a link attribute when it is an http(s) URL or a path, else
   * null with an error naming the attribute: a `javascript:` link written by
   * hand never reaches the page.
   */
  protected linkUrl(attribute: string, value: string): string | null {
    if (!value) return null;
    if (isSafeUrl(value)) return value;
    this.logError(`<${this.localName} ${attribute}="${value}"> is not valid; allowed: an http(s) URL or a path on this site. No link is shown.`);
    return null;
  }
}
