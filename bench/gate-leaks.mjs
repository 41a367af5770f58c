/**
 * How often does a raw provider iframe's request escape the head script's
 * gate (`data-embeds="auto"`)? Loads pages of several shapes in Debian's
 * Chromium with request interception and counts every request started to a
 * provider host before or despite the gate, next to the guaranteed path
 * (`<iframe data-assent-src>`), which must stay at zero.
 *
 *   node bench/gate-leaks.mjs            (20 loads per shape)
 *   RUNS=50 node bench/gate-leaks.mjs
 *
 * The gate under test is bundled from src/ (provider registry, <assent-embed>
 * and IframeGate only) into a classic script placed in <head>, as a site
 * would place dist/assent.js. A request counts as escaped when Chromium
 * started it, even if the gate detached the iframe a moment later: by then
 * the provider may already have the IP address.
 */
import { build } from 'esbuild';
import http from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.RUNS || 20);
const PROVIDER_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|googlevideo\.com|vimeo\.com|vimeocdn\.com|google\.com)$/;

const entry = `
  import { AssentEmbed } from './src/components/assent-embed/assent-embed.ts';
  import { IframeGate } from './src/gate/iframe-gate.ts';
  import { registerBuiltInProviders } from './src/providers/registry.ts';
  registerBuiltInProviders();
  AssentEmbed.define('assent-embed');
  new IframeGate({ mode: 'auto' }).observe();
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].contents;

// What Moodle's media players print (FINDINGS.md), and course text around it.
const youtube = (i) =>
  `<span class="mediaplugin mediaplugin_youtube"><iframe title="Video ${i}" width="400" height="300" style="border:0;" src="https://www.youtube.com/embed/aqz-KE-bpK${'ABCDEFGHIJ'[i % 10]}?rel=0&amp;wmode=transparent" allow="fullscreen"></iframe></span>`;
const vimeo = (i) =>
  `<span class="mediaplugin mediaplugin_vimeo"><iframe title="Video ${i}" width="640" height="360" style="border:0;" src="https://player.vimeo.com/video/7697987${i % 10}" allow="fullscreen" loading="lazy"></iframe></span>`;
const explicit = (i) => `<iframe data-assent-src="https://www.youtube.com/embed/aqz-KE-bpKQ" title="Video ${i}" width="400" height="300"></iframe>`;
const text = (n) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the course. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>`).join('\n');
const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title><script src="/assent.js"></script></head><body>';
const spread = (embed) => Array.from({ length: 10 }, (_, i) => text(30) + embed(i));

/** Each shape is a list of chunks; the server pauses 30 ms between chunks, as a streaming server would. */
const shapes = {
  'raw iframe first in body': [head + youtube(0) + text(50) + '</body></html>'],
  'raw iframe after 20 KB of text': [head + text(130) + youtube(1) + text(20) + '</body></html>'],
  '10 raw iframes (YouTube, Vimeo) spread': [head + spread((i) => (i % 2 ? vimeo(i) : youtube(i))).join('') + '</body></html>'],
  'raw iframe first in body, streamed': [head, youtube(0) + text(50), '</body></html>'],
  '10 raw iframes spread, streamed': [head, ...spread((i) => (i % 2 ? vimeo(i) : youtube(i))), '</body></html>'],
  '10 data-assent-src iframes (guaranteed path)': [head, ...spread(explicit), '</body></html>'],
};

const server = http.createServer(async (request, response) => {
  if (request.url === '/assent.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(script);
    return;
  }
  const chunks = shapes[decodeURIComponent(request.url.slice(1))];
  if (!chunks) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  for (const [i, chunk] of chunks.entries()) {
    response.write(chunk);
    if (i < chunks.length - 1) await new Promise((resolve) => setTimeout(resolve, 30));
  }
  response.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({ executablePath: CHROME, args: CHROME_FLAGS });
const version = await browser.version();
const rows = [];
try {
  for (const [name, chunks] of Object.entries(shapes)) {
    const perPage = (chunks.join('').match(/<iframe/g) ?? []).length;
    let leakingLoads = 0;
    let leaked = 0;
    let placeholders = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setRequestInterception(true);
      let count = 0;
      page.on('request', (request) => {
        if (PROVIDER_HOST.test(new URL(request.url()).hostname)) {
          count++;
          void request.abort();
        } else {
          void request.continue();
        }
      });
      await page.goto(`http://127.0.0.1:${port}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      placeholders += await page.$$eval('assent-embed', (found) => found.length);
      if (count > 0) leakingLoads++;
      leaked += count;
      await context.close();
    }
    rows.push({
      page: name,
      'iframes per page': perPage,
      'loads with a leak': `${leakingLoads} / ${RUNS}`,
      'requests escaped': `${leaked} / ${perPage * RUNS}`,
      placeholders: `${placeholders} / ${perPage * RUNS}`,
    });
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${version}, ${RUNS} loads per page`);
console.table(rows);
