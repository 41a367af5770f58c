import { parseEmbedUrl } from '../providers/parse.js';
import { addedElements, watchAdded } from './added-elements.js';
import { allProviders } from '../providers/registry.js';
import type { EmbedProvider } from '../providers/types.js';

/** Server-rendered embeds without a live `src`: the guaranteed path. */
export const DATA_SRC = 'data-assent-src';
/** A self-hosted poster for an `<iframe data-assent-src>`. */
export const DATA_POSTER = 'data-assent-poster';
/** Marks an iframe the gate must leave alone (a provider the site trusts without consent). */
export const DATA_IGNORE = 'data-assent-ignore';
/** Set on each placeholder the gate made, to what it replaced: `data-assent-src`, `iframe`, `videojs`, `link`, `object` or `embed`. */
export const GATED_FROM = 'data-assent-gated';

/**
 * The class Moodle's editor (TinyMCE) gives a link inserted as media. Moodle's
 * media players turn it into an iframe; with them switched off it reaches the
 * page as a link, which requests nothing: the gate's leak-free path.
 */
export const MEDIA_LINK_CLASS = 'external-media-provider';

const CANDIDATES = `iframe, video[data-setup-lazy], a.${MEDIA_LINK_CLASS}, object, embed`;
const WATCH: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['src', DATA_SRC, 'data-setup-lazy', 'data'],
};
/** Our own elements' shadow roots hold the players they loaded after consent. */
const ours = (host: Element) => host.localName.startsWith('assent-');

export interface IframeGateOptions {
  /**
   * `data-embeds`: with `auto` the gate also replaces raw provider iframes,
   * Moodle's Video.js YouTube players and its editor's media links; with `off`
   * only `<iframe data-assent-src>`.
   */
  mode: 'auto' | 'off';
  /** The placeholder element's tag. */
  tag?: string;
  /** The providers raw iframes are recognised by; the registry's by default. */
  providers?: () => readonly EmbedProvider[];
}

/**
 * The YouTube URL of one of Moodle's Video.js players: `<video data-setup-lazy=
 * '{"techOrder": ["youtube"], "sources": [{"type": "video/youtube", "src": "..."}]}'>`.
 * Null for any other player or for broken JSON. Never throws.
 */
export function videoJsYouTubeSource(setup: string | null): string | null {
  if (!setup) return null;
  let config: unknown;
  try {
    config = JSON.parse(setup);
  } catch {
    return null;
  }
  if (typeof config !== 'object' || config === null) return null;
  const { techOrder, sources } = config as { techOrder?: unknown; sources?: unknown };
  const youtubeTech = Array.isArray(techOrder) && techOrder.includes('youtube');
  if (!Array.isArray(sources)) return null;
  for (const source of sources as unknown[]) {
    if (typeof source !== 'object' || source === null) continue;
    const { type, src } = source as { type?: unknown; src?: unknown };
    // Moodle writes the URL HTML-escaped once more than it needs: `&amp;t=30`.
    if (typeof src === 'string' && (type === 'video/youtube' || youtubeTech)) return src.replace(/&amp;/g, '&');
  }
  return null;
}

/**
 * Turns server-rendered third-party embeds into `<assent-embed>` placeholders:
 * `<iframe data-assent-src>` always; with `mode: 'auto'` also raw iframes of
 * known providers, Moodle's Video.js YouTube players and the media links of
 * its editor (`<a class="external-media-provider">`). Call `observe()` from
 * the head script before the body is parsed: raw iframes are then caught as
 * the parser inserts them, which is early but not always before their request
 * starts (see the README); `data-assent-src` markup never makes one.
 */
export class IframeGate {
  #mode: 'auto' | 'off';
  #tag: string;
  #providers: () => readonly EmbedProvider[];
  #root: Document;
  #observer: MutationObserver | null = null;
  #unwatch: (() => void) | null = null;
  #attach: Element['attachShadow'] | null = null;
  #watched = new WeakSet<ShadowRoot>();

  constructor({ mode, tag = 'assent-embed', providers = allProviders }: IframeGateOptions, root: Document = document) {
    this.#mode = mode;
    this.#tag = tag;
    this.#providers = providers;
    this.#root = root;
  }

  /** Replaces what is in the page now and everything added or re-pointed later. */
  observe(): void {
    if (this.#observer) return;
    // The document's additions come through the head's shared watcher; this observer
    // sees the document's re-pointed sources and everything in the shadow roots it watches.
    this.#observer = new MutationObserver((records) => {
      for (const record of records) if (record.type === 'attributes') this.#gate(record.target as Element);
      for (const element of addedElements(records)) this.scan(element);
    });
    this.#observer.observe(this.#root.documentElement, { ...WATCH, childList: false });
    this.#unwatch = watchAdded(this.#root.documentElement, (added) => {
      for (const element of added) this.scan(element);
    });
    // Shadow roots made by script (open or closed) are watched from the moment they exist.
    const attach = (this.#attach = Element.prototype.attachShadow);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched method has its own `this`
    const gate = this;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (!ours(this)) gate.#watch(root);
      return root;
    };
    this.scan(this.#root);
  }

  disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#unwatch?.();
    this.#unwatch = null;
    if (this.#attach) Element.prototype.attachShadow = this.#attach;
    this.#attach = null;
  }

  /**
   * Replaces the embeds in `root` (itself included), also inside the open
   * shadow roots in it (declarative shadow DOM), which it then watches;
   * returns how many.
   */
  scan(root: ParentNode): number {
    let count = 0;
    if ((root as Node).nodeType === Node.ELEMENT_NODE && this.#gate(root as Element)) count++;
    for (const element of root.querySelectorAll(CANDIDATES)) if (this.#gate(element)) count++;
    for (const host of [root, ...root.querySelectorAll('*')] as Element[])
      if (host.shadowRoot && !ours(host)) count += this.#watch(host.shadowRoot);
    return count;
  }

  /** Gates what a shadow root holds and watches it for more; returns how many it replaced. */
  #watch(root: ShadowRoot): number {
    if (this.#watched.has(root)) return 0;
    this.#watched.add(root);
    this.#observer?.observe(root, WATCH);
    return this.scan(root);
  }

  /** Replaces one element if it is an embed to gate; returns whether it did. */
  #gate(element: Element): boolean {
    if (element.parentNode === null || element.hasAttribute(DATA_IGNORE)) return false;
    const name = element.localName;
    // `<object data>` and `<embed src>`: the old Flash embed code (`https://www.youtube.com/v/ID`).
    if (name === 'iframe' || name === 'object' || name === 'embed') {
      const explicit = name === 'iframe' ? element.getAttribute(DATA_SRC) : null;
      if (explicit !== null) return this.#replace(element, explicit, 'data-assent-src');
      const src = element.getAttribute(name === 'object' ? 'data' : 'src');
      return this.#mode === 'auto' && src !== null && this.#known(src) && this.#replace(element, src, name);
    }
    if (element.localName === 'video' && this.#mode === 'auto') {
      const src = videoJsYouTubeSource(element.getAttribute('data-setup-lazy'));
      return src !== null && this.#known(src) && this.#replace(element, src, 'videojs');
    }
    if (element.localName === 'a' && this.#mode === 'auto' && element.classList.contains(MEDIA_LINK_CLASS)) {
      // A link harms nobody: only one a provider recognises becomes a placeholder, never an error,
      // and never the fallback link inside a placeholder.
      const href = element.getAttribute('href');
      if (element.parentElement?.closest(this.#tag)) return false;
      if (href === null || !this.#known(href)) return false;
      const text = element.textContent!.trim();
      return this.#replace(element, href, 'link', element.getAttribute('title') ?? (text && text !== href ? text : null));
    }
    return false;
  }

  /**
   * Whether a provider recognises the URL as one of its embeds. Being on a
   * provider's host is not enough: google.com serves reCAPTCHA, youtube.com a
   * subscribe button, and gating those would break the page around them.
   */
  #known(src: string): boolean {
    return parseEmbedUrl(src, this.#providers()).ok;
  }

  #replace(element: Element, src: string, from: string, title = pageTitle(element)): boolean {
    const embed = this.#root.createElement(this.#tag);
    embed.setAttribute('src', src);
    embed.setAttribute(GATED_FROM, from);
    if (title !== null) embed.setAttribute('title', title);
    // Same size, same hooks for the page's CSS (Bootstrap's .embed-responsive-item, say).
    for (const name of ['width', 'height', 'id', 'class']) {
      const value = element.getAttribute(name);
      if (value !== null) embed.setAttribute(name, value);
    }
    const poster = element.getAttribute(DATA_POSTER);
    if (poster !== null) embed.setAttribute('poster', poster);
    // Detaching the iframe also cancels a navigation that already started.
    element.replaceWith(embed);
    return true;
  }
}

/** What providers' embed codes call every player: no word about the video. */
const GENERIC_TITLE = /^\s*((youtube|vimeo)( video)?( player)?|vimeo-player|iframe)?\s*$/i;

/**
 * The best title the page gives a pasted player: its own `title` unless it
 * is the provider's generic one ("YouTube video player"), else the caption of
 * the figure around it, else the heading just before it (or before the
 * paragraph or box around it); null when there is
 * none (the placeholder then says whose content it is).
 */
export function pageTitle(element: Element): string | null {
  const own = element.getAttribute('title');
  if (own && !GENERIC_TITLE.test(own)) return own;
  let text = element.closest('figure')?.querySelector('figcaption')?.textContent;
  // The heading right before it, or before the paragraph or box it sits in (Moodle's editor wraps it so).
  for (let node: Element | null = element, up = 0; !text && node && up < 3; node = node.parentElement, up++) {
    const before = node.previousElementSibling;
    if (before && /^h[1-6]$/.test(before.localName)) text = before.textContent;
  }
  return text?.trim().replace(/\s+/g, ' ') || null;
}
