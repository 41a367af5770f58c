// Issue 16, "How to test it here": course pages whose HTML went through the
// Moodle filter's rewriter (`php test/php/rewrite.php`, the class the filter
// calls), loaded in Chromium with dist/assent.js. The script runs with
// data-embeds="off", so only what the server rewrote is gated: an iframe the
// rewriter missed would load, and its request would be counted. Playwright
// records every request; every host but the local server gets an empty 204.
// Needs a fresh `npm run build` and php (scripts/ensure-php.mjs).
// Run: node --test test/node/moodle-filter.test.mjs
/* global document -- these functions run inside the page (page.evaluate) */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../../scripts/chromium.mjs';
import { startPageServer } from './lib/page-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const FIXTURES = join(ROOT, 'test', 'php', 'fixtures');
/** The providers and their CDNs, any subdomain. */
const PROVIDER_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|googlevideo\.com|vimeo\.com|vimeocdn\.com|google\.com|gstatic\.com)$/;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the filter makes of a text: the PHP rewriter, run as Moodle would run it. */
const rewrite = (html) => execFileSync('php', [join(ROOT, 'test', 'php', 'rewrite.php')], { input: html, encoding: 'utf8' });

const fixture = (name) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');

/** A course page as Moodle stores it: what teachers pasted, what the media players print, own-site frames. */
const COURSE = [
  '<h1>Course</h1>',
  fixture('youtube-share-embed'),
  fixture('tinymce-youtube-nocookie'),
  fixture('vimeo-embed-code'),
  fixture('moodle-media-players'),
  fixture('moodle-videojs-youtube'),
  fixture('maps-and-plugins'),
  // Own-site frames stay frames and load (H5P and LTI live on the Moodle site itself).
  '<iframe id="h5p" src="/h5p/embed.php?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Daqz-KE-bpKQ" title="H5P" width="320" height="180"></iframe>',
].join('\n');

const page = (body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moodle course page through filter_assent</title>
<style>iframe, assent-embed { max-width: 320px; }</style>
<script src="/local/assent/dist/assent.js" data-banner="off" data-embeds="off"></script>
</head>
<body>${body}</body>
</html>`;

let server;
let browser;
let origin;
let rewritten;

before(async () => {
  assert.ok(existsSync(join(DIST, 'assent.js')), 'dist/assent.js is missing: run `npm run build` first');
  rewritten = rewrite(COURSE);
  const pages = { '/course': page(rewritten), '/h5p/embed.php': '<!doctype html><p>H5P content</p>' };
  // The whole dist/ folder, as local_assent serves it: assent.js loads its part files from beside itself.
  server = await startPageServer({ distPath: '/local/assent/dist/', pages });
  origin = server.origin;
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
  const requests = [];
  const seen = new Set();
  const record = (request) => {
    if (seen.has(request)) return;
    seen.add(request);
    requests.push(request.url());
  };
  context.on('request', record);
  await context.route('**/*', async (route) => {
    record(route.request());
    if (route.request().url().startsWith(`${origin}/`)) await route.continue();
    else await route.fulfill({ status: 204 });
  });
  const provider = (mark = 0) => requests.slice(mark).filter((url) => !url.startsWith('data:') && PROVIDER_HOST.test(new URL(url).hostname));
  return { context, requests, provider };
}

/** Each placeholder's id-less description: its title and what it replaced. */
function placeholders(tab) {
  return tab.evaluate(() =>
    [...document.querySelectorAll('assent-embed')].map((embed) => ({
      src: embed.getAttribute('src'),
      title: embed.getAttribute('title'),
      gated: embed.getAttribute('data-assent-gated'),
      ready: Boolean(embed.shadowRoot?.querySelector('.placeholder')),
      error: Boolean(embed.shadowRoot?.querySelector('.placeholder.error')),
    })),
  );
}

describe('Moodle course pages through filter_assent', () => {
  test('the rewritten page holds no live provider URL, and the rewriter is idempotent on it', () => {
    const gated = rewritten.match(/data-assent-src="/g)?.length ?? 0;
    assert.equal(gated, 12, 'every provider embed of the fixtures became <iframe data-assent-src>');
    assert.doesNotMatch(rewritten, /<(iframe|embed)\b[^>]*\ssrc="(https?:)?\/\/[^/"]*(youtube|vimeo|google)\.com/i);
    assert.doesNotMatch(rewritten, /<video\b[^>]*data-setup-lazy="[^"]*youtube/i);
    assert.equal(rewrite(rewritten), rewritten);
  });

  test('0 requests to any provider before a click, every embed a placeholder, own-site frames untouched', async () => {
    const { context, requests, provider } = await newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/course`);
      await tab.waitForFunction(() => {
        const embeds = [...document.querySelectorAll('assent-embed')];
        return embeds.length > 0 && embeds.every((embed) => embed.shadowRoot?.querySelector('.placeholder'));
      });
      const shown = await placeholders(tab);
      assert.equal(shown.length, 12, 'one placeholder per rewritten embed');
      assert.ok(shown.every((p) => p.ready && p.gated === 'data-assent-src'), JSON.stringify(shown));
      // Every rewritten URL is one assent can load after a click, but for one: assent's Maps provider
      // refuses the empty `t=` of Google's classic embed code (src/providers/maps.ts, pick()), so that map
      // shows the error placeholder. Gated all the same; it just cannot be loaded.
      const errors = shown.filter((p) => p.error).map((p) => p.src);
      assert.ok(errors.every((src) => src.startsWith('https://maps.google.com/maps?q=Berlin&t=&')), JSON.stringify(errors));
      // A real title is kept; YouTube's generic "YouTube video player" gives way to the page's own words
      // or to "Embedded content from YouTube" (the gate's title rule, README "Click-to-load embeds").
      assert.ok(shown.some((p) => p.title === 'The New Vimeo Player'), JSON.stringify(shown.map((p) => p.title)));
      assert.ok(!shown.some((p) => p.title === 'YouTube video player'), JSON.stringify(shown.map((p) => p.title)));

      // Hover and focus every control, as a learner reading the page would.
      for (const control of await tab.locator('assent-embed').locator('button, a').all()) {
        await control.hover();
        await control.focus();
      }
      await sleep(500);
      assert.deepEqual(provider(), [], 'no request to YouTube, Vimeo or Google');
      const frames = await tab.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.id || f.getAttribute('src')));
      assert.deepEqual(frames, ['h5p'], 'the only iframe left in the page is the own-site H5P frame');
      assert.ok(requests.some((url) => url.startsWith(`${origin}/h5p/embed.php`)), 'the H5P frame loaded');
    } finally {
      await context.close();
    }
  });

  test('"Load video" / "Load map" loads the privacy-enhanced player of exactly that embed', async () => {
    const { context, requests, provider } = await newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/course`);
      await tab.waitForFunction(() => document.querySelectorAll('assent-embed').length === 12);
      const embeds = tab.locator('assent-embed');
      const cases = [
        // The pasted YouTube share code, the TinyMCE nocookie one, the pasted Vimeo code.
        [0, 'Load video', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?autoplay=1$/],
        [1, 'Load video', /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?start=42&autoplay=1$/],
        [2, 'Load video', /^https:\/\/player\.vimeo\.com\/video\/76979871\?h=8a2b3c4d5e&dnt=1&autoplay=1$/],
        // media_youtube's player with a start time, and media_videojs's YouTube player.
        [3, 'Load video', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?start=90&autoplay=1$/],
        [6, 'Load video', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?start=90&autoplay=1$/],
        // The Google Maps share code, and a Flash-era YouTube <object>.
        [7, 'Load map', /^https:\/\/www\.google\.com\/maps\/embed\?pb=/],
        [9, 'Load video', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?autoplay=1$/],
      ];
      for (const [index, button, expected] of cases) {
        const mark = requests.length;
        await embeds.nth(index).getByRole('button', { name: button }).click();
        const start = Date.now();
        while (provider(mark).length === 0 && Date.now() - start < 5000) await sleep(25);
        await sleep(300);
        const urls = provider(mark);
        assert.equal(urls.length, 1, `embed ${index}: exactly one request, got ${JSON.stringify(urls)}`);
        assert.match(urls[0], expected, `embed ${index}`);
        const player = await embeds.nth(index).evaluate((embed) => embed.shadowRoot?.querySelector('iframe')?.src ?? null);
        assert.match(player ?? '', expected, `embed ${index}: the player is in place`);
      }
      const still = await placeholders(tab);
      assert.equal(still.filter((p) => p.ready).length, 12 - cases.length, 'the embeds not clicked still ask');
    } finally {
      await context.close();
    }
  });
});
