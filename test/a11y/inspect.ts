/**
 * Reading what a rendered component looks like, and the WCAG checks run on
 * it: text contrast (1.4.3), control boundaries, the switch and the focus
 * indicator (1.4.11). The checks take a `Looks` (the styles of every element
 * of a component) so that they run the same on the live computed styles and
 * on the styles a forced-colours palette gives (`forced-colors.ts`).
 *
 * Every check returns a list of problems as strings; tests assert that the
 * list is empty, so a failure names each element and never prints a DOM node.
 */
import type { CSSResultOrNative } from 'lit';
import {
  color,
  composite,
  contrastRatio,
  fade,
  format,
  NON_TEXT_RATIO,
  requiredTextRatio,
  WHITE,
  BLACK,
  type Rgba,
} from './contrast.js';

export type Pseudo = '' | '::before' | '::after';
const PSEUDOS: Pseudo[] = ['', '::before', '::after'];

/** The computed styles the checks need, as strings. */
export interface Look {
  color: string;
  backgroundColor: string;
  backgroundImage: string;
  /** Top, right, bottom, left. */
  borderWidth: number[];
  borderStyle: string[];
  borderColor: string[];
  outlineStyle: string;
  outlineWidth: number;
  outlineOffset: number;
  outlineColor: string;
  opacity: number;
  transform: string;
  left: string;
  content: string;
  width: string;
  height: string;
  fontSize: number;
  fontWeight: number;
  transitionProperty: string;
  transitionDuration: string;
  animationName: string;
  animationDuration: string;
  /** Our stand-in for `forced-color-adjust` (`forced-colors.ts`); empty outside that simulation. */
  forcedColorAdjust: string;
}

export function readLook(element: Element, pseudo: Pseudo = ''): Look {
  const s = getComputedStyle(element, pseudo || null);
  const sides = ['top', 'right', 'bottom', 'left'];
  return {
    color: s.color,
    backgroundColor: s.backgroundColor,
    backgroundImage: s.backgroundImage,
    borderWidth: sides.map((side) => parseFloat(s.getPropertyValue(`border-${side}-width`)) || 0),
    borderStyle: sides.map((side) => s.getPropertyValue(`border-${side}-style`)),
    borderColor: sides.map((side) => s.getPropertyValue(`border-${side}-color`)),
    outlineStyle: s.outlineStyle,
    outlineWidth: parseFloat(s.outlineWidth) || 0,
    outlineOffset: parseFloat(s.outlineOffset) || 0,
    outlineColor: s.outlineColor,
    opacity: parseFloat(s.opacity),
    transform: s.transform,
    left: s.left,
    content: s.content,
    width: s.width,
    height: s.height,
    fontSize: parseFloat(s.fontSize),
    fontWeight: parseFloat(s.fontWeight) || 400,
    transitionProperty: s.transitionProperty,
    transitionDuration: s.transitionDuration,
    animationName: s.animationName,
    animationDuration: s.animationDuration,
    forcedColorAdjust: s.getPropertyValue('--sim-fca').trim(),
  };
}

/** How a component looks: every element's style, and each control's style while it has keyboard focus. */
export interface Looks {
  /** The style of an element (or one of its pseudo-elements); null for one outside the component. */
  of(element: Element, pseudo?: Pseudo): Look | null;
  /** The style of a focusable element while focused, or null when it was not inspected. */
  focused(element: Element): Look | null;
  /** The colour behind the component where nothing inside it paints a background. */
  canvas: Rgba;
  /**
   * Forced colours paint a "readability backplate" of the page's colour
   * behind text, so images under text no longer matter.
   */
  backplate?: boolean;
}

/* ---------- the component's tree ---------- */

/** Every shadow root under `host` (its own first), nested and slotted components included. */
export function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.shadowRoot) {
      roots.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of node.children) visit(child);
  };
  visit(host);
  return roots;
}

/** The host, every element in its shadow roots and its light DOM: what the component renders. */
export function elementsOf(host: Element): Element[] {
  const elements = new Set<Element>([host, ...host.querySelectorAll('*')]);
  for (const root of shadowRoots(host)) for (const element of root.querySelectorAll('*')) elements.add(element);
  return [...elements];
}

/** The parent in the flat tree: the slot for slotted nodes, the host for a shadow root's children. */
export function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Reads every element's style now, and each focusable one's while focused. */
export function snapshot(host: Element, canvas: Rgba, scoped = false): Looks {
  const elements = elementsOf(host);
  const index = new Map(elements.map((element, i) => [element, i]));
  const looks = new Map<string, Look>();
  const key = (element: Element, pseudo: Pseudo) => `${index.get(element)}${pseudo}`;
  for (const element of elements) for (const pseudo of PSEUDOS) looks.set(key(element, pseudo), readLook(element, pseudo));
  const focused = new Map<Element, Look>();
  for (const element of focusables(host)) {
    (element as HTMLElement).focus({ focusVisible: true } as FocusOptions);
    if (!element.matches(':focus-visible')) throw new Error(`${describe(element)} got no :focus-visible from focus()`);
    focused.set(element, readLook(element));
  }
  (deepActiveElement() as HTMLElement | null)?.blur();
  return {
    of: (element, pseudo = '') =>
      index.has(element) ? looks.get(key(element, pseudo))! : scoped ? null : readLook(element, pseudo),
    focused: (element) => focused.get(element) ?? null,
    canvas,
  };
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Shown on screen: rendered, not `visibility: hidden`, not inside a visually hidden (1px, clipped) box. */
export function isVisible(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  if (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    const clips = style.overflow !== 'visible' || style.clipPath !== 'none';
    if (clips && (box.width <= 1 || box.height <= 1)) return false;
  }
  return true;
}

/** The tab stops in the component's shadow roots that are on screen. */
export function focusables(host: Element): Element[] {
  return shadowRoots(host).flatMap((root) =>
    [...root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [tabindex]')].filter(
      (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && isVisible(element),
    ),
  );
}

/** A short name for messages: `assent-banner button.button` */
export function describe(element: Element, pseudo: Pseudo = ''): string {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} ` : '';
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  const role = element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : '';
  return `${host}${element.localName}${id}${classes}${role}${pseudo}`;
}

/* ---------- colours behind things ---------- */

/**
 * The opaque colours behind `element` (a list: a positioned image under it,
 * like the embed's poster, could be any colour, so its lightest and darkest
 * cases are both returned). Walks up the flat tree painting each background
 * (at its element's opacity) until one is opaque, else onto `looks.canvas`.
 */
export function backgroundsBehind(looks: Looks, element: Element, pseudo: Pseudo = ''): Rgba[] {
  type Layer = Rgba | { image: number };
  const layers: Layer[] = [];
  let node: Element | null = element;
  let pseudoNow = pseudo;
  let child: Element | null = null;
  while (node) {
    const look = looks.of(node, pseudoNow);
    if (look && !pseudoNow && child && !looks.backplate) for (const image of imagesUnder(node, child)) layers.push({ image: looks.of(image)?.opacity ?? 1 });
    if (look) {
      const layer = fade(color(look.backgroundColor), pseudoNow ? 1 : look.opacity);
      if (layer.a > 0) layers.push(layer);
      if (layer.a >= 1) break;
    }
    if (pseudoNow) pseudoNow = '';
    else [child, node] = [node, flatParent(node)];
  }
  let below: Rgba[] = node ? [] : [looks.canvas];
  for (const layer of layers.reverse()) {
    if ('image' in layer) below = below.flatMap((under) => [WHITE, BLACK].map((ink) => composite(fade(ink, layer.image), under)));
    else below = below.length === 0 ? [layer] : below.map((under) => composite(layer, under));
  }
  return below;
}

/** Absolutely positioned, visible `img` children of `parent` painted before `child` (so under it). */
function imagesUnder(parent: Element, child: Element): Element[] {
  const images: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === child) break;
    if (sibling.localName === 'img' && isVisible(sibling) && getComputedStyle(sibling).position === 'absolute') images.push(sibling);
  }
  return images;
}

/** The worst contrast of `ink` against each of `backgrounds`. */
function worst(ink: Rgba, backgrounds: Rgba[]): { ratio: number; background: Rgba } {
  return backgrounds
    .map((background) => ({ ratio: contrastRatio(ink, background), background }))
    .reduce((a, b) => (b.ratio < a.ratio ? b : a));
}

/* ---------- text: WCAG 1.4.3 ---------- */

interface TextItem {
  element: Element;
  pseudo: Pseudo;
  text: string;
}

/** Every piece of text on screen: text nodes (slotted ones included), generated content, and typed values. */
export function visibleTexts(host: Element, looks: Looks): TextItem[] {
  const items: TextItem[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    if (node instanceof Text) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const parent = flatParent(node);
      if (text && parent && isVisible(parent) && hasArea(node)) items.push({ element: parent, pseudo: '', text });
      return;
    }
    if (!(node instanceof Element)) return;
    if (!isVisible(node)) return;
    for (const pseudo of ['::before', '::after'] as const) {
      const text = generatedText(looks.of(node, pseudo)?.content ?? 'none');
      if (text) items.push({ element: node, pseudo, text });
    }
    if (node instanceof HTMLInputElement && node.type === 'text' && node.value) items.push({ element: node, pseudo: '', text: node.value });
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(host);
  return items;
}

function hasArea(text: Text): boolean {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].some((box) => box.width >= 1 && box.height >= 1);
}

/** The string a `content` value shows, or '' for none. */
function generatedText(content: string): string {
  if (content === 'none' || content === 'normal') return '';
  const strings = content.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g) ?? [];
  return strings
    .map((quoted) => quoted.slice(1, -1))
    .join('')
    .trim();
}

/** The opacity the element's content is drawn with: its own and its ancestors' up to the component. */
function inheritedOpacity(looks: Looks, element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = flatParent(node)) opacity *= looks.of(node)?.opacity ?? 1;
  return opacity;
}

/** Text below the ratio WCAG 1.4.3 asks for its size, against every colour that can be behind it. */
export function textProblems(host: Element, looks: Looks, minimum?: number): string[] {
  return visibleTexts(host, looks).flatMap(({ element, pseudo, text }) => {
    const look = looks.of(element, pseudo)!;
    const ink = fade(color(look.color), inheritedOpacity(looks, element));
    const required = minimum ?? requiredTextRatio(look.fontSize, look.fontWeight);
    const { ratio, background } = worst(ink, backgroundsBehind(looks, element, pseudo));
    return ratio + 1e-9 < required
      ? [`${describe(element, pseudo)} "${text.slice(0, 40)}": ${format(ink)} on ${format(background)} is ${ratio.toFixed(2)}:1, needs ${required}:1`]
      : [];
  });
}

/** Text drawn over a background image, which forced colours removes. */
export function textOnImageProblems(host: Element, looks: Looks): string[] {
  return visibleTexts(host, looks).flatMap(({ element, pseudo, text }) => {
    for (let node: Element | null = element, p = pseudo; node; p ? (p = '') : (node = flatParent(node))) {
      const look = looks.of(node, p);
      if (!look) break;
      if (look.backgroundImage !== 'none') return [`${describe(element, pseudo)} "${text.slice(0, 40)}" is drawn on ${look.backgroundImage}`];
      if (color(look.backgroundColor).a >= 1) break;
    }
    return [];
  });
}

/* ---------- non-text contrast: WCAG 1.4.11 ---------- */

/** The author-styled controls: buttons, switches and text fields (native checkboxes are drawn by the browser). */
export function controls(host: Element): HTMLElement[] {
  return shadowRoots(host).flatMap((root) =>
    [...root.querySelectorAll<HTMLElement>('button, input:not([type=checkbox]):not([type=radio]), input[role=switch], select, textarea')].filter(
      (element) => isVisible(element) && !(element as HTMLInputElement).disabled,
    ),
  );
}

/** The border's colour when all four sides are drawn (at least 1px, a visible style), else null. */
export function drawnBorder(look: Look): Rgba | null {
  const drawn = look.borderWidth.every((width, i) => width >= 1 && !['none', 'hidden'].includes(look.borderStyle[i]));
  return drawn ? color(look.borderColor[0]) : null;
}

/** The colour around an element: what is behind its parent. */
function around(looks: Looks, element: Element): Rgba[] {
  const parent = flatParent(element);
  return parent ? backgroundsBehind(looks, parent) : [looks.canvas];
}

/**
 * Controls whose edge cannot be seen: where the control's own background
 * does not stand out from what is around it (transparent, or the same
 * colour), its border is the only boundary and needs 3:1. With
 * `borderRequired` (forced colours, where buttons and the page share a
 * colour) every control needs that border.
 */
export function boundaryProblems(host: Element, looks: Looks, borderRequired = false): string[] {
  return controls(host).flatMap((element) => {
    const look = looks.of(element)!;
    return around(looks, element).flatMap((outside) => {
      const own = composite(fade(color(look.backgroundColor), look.opacity), outside);
      if (!borderRequired && contrastRatio(own, outside) >= 1.1) return [];
      const border = drawnBorder(look);
      if (!border) return [`${describe(element)} has no border on every side and its background ${format(own)} does not stand out from ${format(outside)}`];
      const ratio = contrastRatio(border, outside);
      return ratio < NON_TEXT_RATIO ? [`${describe(element)} border ${format(border)} on ${format(outside)} is ${ratio.toFixed(2)}:1, needs 3:1`] : [];
    });
  });
}

/**
 * A switch (`input[role=switch]` drawn by CSS): its track must stand out
 * from what is around it, and its knob (`::after`) from the track, at 3:1.
 */
export function switchProblems(element: Element, looks: Looks): string[] {
  const track = looks.of(element)!;
  const knob = looks.of(element, '::after')!;
  return around(looks, element).flatMap((outside) => {
    const problems: string[] = [];
    const trackColour = composite(fade(color(track.backgroundColor), track.opacity), outside);
    const border = drawnBorder(track);
    const edge = Math.max(contrastRatio(trackColour, outside), border ? contrastRatio(border, outside) : 0);
    if (edge < NON_TEXT_RATIO) problems.push(`${describe(element)} track (${format(trackColour)}, border ${border ? format(border) : 'none'}) on ${format(outside)} is ${edge.toFixed(2)}:1, needs 3:1`);
    const knobColour = composite(fade(color(knob.backgroundColor), track.opacity), trackColour);
    const ratio = contrastRatio(knobColour, trackColour);
    if (ratio < NON_TEXT_RATIO) problems.push(`${describe(element, '::after')} knob ${format(knobColour)} on the track ${format(trackColour)} is ${ratio.toFixed(2)}:1, needs 3:1`);
    return problems;
  });
}

/**
 * Focus indicators that are missing or faint: each tab stop, focused, needs
 * an outline at least 2px wide whose colour has 3:1 against the colours next
 * to it (outside it, and inside it: the gap when it is offset, else the
 * control's edge).
 */
export function focusProblems(host: Element, looks: Looks): string[] {
  return focusables(host).flatMap((element) => {
    const look = looks.focused(element);
    if (!look) return [`${describe(element)} was not inspected with focus`];
    if (look.outlineStyle === 'none' || look.outlineWidth < 2) return [`${describe(element)} focused: outline ${look.outlineStyle} ${look.outlineWidth}px`];
    const outline = color(look.outlineColor);
    return around(looks, element).flatMap((outside) => {
      const inner = look.outlineOffset > 0 ? outside : (drawnBorder(look) ?? composite(color(look.backgroundColor), outside));
      const ratio = Math.min(contrastRatio(outline, outside), contrastRatio(outline, inner));
      return ratio < NON_TEXT_RATIO
        ? [`${describe(element)} focus outline ${format(outline)} next to ${format(outside)} / ${format(inner)} is ${ratio.toFixed(2)}:1, needs 3:1`]
        : [];
    });
  });
}

/* ---------- stylesheets: applying media features in any engine ---------- */

/** The CSS source of a shadow root's component (Lit's `elementStyles`), one string per sheet. */
function sourceOf(root: ShadowRoot): string[] {
  const styles = (root.host.constructor as { elementStyles?: CSSResultOrNative[] }).elementStyles;
  if (!styles?.length) throw new Error(`<${root.host.localName}> has no Lit styles to rewrite`);
  if (root.querySelector(':scope > style')) throw new Error(`<${root.host.localName}> uses <style> elements, not adopted sheets`);
  return styles.map((style) => (style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText));
}

/**
 * Replaces the stylesheets of every shadow root under `host` with `rewrite`
 * of their source; returns a function that puts the originals back.
 */
export function rewriteStyles(host: Element, rewrite: (css: string) => string, prepend = ''): () => void {
  const saved = shadowRoots(host).map((root) => [root, root.adoptedStyleSheets] as const);
  for (const [root] of saved) {
    const sheets = sourceOf(root).map((css) => rewrite(css));
    if (prepend) sheets.unshift(prepend);
    root.adoptedStyleSheets = sheets.map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  return () => {
    for (const [root, sheets] of saved) root.adoptedStyleSheets = sheets;
  };
}

const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

/**
 * Rewrites the conditions of `@media` rules as if the media features had
 * the given values (`{ 'prefers-reduced-motion': 'reduce' }`): a test of
 * such a feature becomes a condition that always or never holds, so the
 * rules apply in an engine that cannot emulate the feature.
 */
export function applyMedia(css: string, features: Record<string, string>): string {
  return css.replace(/@media([^{]*)\{/g, (_, condition: string) => {
    const rewritten = condition.replace(/\(\s*([a-z-]+)\s*(?::\s*([a-z-]+)\s*)?\)/gi, (test, name: string, value?: string) => {
      const actual = features[name.toLowerCase()];
      if (actual === undefined) return test;
      const holds = value === undefined ? !['none', 'no-preference'].includes(actual) : value.toLowerCase() === actual;
      return holds ? ALWAYS : NEVER;
    });
    return `@media${rewritten}{`;
  });
}
