import { watchAdded } from '../gate/added-elements.js';
import { frameSize } from '../providers/frame.js';
import type { Handoff } from './handoff.js';
import { loadPart, partLocation } from './load.js';
import type { PartModules, PartName } from './parts.js';

export interface PartLoader {
  /** The part, loaded once; null for a part that cannot be loaded (one error is logged; nothing held is let go). */
  load<K extends PartName>(name: K): Promise<PartModules[K] | null>;
  /** Counts `work` (a part put in place) until it is done, for `settled()`. */
  track(work: Promise<unknown>): void;
  /** Resolves once everything loaded or tracked so far is done, failed included. */
  settled(): Promise<void>;
}

const WHAT_FAILS: Record<PartName, string> = {
  ui: 'the banner and the settings dialog are not shown',
  embed: 'embedded content stays held',
  policies: 'the policies cannot be answered',
  receipts: 'consent receipts are not sent on this page view',
  texts: "the JSON block's texts are not checked",
};

/**
 * Loads parts once each. `fetchTexts` is called when a part that shows texts
 * is first asked for, so that the page's language is loaded with it rather
 * than once it has arrived.
 */
export function partLoader(fetchTexts: () => void = () => {}): PartLoader {
  const loaded = new Map<PartName, Promise<unknown>>();
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const done: Promise<unknown> = work.then(
      () => pending.delete(done),
      () => pending.delete(done),
    );
    pending.add(done);
  };
  return {
    track,
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
    load<K extends PartName>(name: K): Promise<PartModules[K] | null> {
      let part = loaded.get(name) as Promise<PartModules[K] | null> | undefined;
      if (!part) {
        if (name !== 'receipts' && name !== 'texts') fetchTexts();
        part = loadPart(name).catch(() => {
          console.error(`assent: could not load ${partLocation(name)} (missing, offline or blocked), so ${WHAT_FAILS[name]}; nothing is granted.`);
          return null;
        });
        track(part);
        loaded.set(name, part);
      }
      return part;
    },
  };
}

/** The elements whose part is loaded, once one of them is in the page. */
const WANTED: readonly [selector: string, part: 'embed' | 'policies'][] = [
  ['assent-embed', 'embed'],
  ['assent-policies, assent-policy', 'policies'],
];

/**
 * Loads the embed part when the page holds an `<assent-embed>` (the iframe
 * gate turns held iframes, Video.js players and media links into ones) and
 * the policy part when it holds `<assent-policies>`; watches the page as the
 * parser and scripts add to it, one observer as Shoelace's autoloader does.
 */
export function loadWhenPresent(parts: PartLoader, handoff: Handoff, root: Document = document): void {
  const waiting = new Map(WANTED);
  const check = (node: ParentNode) => {
    for (const [selector, part] of waiting) {
      const found = node instanceof Element && node.matches(selector) ? [node] : [...node.querySelectorAll(selector)];
      if (found.length === 0) continue;
      waiting.delete(selector);
      parts.track(parts.load(part).then((module) => module?.mount(handoff)));
    }
    for (const embed of node instanceof Element && node.localName === 'assent-embed' ? [node] : node.querySelectorAll('assent-embed'))
      holdSize(embed);
  };
  watchAdded(root.documentElement, (added) => added.forEach(check));
  check(root);
}

/**
 * The size an `<assent-embed>` will have, from its `width` and `height`, set
 * before its code arrives (CSSOM custom properties, allowed under a strict
 * CSP) for the stylesheet of `holdPlaceholderSpace()`: nothing moves when it renders.
 */
function holdSize(embed: Element): void {
  if (customElements.get('assent-embed')) return;
  const { ratio, width } = frameSize(embed.getAttribute('width'), embed.getAttribute('height'));
  const style = (embed as HTMLElement).style;
  style.setProperty('--_ratio', ratio);
  if (width) style.setProperty('--_width', width);
}

/** Undefined placeholders take the box they will have, so the page does not shift when the embed part arrives. */
const PLACEHOLDER_CSS =
  'assent-embed:not(:defined){display:block;max-inline-size:100%;margin-block:var(--assent-embed-margin,0);inline-size:var(--assent-embed-width,var(--_width,100%));aspect-ratio:var(--assent-embed-aspect-ratio,var(--_ratio,16/9))}';

export function holdPlaceholderSpace(root: Document = document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PLACEHOLDER_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // An engine without constructable stylesheets: the placeholders only grow once they render.
  }
}
