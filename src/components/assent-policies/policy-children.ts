import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PolicyInput } from '../../core/policy.js';

/** An `<assent-policy>` that knows whether a flow page shows it (then it leaves out its own title and date). */
type PolicyChild = HTMLElement & { embedded?: boolean };

/**
 * The host's `<assent-policy>` children: reads them as the policy flow's
 * input, notices when the page changes them (the parser may still be adding
 * them when the host upgrades), and puts each into the one slot that shows
 * it (manual slot assignment, as Shoelace's slot controller does for named slots).
 */
export class PolicyChildren implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #changed = true;
  #observer = new MutationObserver(() => this.#markChanged());

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
    this.#changed = true;
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** True once after the children changed; a page still being parsed is read again when it is complete. */
  takeChanged(): boolean {
    const changed = this.#changed;
    this.#changed = false;
    if (changed && document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => this.#markChanged(), { once: true });
    return changed;
  }

  /** Whether the markup is complete, so that a missing title is a mistake rather than still on its way. */
  get complete(): boolean {
    return document.readyState !== 'loading';
  }

  /** The children as the flow's input, in page order. */
  read(): PolicyInput[] {
    return this.#elements().map((el) => ({
      name: el.getAttribute('name'),
      version: el.getAttribute('version'),
      updated: el.getAttribute('updated'),
      required: el.hasAttribute('required'),
      title: el.querySelector(':scope > [slot="title"]')?.textContent ?? null,
      hasFull: el.querySelector(':scope > [slot="full"]') !== null,
      href: el.getAttribute('href'),
    }));
  }

  /** Puts each policy into the `<slot data-policy="NAME">` rendered for it; the others are shown nowhere. */
  assign(renderRoot: ParentNode): void {
    const shown = new Set<Element>();
    for (const slot of renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-policy]')) {
      const element = this.#element(slot.dataset.policy!);
      if (element) {
        slot.assign(element);
        shown.add(element);
      } else slot.assign();
    }
    for (const element of this.#elements()) element.embedded = shown.has(element);
  }

  #markChanged(): void {
    this.#changed = true;
    this.#host.requestUpdate();
  }

  #elements(): PolicyChild[] {
    return [...this.#host.children].filter((el): el is PolicyChild => el.localName === 'assent-policy');
  }

  /** The first `<assent-policy>` with that name (later duplicates are dropped). */
  #element(name: string): PolicyChild | undefined {
    return this.#elements().find((el) => (el.getAttribute('name') ?? '').trim() === name);
  }
}
