/**
 * Forced colours (Windows contrast themes), simulated in any engine.
 *
 * No engine in this suite can be put into forced-colours mode from a test:
 * the runner's `emulateMedia` passes only colour scheme and reduced motion
 * on to Chromium, and Firefox and WebKit have no emulation at all. So the
 * components' own stylesheets are rewritten to do what the browser does in
 * that mode (CSS Color Adjust 1, "properties affected by forced colors"):
 *
 * - `@media (forced-colors: active)` rules apply (and `prefers-color-scheme`
 *   follows the palette);
 * - every system colour keyword becomes the palette's colour;
 * - on elements whose `forced-color-adjust` is `auto`, an author colour that
 *   is not a system colour (in `color`, `background-color`, the border and
 *   outline colours, …) is replaced by what the browser's own stylesheet
 *   gives, here the palette's text, button, field or link colours (`UA`);
 *   `box-shadow` and non-image backgrounds go; transparency is kept.
 *
 * The styles are read twice, without and with that replacement; an element
 * (or pseudo-element) that sets `forced-color-adjust: none` keeps the first.
 * `--sim-fca` carries that property, since WebKit drops it when parsing.
 */
import { color, composite, contrastRatio, fade, format, NON_TEXT_RATIO, parseColor, WHITE, type Rgba } from './contrast.js';
import {
  applyMedia,
  backgroundsBehind,
  describe,
  drawnBorder,
  elementsOf,
  flatParent,
  isVisible,
  rewriteStyles,
  snapshot,
  type Look,
  type Looks,
  type Pseudo,
} from './inspect.js';

const SYSTEM_COLOURS = [
  'AccentColor',
  'AccentColorText',
  'ActiveText',
  'ButtonBorder',
  'ButtonFace',
  'ButtonText',
  'Canvas',
  'CanvasText',
  'Field',
  'FieldText',
  'GrayText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'VisitedText',
] as const;
type SystemColour = (typeof SYSTEM_COLOURS)[number];

export interface Palette {
  name: string;
  /** What `prefers-color-scheme` matches under it (the lightness of Canvas). */
  scheme: 'light' | 'dark';
  colours: Record<SystemColour, string>;
}

interface ThemeColours {
  background: string;
  text: string;
  hyperlink: string;
  inactive: string;
  selectedBackground: string;
  selectedText: string;
  buttonBackground: string;
  buttonText: string;
}

/** A Windows contrast theme (Settings › Accessibility › Contrast themes) as CSS system colours. */
function windowsTheme(name: string, scheme: 'light' | 'dark', t: ThemeColours): Palette {
  return {
    name,
    scheme,
    colours: {
      Canvas: t.background,
      CanvasText: t.text,
      Field: t.background,
      FieldText: t.text,
      LinkText: t.hyperlink,
      VisitedText: t.hyperlink,
      ActiveText: t.hyperlink,
      GrayText: t.inactive,
      Highlight: t.selectedBackground,
      HighlightText: t.selectedText,
      SelectedItem: t.selectedBackground,
      SelectedItemText: t.selectedText,
      AccentColor: t.selectedBackground,
      AccentColorText: t.selectedText,
      Mark: t.selectedBackground,
      MarkText: t.selectedText,
      ButtonFace: t.buttonBackground,
      ButtonText: t.buttonText,
      ButtonBorder: t.buttonText,
    },
  };
}

/**
 * Two of Windows 11's contrast themes, one dark and one light. In both,
 * buttons have the page's background (so their border is their only edge),
 * and the highlight colour does not go with the plain text colour.
 */
export const PALETTES: Palette[] = [
  windowsTheme('Night sky', 'dark', {
    background: '#000000',
    text: '#ffffff',
    hyperlink: '#8080ff',
    inactive: '#a6a6a6',
    selectedBackground: '#d6b4fd',
    selectedText: '#2b2b2b',
    buttonBackground: '#000000',
    buttonText: '#ffee32',
  }),
  windowsTheme('Desert', 'light', {
    background: '#fffaef',
    text: '#3d3d3d',
    hyperlink: '#1c5e75',
    inactive: '#676767',
    selectedBackground: '#903909',
    selectedText: '#fff5e3',
    buttonBackground: '#fffaef',
    buttonText: '#202020',
  }),
];

/** Whether `value` is one of the palette's colours (what a system colour keyword gives under it). */
export function inPalette(palette: Palette, value: string): boolean {
  const wanted = color(value);
  return Object.values(palette.colours).some((hex) => {
    const c = color(hex);
    return c.r === wanted.r && c.g === wanted.g && c.b === wanted.b && wanted.a === 1;
  });
}

const KEYWORD = new RegExp(`(?<![\\w-])(${[...SYSTEM_COLOURS].sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'gi');
const SYSTEM_VALUE = new RegExp(`^(${SYSTEM_COLOURS.join('|')})$`, 'i');

/** The forced value of each property the browser forces, for a declaration that is not kept. */
const FORCED: Record<string, string> = {
  color: 'var(--sim-color)',
  'background-color': 'var(--sim-bg)',
  'border-top-color': 'var(--sim-border)',
  'border-right-color': 'var(--sim-border)',
  'border-bottom-color': 'var(--sim-border)',
  'border-left-color': 'var(--sim-border)',
  'outline-color': 'var(--sim-outline)',
  'column-rule-color': 'currentcolor',
  'text-decoration-color': 'currentcolor',
  'text-emphasis-color': 'currentcolor',
  'caret-color': 'auto',
  'accent-color': 'auto',
  fill: 'revert',
  stroke: 'revert',
  'box-shadow': 'none',
  'text-shadow': 'none',
  'background-image': 'none',
};

/** Whether forced colours leaves this declared value alone. */
function kept(property: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v || v.includes('var(')) return false;
  if (['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'currentcolor'].includes(v)) return true;
  if (SYSTEM_VALUE.test(v)) return true;
  switch (property) {
    case 'background-color':
      return parseColor(v)?.a === 0;
    case 'background-image':
      return v === 'none' || (v.includes('url(') && !v.includes('gradient('));
    case 'box-shadow':
    case 'text-shadow':
      return v === 'none';
    case 'caret-color':
    case 'accent-color':
      return v === 'auto';
    default:
      return false;
  }
}

/**
 * The browser's own colours in forced-colours mode, as the lowest-priority
 * sheet: text, button, field and link colours, and the values a forced
 * declaration falls back to (`--sim-*`; undefined means the property's
 * initial or inherited value). Transitions are off so that styles read at
 * once are final.
 */
function browserSheet(c: Palette['colours']): string {
  return `
    :host { --sim-color: ${c.CanvasText}; color: ${c.CanvasText}; }
    *, ::before, ::after { --sim-bg: initial; --sim-border: initial; --sim-outline: initial; transition: none !important; animation: none !important; }
    input, select, textarea { --sim-color: ${c.FieldText}; color: ${c.FieldText}; --sim-bg: ${c.Field}; background-color: ${c.Field}; --sim-border: ${c.FieldText}; border-color: ${c.FieldText}; }
    button, input[type=button], input[type=submit], input[type=reset] { --sim-color: ${c.ButtonText}; color: ${c.ButtonText}; --sim-bg: ${c.ButtonFace}; background-color: ${c.ButtonFace}; --sim-border: ${c.ButtonBorder}; border-color: ${c.ButtonBorder}; }
    a:any-link { --sim-color: ${c.LinkText}; color: ${c.LinkText}; }
    dialog { --sim-color: ${c.CanvasText}; color: ${c.CanvasText}; --sim-bg: ${c.Canvas}; background-color: ${c.Canvas}; }
  `;
}

/** A component stylesheet as forced colours under `palette` render it; `force` false keeps author colours (for `forced-color-adjust: none`). */
export function forcedCss(css: string, palette: Palette, force: boolean): string {
  const media = applyMedia(css, { 'forced-colors': 'active', 'prefers-color-scheme': palette.scheme });
  const marked = media.replace(/forced-color-adjust\s*:\s*([a-z-]+)/gi, 'forced-color-adjust: $1; --sim-fca: $1');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(marked);
  const system = (text: string) =>
    text.replace(KEYWORD, (keyword) => palette.colours[SYSTEM_COLOURS.find((name) => name.toLowerCase() === keyword.toLowerCase())!]);
  const serialize = (rules: CSSRuleList): string =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSMediaRule) return `@media ${rule.media.mediaText} {\n${serialize(rule.cssRules)}\n}`;
        if (rule instanceof CSSSupportsRule) return `@supports ${rule.conditionText} {\n${serialize(rule.cssRules)}\n}`;
        if (!(rule instanceof CSSStyleRule)) return rule.cssText;
        const style = rule.style;
        const forced: string[] = [];
        for (let i = 0; force && i < style.length; i++) {
          const property = style[i];
          if (property in FORCED && !kept(property, style.getPropertyValue(property))) {
            forced.push(`${property}: ${FORCED[property]}${style.getPropertyPriority(property) ? ' !important' : ''};`);
          }
        }
        return `${rule.selectorText} { ${system(style.cssText)} ${forced.join(' ')} }`;
      })
      .join('\n');
  return serialize(sheet.cssRules);
}

/**
 * How `host` looks in forced-colours mode under `palette`: its styles read
 * with the rewritten sheets in place (then the originals are back). The
 * canvas behind it is the palette's Canvas.
 */
export function forcedLooks(host: Element, palette: Palette): Looks {
  const canvas: Rgba = color(palette.colours.Canvas);
  const take = (force: boolean) => {
    const restore = rewriteStyles(host, (css) => forcedCss(css, palette, force), browserSheet(palette.colours));
    try {
      return snapshot(host, canvas, true);
    } finally {
      restore();
    }
  };
  const adjusted = take(false);
  const forced = take(true);
  const optedOut = (look: Look | null) => look?.forcedColorAdjust === 'none';
  return {
    of: (element, pseudo = '') => (optedOut(adjusted.of(element, pseudo)) ? adjusted : forced).of(element, pseudo),
    focused: (element) => (optedOut(adjusted.of(element)) ? adjusted : forced).focused(element),
    canvas,
    backplate: true,
  };
}

/** How `host` looks now, without forced colours (for comparison). */
export function normalLooks(host: Element): Looks {
  return snapshot(host, WHITE);
}

/* ---------- checks that only forced colours needs ---------- */

/** Elements and pseudo-elements of the component's shadow roots, with what they render. */
function boxes(host: Element): { element: Element; pseudo: Pseudo }[] {
  return elementsOf(host)
    .filter((element) => element !== host && element.getRootNode() instanceof ShadowRoot && isVisible(element))
    .flatMap((element) => (['', '::before', '::after'] as Pseudo[]).map((pseudo) => ({ element, pseudo })));
}

const REPLACED = new Set(['img', 'iframe', 'video', 'canvas', 'svg', 'input', 'select', 'textarea', 'slot']);

/**
 * Things drawn with a background colour alone (no text, no border: a
 * switch's knob, an icon made of a coloured box) that stand out without
 * forced colours but vanish in them, where backgrounds become the page's.
 */
export function vanishingProblems(host: Element, normal: Looks, forced: Looks): string[] {
  return boxes(host).flatMap(({ element, pseudo }) => {
    const before = normal.of(element, pseudo)!;
    if (pseudo ? ['none', 'normal'].includes(before.content) : REPLACED.has(element.localName) || element.textContent!.trim()) return [];
    if (pseudo && generatedHasText(before.content)) return [];
    const size = pseudo ? [parseFloat(before.width), parseFloat(before.height)] : [element.getBoundingClientRect().width, element.getBoundingClientRect().height];
    if (!(size[0] >= 4 && size[1] >= 4)) return [];
    const behind = (looks: Looks) => (pseudo ? backgroundsBehind(looks, element) : backgroundsBehind(looks, flatParent(element)!));
    const painted = (look: Look, under: Rgba) => {
      const fill = contrastRatio(composite(fade(color(look.backgroundColor), pseudo ? 1 : look.opacity), under), under);
      const border = drawnBorder(look);
      return Math.max(fill, border ? contrastRatio(border, under) : 0);
    };
    const seen = behind(normal).some((under) => painted(before, under) >= 1.5);
    if (!seen) return [];
    const after = forced.of(element, pseudo)!;
    return behind(forced).flatMap((under) => {
      const ratio = painted(after, under);
      return ratio < NON_TEXT_RATIO
        ? [`${describe(element, pseudo)} is drawn only by its colours and fades to ${ratio.toFixed(2)}:1 against ${format(under)}`]
        : [];
    });
  });
}

function generatedHasText(content: string): boolean {
  return /["'][^"']*\S[^"']*["']/.test(content);
}

/**
 * What opts out of forced colours (`forced-color-adjust: none`) must still
 * paint with the palette's colours: an author colour there ignores the
 * person's theme (white on white in a dark one).
 */
export function optOutProblems(host: Element, forced: Looks, palette: Palette): string[] {
  return boxes(host).flatMap(({ element, pseudo }) => {
    const look = forced.of(element, pseudo)!;
    if (look.forcedColorAdjust !== 'none') return [];
    if (pseudo && ['none', 'normal'].includes(look.content)) return [];
    const used: [string, string][] = [['background', look.backgroundColor]];
    if (drawnBorder(look)) used.push(['border', look.borderColor[0]]);
    if (!pseudo && element.textContent!.trim()) used.push(['text', look.color]);
    return used
      .filter(([, value]) => parseColor(value)!.a > 0 && !inPalette(palette, value))
      .map(([what, value]) => `${describe(element, pseudo)} opts out of forced colours but paints its ${what} ${format(color(value))}, not a system colour`);
  });
}
