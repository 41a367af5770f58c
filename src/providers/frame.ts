/**
 * DOM-free presentation rules of an embed: its box and its poster. Kept apart
 * from the element so they can be tested alone.
 */
import { hasControlCharacter, hasCredentials, isWebScheme, toUrl } from './util.js';

export interface FrameSize {
  /** CSS `aspect-ratio`, e.g. `16 / 9`. */
  ratio: string;
  /** CSS width (`560px`, `100%`), or null to fill the line. */
  width: string | null;
}

const PIXELS = /^\s*(\d{1,5}(?:\.\d{1,3})?)\s*(?:px)?\s*$/i;
const PERCENT = /^\s*(\d{1,3}(?:\.\d{1,3})?)\s*%\s*$/;
const MAX_PIXELS = 10000;

function pixels(value: string | null | undefined): number | null {
  const found = value == null ? null : PIXELS.exec(value);
  const n = found ? Number(found[1]) : NaN;
  return n > 0 && n <= MAX_PIXELS ? n : null;
}

/**
 * The box of an embed from its `width` and `height` attributes, as an iframe
 * with the same attributes would have it (so replacing one shifts nothing):
 * both in pixels give the aspect ratio and the width; a width alone keeps the
 * provider's ratio. Anything that is not a plain number or percentage is ignored.
 */
export function frameSize(width: string | null | undefined, height: string | null | undefined, providerRatio = '16 / 9'): FrameSize {
  const w = pixels(width);
  const h = pixels(height);
  const percent = width == null ? null : PERCENT.exec(width);
  return {
    ratio: w !== null && h !== null ? `${w} / ${h}` : providerRatio,
    width: w !== null ? `${w}px` : percent && Number(percent[1]) > 0 && Number(percent[1]) <= 100 ? `${Number(percent[1])}%` : null,
  };
}

/** Image types a `data:` poster may have. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)(?:;base64)?,/i;

/**
 * The poster URL to show, or null. A poster must be self-hosted: the page's
 * own origin (a Moodle `pluginfile.php` URL, for example) or an inline
 * `data:image/...`. A thumbnail on the provider's CDN would reach the provider
 * before consent, so any other origin is refused, as is every other scheme.
 */
export function posterUrl(value: string | null | undefined, pageUrl: string): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (text === '' || text.length > 100_000 || hasControlCharacter(text)) return null;
  if (DATA_IMAGE.test(text)) return text;
  const page = toUrl(pageUrl);
  const url = page && toUrl(text, page);
  return page && url && isWebScheme(url) && url.origin === page.origin && !hasCredentials(url) ? url.href : null;
}
