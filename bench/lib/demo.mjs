/**
 * The demo course page (demo/index.html) and variants of it made on the fly,
 * served the way scripts/serve.mjs lays it out: demo/ at `/`, dist/ at `/assent/`.
 *
 * - `assent`: the page as it is: the assent tag in <head>, two
 *   `<assent-embed>` and one `<iframe data-assent-src>` placeholders.
 * - `raw`: the same page without assent, each embed written as the
 *   provider's own embed code: YouTube's and Vimeo's share code
 *   (`<iframe src="https://www.youtube.com/embed/ID" width="560" height="315">`,
 *   `<iframe src="https://player.vimeo.com/video/ID" width="640" height="360">`)
 *   and Moodle's media filter output with `src` instead of `data-assent-src`.
 * - `none`: the page without the assent tag and with the embeds left as
 *   they are (unknown elements that render nothing): the page's own cost.
 *
 * Everything else (text, CSS, menu.js, the inert `type="text/plain"`
 * analytics scripts, the "Cookie settings" links) is the same in all three.
 */
import { fileURLToPath } from 'node:url';
import { renderDemoPage } from '../../scripts/demo-pages.mjs';

export const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const mounts = { '/assent/': DIST, '/': DEMO };

const TAG = /\s*<script src="\/assent\/assent\.js"[^>]*><\/script>/;
const YOUTUBE = /<assent-embed src="https:\/\/www\.youtube\.com\/watch\?v=([\w-]+)" title="([^"]*)"><\/assent-embed>/g;
const VIMEO = /<assent-embed src="https:\/\/vimeo\.com\/(\d+)" title="([^"]*)"><\/assent-embed>/g;
const GATED_IFRAME = /<iframe data-assent-src=/g;

const replaceAll = (html, pattern, by) => {
  const out = html.replace(pattern, by);
  if (out === html) throw new Error(`bench: demo/index.html no longer matches ${pattern}; update bench/lib/demo.mjs`);
  return out;
};

export function demoPages() {
  const assent = renderDemoPage(`${DEMO}index.html`); // with its partials (demo/partials/) filled in
  const none = replaceAll(assent, TAG, '');
  let raw = replaceAll(
    none,
    YOUTUBE,
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/$1" title="$2" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>',
  );
  raw = replaceAll(
    raw,
    VIMEO,
    '<iframe src="https://player.vimeo.com/video/$1" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" title="$2"></iframe>',
  );
  raw = replaceAll(raw, GATED_IFRAME, '<iframe src=');
  return { assent, raw, none };
}
