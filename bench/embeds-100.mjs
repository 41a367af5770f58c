/**
 * 100 video embeds on one page: `<assent-embed>` (dist/assent.js) beside
 * `<lite-youtube>` (lite-youtube-embed, a dev dependency kept for this
 * comparison only), in Debian's Chromium driven by playwright-core.
 *
 *   npm run build && node bench/embeds-100.mjs            (prints the table)
 *   node bench/embeds-100.mjs --write                     (also updates bench/RESULTS.md)
 *   RUNS=9 node bench/embeds-100.mjs
 *
 * For each page, RUNS loads (5 by default), alternating the two, each in a
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
 * Both pages get the same viewport, the same 720 px column and the same
 * 100 video ids. The widget runs with `data-banner="off"` so that only the
 * embeds are measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS || 5);
const COUNT = 100;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const WRITE = process.argv.includes('--write');
const file = (path) => fileURLToPath(new URL(path, import.meta.url));
const RESULTS = file('./RESULTS.md');

const files = {
  '/assent.js': [file('../dist/assent.js'), 'text/javascript'],
  '/lite-yt-embed.js': [file('../node_modules/lite-youtube-embed/src/lite-yt-embed.js'), 'text/javascript'],
  '/lite-yt-embed.css': [file('../node_modules/lite-youtube-embed/src/lite-yt-embed.css'), 'text/css'],
};
for (const [path] of Object.values(files)) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm install\` and \`npm run build\` first`);
}

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
  assent: page(
    probe('assent-embed', "el.shadowRoot !== null && el.shadowRoot.querySelector('.placeholder') !== null") +
      '\n<script src="/assent.js" data-banner="off"></script>',
    ids.map((id, i) => `<p>Lesson ${i + 1}</p>\n<assent-embed src="https://www.youtube.com/watch?v=${id}" title="Video ${i + 1}"></assent-embed>`),
  ),
  lite: page(
    probe('lite-youtube', "el.querySelector('.lty-playbtn') !== null") +
      '\n<link rel="stylesheet" href="/lite-yt-embed.css">\n<script src="/lite-yt-embed.js"></script>',
    ids.map((id, i) => `<p>Lesson ${i + 1}</p>\n<lite-youtube videoid="${id}" playlabel="Play: Video ${i + 1}" title="Video ${i + 1}"></lite-youtube>`),
  ),
};

const server = http.createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const served = files[path];
  if (served) {
    response.writeHead(200, { 'content-type': `${served[1]}; charset=utf-8`, 'cache-control': 'no-store' });
    response.end(readFileSync(served[0]));
  } else if (pages[path.slice(1)]) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(pages[path.slice(1)]);
  } else {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function measure(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const thirdParty = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    thirdParty.push(url);
    return route.fulfill({ status: 204 });
  });
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/${name}`, { waitUntil: 'load' });
    await tab.waitForFunction('window.__bench.rendered !== null', null, { timeout: 30_000 });
    await tab.waitForTimeout(1500);
    const result = await tab.evaluate('window.__bench');
    return { ...result, requests: thirdParty.length, hosts: [...new Set(thirdParty.map((url) => new URL(url).hostname))] };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const samples = { assent: [], lite: [] };
let version;
try {
  version = browser.version();
  // Alternating, so drift in the machine's load hits both alike.
  for (let run = 0; run < RUNS; run++) for (const name of Object.keys(samples)) samples[name].push(await measure(name));
} finally {
  await browser.close();
  server.close();
}

const label = { assent: `${COUNT} × <assent-embed> (dist/assent.js)`, lite: `${COUNT} × <lite-youtube> (lite-youtube-embed ${JSON.parse(readFileSync(file('../node_modules/lite-youtube-embed/package.json'), 'utf8')).version})` };
const rows = Object.entries(samples).map(([name, runs]) => ({
  page: label[name],
  rendered: median(runs.map((r) => r.rendered)),
  range: [Math.min(...runs.map((r) => r.rendered)), Math.max(...runs.map((r) => r.rendered))],
  cls: median(runs.map((r) => r.cls)),
  requests: median(runs.map((r) => r.requests)),
  hosts: [...new Set(runs.flatMap((r) => r.hosts))].sort(),
}));

let cpus;
try {
  cpus = execFileSync('nproc', { encoding: 'utf8' }).trim();
} catch {
  cpus = String(availableParallelism());
}
const date = new Date().toISOString().slice(0, 10);
const fmt = (ms) => `${ms.toFixed(0)} ms`;

console.log(`${version}, nproc ${cpus}, ${RUNS} runs each, medians`);
console.table(
  rows.map((r) => ({
    page: r.page,
    'all rendered': fmt(r.rendered),
    'min–max': `${fmt(r.range[0])}–${fmt(r.range[1])}`,
    CLS: r.cls.toFixed(4),
    'third-party requests': r.requests,
    hosts: r.hosts.join(' ') || '–',
  })),
);

const section = `## 100 embeds

${date}, \`node bench/embeds-100.mjs\`: Chromium ${version} (Debian, headless, playwright-core), \`nproc\` ${cpus}, Node ${process.version}.
Median of ${RUNS} loads each, alternating, each in a fresh browser context; viewport 1280 × 720, one 720 px column; the same ${COUNT} YouTube ids.
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
order between the two medians is noise, not a result; \`RUNS=15\` narrows it.
`;

console.log(`\n${section}`);
if (WRITE) {
  const before = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Bench results\n';
  const pattern = /## 100 embeds\n[\s\S]*?(?=\n## |$)/;
  const after = pattern.test(before) ? before.replace(pattern, section) : `${before.trimEnd()}\n\n${section}`;
  writeFileSync(RESULTS, after);
  console.log(`updated ${RESULTS}`);
}
