import { BEFORE_LOAD_EVENT, emit, type ScriptBeforeLoadDetail } from '../events/names.js';
import { watchAdded } from './added-elements.js';

export const GATED_SCRIPTS = 'script[type="text/plain"][data-assent]';

/**
 * Runs `<script type="text/plain" data-assent="CATEGORY">` once its category
 * is granted: inline and `src` scripts, once each, in document order, also
 * when they are added to the page later (Moodle's AJAX sections, SPAs).
 */
export class ScriptGate {
  #granted: (category: string) => boolean;
  #root: Document;
  #unwatch: (() => void) | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  /** Scripts a listener of `assent-before-load` vetoed: never asked again. */
  #vetoed = new WeakSet<HTMLScriptElement>();

  constructor(granted: (category: string) => boolean, root: Document = document) {
    this.#granted = granted;
    this.#root = root;
  }

  /** Watches for gated scripts added after boot. */
  observe(): void {
    this.#unwatch ??= watchAdded(this.#root.documentElement, (added) => {
      if (added.some((node) => node.matches(GATED_SCRIPTS) || node.querySelector(GATED_SCRIPTS) !== null)) void this.run();
    });
  }

  disconnect(): void {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  /** Runs every waiting script whose category is granted; resolves when all have run. */
  run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          await this.#runPending();
        } while (this.#again);
      } catch (error) {
        console.error('assent: a gated script could not be started.', error);
      } finally {
        // Whatever happened, the next grant must find the gate ready.
        this.#running = null;
      }
    })();
    return this.#running;
  }

  async #runPending(): Promise<void> {
    for (const script of [...this.#root.querySelectorAll<HTMLScriptElement>(GATED_SCRIPTS)]) {
      const category = script.dataset.assent?.trim() ?? '';
      if (!script.isConnected || this.#vetoed.has(script) || !this.#granted(category)) continue;
      const detail: ScriptBeforeLoadDetail = { kind: 'script', category, src: script.src || null };
      if (!emit(script, BEFORE_LOAD_EVENT, detail, true)) {
        this.#vetoed.add(script);
        continue;
      }
      // A listener of `assent-before-load` may have taken it out of the page.
      if (!script.isConnected) continue;
      activate(script);
      // A `src` script must finish before the next one starts, as in the parser.
      if (script.src) await loaded(script);
    }
  }
}

/**
 * Makes the inert script live where it stands: gives it its real type and
 * inserts it again, which runs it (a script whose type was not JavaScript was
 * never started). The same element, not a copy: it keeps its nonce (which
 * browsers hide from the attribute after parsing) and, under
 * `require-trusted-types-for 'script'`, the trust the parser gave its text
 * and `src`. A copy would have to pass them through the Trusted Types sinks
 * `script.text` and `script.src`, which such a page blocks.
 */
function activate(script: HTMLScriptElement): void {
  const type = script.dataset.assentType;
  if (type) script.type = type;
  else script.removeAttribute('type');
  script.async = false;
  const { parentNode, nextSibling } = script;
  script.remove();
  parentNode!.insertBefore(script, nextSibling);
}

function loaded(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true });
    // A broken script must not hold back the ones after it.
    script.addEventListener('error', () => resolve(), { once: true });
  });
}
