/**
 * 100 video embeds on one page: `<assent-embed>` (dist/assent.js) beside
 * `<lite-youtube>` (lite-youtube-embed, a dev dependency kept for this
 * comparison only), in Debian's Chromium driven by playwright-core.
 *
 *   npm run build && node bench/embeds-100.mjs            (prints the table)
 *   node bench/embeds-100.mjs --write                     (also updates bench/RESULTS.md)
 *   EMBEDS_RUNS=9 node bench/embeds-100.mjs      (RUNS= works too)
 *
 * For each page, EMBEDS_RUNS loads (15 by default), alternating the two, each in a
 * fresh browser context (empty cache), and the median of:
 *   - rendered: performance.now() (from navigation start) of the first
 *     animation frame in which all 100 elements have their placeholder DOM
 *     (`<assent-embed>`: `.placeholder` in its shadow root; `<lite-youtube>`:
 *     its play button), measured in the page;
 *   - CLS: the sum of 'layout-shift' entries without recent input, read 1.5 s
 *     after that frame;
 *   - third-party requests: every request to a host other than the local
 *     server, answered locally with an empty 204 (nothing leaves the machine),
 *     counted up to that moment.
 * Both pages, and the scripts, are served gzip-compressed from 127.0.0.1. Both pages get the same viewport, the same 720 px column and the same
 * 100 video ids. The widget runs with `data-banner="off"` so that only the
 * embeds are measured.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keepLocal, launch } from './lib/browser.mjs';
import { DIST } from './lib/demo.mjs';
import { isMain, main } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { median } from './lib/stats.mjs';

const RUNS = Number(process.env.EMBEDS_RUNS || process.env.RUNS || 15);
const COUNT = 100;
const LITE = fileURLToPath(new URL('../node_modules/lite-youtube-embed/', import.meta.url));
const LITE_VERSION = JSON.parse(readFileSync(`${LITE}package.json`, 'utf8')).version;

/** 100 distinct, well-formed YouTube ids, the same for both pages. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ids = Array.from({ length: COUNT }, (_, i) => `aqz-KE-bp${ALPHABET[Math.floor(i / 64)]}${ALPHABET[i % 64]}`);

/**
 * Runs first in <head>: watches layout shifts and, every animation frame,
 * whether all elements are rendered.
 */
const probe = (selector, ready) => `<script>
  window.__bench = { rendered: null, cls: 0, shifts: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__bench.cls += entry.value;
      window.__bench.shifts++;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const all = document.querySelectorAll(${JSON.stringify(selector)});
    if (all.length === ${COUNT} && Array.prototype.every.call(all, (el) => ${ready})) window.__bench.rendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script>`;

const page = (head, items) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>100 embeds</title>
<style>body { font-family: system-ui, sans-serif; margin: 0; } main { max-width: 720px; margin: 0 auto; padding: 1rem; }</style>
${head}
</head>
<body>
<main>
<h1>Course: 100 videos</h1>
${items.join('\n')}
</main>
</body>
</html>`;

const pages = {
  '/assent.html': page(
    probe('assent-embed', "el.shadowRoot !== null && el.shadowRoot.querySelector('.placeholder') !== null") +
      '\n<script src="/assent/assent.js" data-banner="off"></script>',
    ids.map((id, i) => `<p>Lesson ${i + 1}</p>\n<assent-embed src="https://www.youtube.com/watch?v=${id}" title="Video ${i + 1}"></assent-embed>`),
  ),
  '/lite.html': page(
    probe('lite-youtube', "el.querySelector('.lty-playbtn') !== null") +
      '\n<link rel="stylesheet" href="/lite/lite-yt-embed.css">\n<script src="/lite/lite-yt-embed.js"></script>',
    ids.map((id, i) => `<p>Lesson ${i + 1}</p>\n<lite-youtube videoid="${id}" playlabel="Play: Video ${i + 1}" title="Video ${i + 1}"></lite-youtube>`),
  ),
};
const LABELS = {
  '/assent.html': `${COUNT} × <assent-embed> (dist/assent.js)`,
  '/lite.html': `${COUNT} × <lite-youtube> (lite-youtube-embed ${LITE_VERSION})`,
};

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const thirdParty = await keepLocal(context, new URL(url).origin);
  try {
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction('window.__bench.rendered !== null', null, { timeout: 30_000 });
    await tab.waitForTimeout(1500);
    const result = await tab.evaluate('window.__bench');
    return { ...result, requests: thirdParty.length, hosts: [...new Set(thirdParty.map((u) => new URL(u).hostname))] };
  } finally {
    await context.close();
  }
}

export async function run() {
  const server = await serve({ pages, mounts: { '/assent/': DIST, '/lite/': `${LITE}src/` } });
  const browser = await launch();
  const samples = Object.fromEntries(Object.keys(pages).map((path) => [path, []]));
  try {
    // Alternating, so drift in the machine's load hits both alike.
    for (let i = 0; i < RUNS; i++) for (const path of Object.keys(samples)) samples[path].push(await measure(browser, server.origin + path));
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = Object.entries(samples).map(([path, runs]) => ({
    page: LABELS[path],
    rendered: median(runs.map((r) => r.rendered)),
    range: [Math.min(...runs.map((r) => r.rendered)), Math.max(...runs.map((r) => r.rendered))],
    cls: median(runs.map((r) => r.cls)),
    requests: median(runs.map((r) => r.requests)),
    hosts: [...new Set(runs.flatMap((r) => r.hosts))].sort(),
  }));
  const fmt = (value) => `${value.toFixed(0)} ms`;
  const table = rows.map((r) => ({
    page: r.page,
    'all rendered': fmt(r.rendered),
    'min–max': `${fmt(r.range[0])}–${fmt(r.range[1])}`,
    CLS: r.cls.toFixed(4),
    'third-party requests': r.requests,
    hosts: r.hosts.join(' ') || '–',
  }));
  const text = `\`node bench/embeds-100.mjs\`: median of ${RUNS} loads each, alternating, each in a fresh browser context; viewport 1280 × 720,
one 720 px column; the same ${COUNT} YouTube ids; served from 127.0.0.1 with gzip.
Third-party requests were answered locally with an empty 204, so nothing left the machine (and no thumbnail ever arrived).

| page | all ${COUNT} rendered (from navigation start) | min–max | CLS | third-party requests | hosts |
| --- | ---: | ---: | ---: | ---: | --- |
${rows.map((r) => `| ${r.page.replace(/</g, '&lt;')} | ${fmt(r.rendered)} | ${fmt(r.range[0])}–${fmt(r.range[1])} | ${r.cls.toFixed(4)} | ${r.requests} | ${r.hosts.join(', ') || '–'} |`).join('\n')}

"Rendered" is the first animation frame in which every element has its placeholder DOM (\`.placeholder\` in the shadow root of
\`<assent-embed>\`; the play button of \`<lite-youtube>\`), timed in the page with \`performance.now()\`. CLS sums the
\`layout-shift\` entries up to 1.5 s after that frame. The lite-youtube-embed requests are its thumbnails
(\`hqdefault.jpg\` at once, \`sddefault.webp\` 100 ms later, for every element, in view or not); it also adds
\`preconnect\` links to YouTube, Google and DoubleClick on the first hover or focus, which no request counter sees and
this bench does not trigger. \`<assent-embed>\` makes no third-party request before a click.
On a machine this small the render times of one load vary by 100 ms and more (see min–max), so a difference of that
order between the two medians is noise, not a result.`;
  return { title: '100 embeds', table, text };
}

if (isMain(import.meta.url)) await main(run);
