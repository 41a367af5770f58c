/**
 * WCAG 2.x contrast, as pure functions on CSS colour strings: no DOM here,
 * so `contrast.test.ts` checks it against known values.
 *
 * Relative luminance and contrast ratio are the definitions of WCAG 2.2
 * (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance), with the sRGB
 * threshold 0.04045; WCAG's older 0.03928 gives the same result for every
 * 8-bit channel value.
 */

/** A colour with channels 0 to 255 and alpha 0 to 1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** WCAG 1.4.3 (AA): normal text. */
export const TEXT_RATIO = 4.5;
/** WCAG 1.4.3 (AA): large text, and 1.4.11 (AA): non-text contrast. */
export const LARGE_TEXT_RATIO = 3;
export const NON_TEXT_RATIO = 3;

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const channel = `(${number})(%?)`;
const FUNCTION = new RegExp(
  String.raw`^(?:rgba?\(\s*${channel}\s*[,\s]\s*${channel}\s*[,\s]\s*${channel}\s*(?:[,/]\s*${channel}\s*)?\)` +
    String.raw`|color\(\s*srgb\s+${channel}\s+${channel}\s+${channel}\s*(?:/\s*${channel}\s*)?\))$`,
  'i',
);

/**
 * Parses what `getComputedStyle` gives for a colour: `rgb()`, `rgba()` (comma
 * or space syntax), `color(srgb …)`, `#rgb[a]`, `#rrggbb[aa]` and
 * `transparent`. Anything else (a keyword, another colour space) is null.
 */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(value);
  if (hex) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../g)!;
    const [r, g, b, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return { r, g, b, a: a / 255 };
  }
  const match = FUNCTION.exec(value);
  if (!match) return null;
  const srgb = value.startsWith('color');
  const groups = srgb ? match.slice(9) : match.slice(1, 9);
  const part = (i: number, scale: number) => {
    const [n, percent] = [groups[i * 2], groups[i * 2 + 1]];
    if (n === undefined) return undefined;
    return percent ? (parseFloat(n) / 100) * scale : parseFloat(n) * (srgb && scale === 255 ? 255 : 1);
  };
  const alpha = part(3, 1);
  return clamp({ r: part(0, 255)!, g: part(1, 255)!, b: part(2, 255)!, a: alpha ?? 1 });
}

/** `parseColor`, but throws on what it cannot read, naming it. */
export function color(text: string): Rgba {
  const parsed = parseColor(text);
  if (!parsed) throw new Error(`not a colour this module reads: "${text}"`);
  return parsed;
}

function clamp({ r, g, b, a }: Rgba): Rgba {
  const c = (v: number, max: number) => Math.min(max, Math.max(0, v));
  return { r: c(r, 255), g: c(g, 255), b: c(b, 255), a: c(a, 1) };
}

/** `top` painted over `bottom` (source-over, in sRGB as browsers blend); the result is as opaque as the two together. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** The colour with its alpha multiplied by `opacity` (an element's `opacity`). */
export function fade(colour: Rgba, opacity: number): Rgba {
  return { ...colour, a: colour.a * opacity };
}

/** WCAG relative luminance of an opaque colour (alpha is ignored: composite first). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG contrast ratio, 1 to 21. A translucent `foreground` is first painted
 * over `background`, which must be opaque.
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  if (background.a < 1) throw new Error(`the background must be opaque, got ${format(background)}`);
  const l1 = relativeLuminance(composite(foreground, background));
  const l2 = relativeLuminance(background);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/**
 * WCAG "large scale" text: at least 18 pt (24 CSS px), or 14 pt (18.67 CSS
 * px) and bold (700 or more).
 */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}

/** The ratio WCAG 1.4.3 (AA) asks of text of this size and weight. */
export function requiredTextRatio(fontSizePx: number, fontWeight: number): number {
  return isLargeText(fontSizePx, fontWeight) ? LARGE_TEXT_RATIO : TEXT_RATIO;
}

/** `#rrggbb` (or `#rrggbbaa` when translucent), for messages. */
export function format({ r, g, b, a }: Rgba): string {
  const hex = (v: number) => Math.round(v).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}${a < 1 ? hex(a * 255) : ''}`;
}
