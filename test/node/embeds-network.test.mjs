// Issue 4, "Done when": every request a page makes, recorded by the browser
// itself. Playwright-core drives Debian's Chromium; context.route('**/*')
// lets requests to the local test server through and answers every other
// host with an empty 204 (nothing leaves the machine), recording each URL.
// Needs a fresh `npm run build` (serves dist/assent.js).
// Run: node --test test/node/
/* global document, location -- these functions run inside the page (page.evaluate) */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../../scripts/chromium.mjs';
import { startPageServer } from './lib/page-server.mjs';

/** The providers and their CDNs, any subdomain. */
const PROVIDER_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|googlevideo\.com|vimeo\.com|vimeocdn\.com|google\.com)$/;
const LEAK_RUNS = 10;
const DAY = 86_400;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- pages

const LIST = 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG';
const MAP = 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2427.0!2d13.37!3d52.51!2m3!1f0!2f0!3f0';

/** Small boxes, so every player is in the viewport and no `loading=lazy` waits. */
const EMBEDS = `
<main>
<h1>Course</h1>
<assent-embed id="yt1" width="320" height="180" src="https://www.youtube.com/watch?v=aqz-KE-bpKQ&amp;t=1m30s&amp;list=${LIST}" title="Big Buck Bunny"></assent-embed>
<assent-embed id="yt2" width="320" height="180" src="https://youtu.be/dQw4w9WgXcQ?t=42" title="Second video"></assent-embed>
<assent-embed id="vimeo" width="320" height="180" src="https://vimeo.com/76979871/8A2B3C4D5E#t=30" title="Unlisted Vimeo"></assent-embed>
<assent-embed id="map" width="320" height="180" src="${MAP}" title="Campus map"></assent-embed>
<iframe id="server" width="320" height="180" data-assent-src="https://www.youtube.com/embed/M7lc1UVf-VE?start=30&amp;rel=0" title="Server-rendered"></iframe>
<iframe id="server-vimeo" width="320" height="180" data-assent-src="https://player.vimeo.com/video/22439234?h=0123456789" title="Server-rendered Vimeo"></iframe>
</main>`;

/** What Moodle's media players print, left raw for `data-embeds="auto"`. */
const RAW = `
<main>
<span class="mediaplugin mediaplugin_youtube"><iframe id="raw1" title="Raw 1" width="400" height="300" style="border:0;" src="https://www.youtube.com/embed/aqz-KE-bpKQ?rel=0&amp;wmode=transparent" allow="fullscreen"></iframe></span>
${'<p>Course text. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>\n'.repeat(60)}
<span class="mediaplugin mediaplugin_youtube"><iframe id="raw2" title="Raw 2" width="400" height="300" style="border:0;" src="https://www.youtube.com/embed/videoseries?list=${LIST}" allow="fullscreen"></iframe></span>
<span class="mediaplugin mediaplugin_vimeo"><iframe id="raw3" title="Raw 3" width="640" height="360" style="border:0;" src="https://player.vimeo.com/video/76979871?h=8a2b3c4d5e" allow="fullscreen"></iframe></span>
</main>`;

const page = (attrs, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>assent network test</title>
<script src="/dist/assent.js"${attrs}></script>
</head>
<body>${body}</body>
</html>`;

const PAGES = {
  '/embeds': page(' data-banner="off"', EMBEDS),
  '/raw': page(' data-banner="off" data-embeds="auto"', RAW),
};

// ---------------------------------------------------------------- harness

let server;
let browser;
let origin;

/** Every request of one browser context, in order, with the page it came from. */
function recorder(context) {
  const requests = [];
  const seen = new Set();
  const record = (request) => {
    if (seen.has(request)) return;
    seen.add(request);
    let from = null;
    try {
      from = request.frame().page();
    } catch {
      // A worker's request has no frame.
    }
    requests.push({ url: request.url(), page: from });
  };
  // Both, so a request the router never saw would still be counted.
  context.on('request', record);
  return {
    requests,
    record,
    /** URLs to a provider host since `mark`, optionally of one page only. */
    provider(mark = 0, of = null) {
      return requests
        .slice(mark)
        .filter((r) => (of === null || r.page === of) && PROVIDER_HOST.test(new URL(r.url).hostname))
        .map((r) => r.url);
    },
    /** URLs to any host but the test server since `mark`. */
    thirdParty(mark = 0) {
      return requests
        .slice(mark)
        .filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('data:'))
        .map((r) => r.url);
    },
  };
}

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
  const log = recorder(context);
  await context.route('**/*', async (route) => {
    const request = route.request();
    log.record(request);
    if (request.url().startsWith(`${origin}/`)) await route.continue();
    else await route.fulfill({ status: 204 });
  });
  return { context, log };
}

/** Waits until every `<assent-embed>` shows its placeholder; returns how many there are. */
async function placeholders(tab) {
  await tab.waitForFunction(() => {
    const embeds = [...document.querySelectorAll('assent-embed')];
    return embeds.length > 0 && embeds.every((e) => e.shadowRoot?.querySelector('.placeholder'));
  });
  return tab.evaluate(() => document.querySelectorAll('assent-embed').length);
}

/** The `src` of the player inside each embed, by id (null for a placeholder). */
function players(tab) {
  return tab.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('assent-embed')].map((e) => [e.id, e.shadowRoot?.querySelector('iframe')?.src ?? null]),
    ),
  );
}

/** Iframes, and preconnect-like links and images to another origin, anywhere, shadow roots included (the widget preloads its own parts). */
function strayElements(tab) {
  return tab.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'iframe') found.push(`iframe ${el.getAttribute('src') ?? ''}`);
        if (el.localName === 'link' && /preconnect|dns-prefetch|prefetch|preload/i.test(el.rel) && new URL(el.href).origin !== location.origin)
          found.push(`link ${el.rel} ${el.href}`);
        if (el.localName === 'img' && el.src && new URL(el.src).origin !== location.origin) found.push(`img ${el.src}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

/** Polls until `check()` is true; fails with `message`. */
async function until(check, message, timeout = 5000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) assert.fail(`timed out: ${message}`);
    await sleep(25);
  }
}

const sorted = (list) => [...list].sort();

before(async () => {
  server = await startPageServer({ pages: PAGES });
  origin = server.origin;
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// ---------------------------------------------------------------- tests

describe('embeds on the network', () => {
  test('nothing reaches a provider before a click, even after hovering and focusing every placeholder', async () => {
    const { context, log } = await newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/embeds`);
      assert.equal(await placeholders(tab), 6, 'four elements and two data-assent-src iframes became placeholders');
      const gated = await tab.evaluate(() => [...document.querySelectorAll('[data-assent-gated]')].map((e) => `${e.localName}#${e.id}`));
      assert.deepEqual(gated, ['assent-embed#server', 'assent-embed#server-vimeo']);

      for (const id of ['yt1', 'yt2', 'vimeo', 'map', 'server', 'server-vimeo']) {
        const embed = tab.locator(`#${id}`);
        await embed.hover();
        for (const control of await embed.locator('button, a').all()) {
          await control.hover();
          await control.focus();
        }
      }
      // And by keyboard, through every control on the page.
      await tab.locator('h1').click();
      for (let i = 0; i < 20; i++) await tab.keyboard.press('Tab');
      await sleep(500);

      assert.deepEqual(log.provider(), [], 'no request to a provider');
      assert.deepEqual(log.thirdParty(), [], 'no request to any other host at all');
      assert.deepEqual(await strayElements(tab), [], 'no iframe, no preconnect, no third-party image');
    } finally {
      await context.close();
    }
  });

  test('"Load video" requests exactly the privacy-enhanced player, with start time, playlist and unlisted hash', async () => {
    const { context, log } = await newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/embeds`);
      await placeholders(tab);
      const cases = [
        ['yt1', `https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?list=${LIST}&start=90&autoplay=1`],
        ['yt2', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42&autoplay=1'],
        // The request never carries the fragment; the iframe's src does (checked below).
        ['vimeo', 'https://player.vimeo.com/video/76979871?h=8a2b3c4d5e&dnt=1&autoplay=1'],
        ['server', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=30&autoplay=1'],
        ['server-vimeo', 'https://player.vimeo.com/video/22439234?h=0123456789&dnt=1&autoplay=1'],
      ];
      for (const [id, expected] of cases) {
        const mark = log.requests.length;
        // A real mouse click on the button inside the shadow root.
        await tab.locator(`#${id}`).getByRole('button', { name: 'Load video' }).click();
        await until(() => log.provider(mark).length > 0, `${id}: the player's request`);
        await sleep(300);
        assert.deepEqual(log.provider(mark), [expected], `${id}: exactly one request, to the expected URL`);
        assert.deepEqual(log.thirdParty(mark), [expected], `${id}: and nothing else leaves the page`);
      }
      const srcs = await players(tab);
      assert.equal(srcs.vimeo, 'https://player.vimeo.com/video/76979871?h=8a2b3c4d5e&dnt=1&autoplay=1#t=30s');
      assert.equal(srcs.map, null, 'the map still asks');
      const focused = await tab.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName ?? null);
      assert.equal(focused, 'iframe', 'focus moved into the last player loaded');
      const cookies = (await context.cookies()).map((c) => c.name).filter((name) => name.startsWith('assent'));
      assert.deepEqual(cookies, [], '"Load video" stores nothing');
      assert.deepEqual(log.provider().filter((url) => /google\.com/.test(new URL(url).hostname)), []);
    } finally {
      await context.close();
    }
  });

  test('"Always allow YouTube" keeps a 14-day cookie and loads every YouTube embed, after a reload and in an open second tab', async () => {
    const { context, log } = await newContext();
    try {
      const first = await context.newPage();
      await first.goto(`${origin}/embeds`);
      await placeholders(first);
      const second = await context.newPage();
      await second.goto(`${origin}/embeds`);
      await placeholders(second);
      assert.deepEqual(log.provider(), [], 'both tabs quiet before the click');
      // Survives only if the second tab is never reloaded or navigated.
      await second.evaluate(() => {
        document.documentElement.dataset.marker = 'still the same document';
      });

      const mark = log.requests.length;
      await first.bringToFront();
      await first.locator('#yt2').getByRole('button', { name: 'Always allow YouTube' }).click();

      const cookie = (await context.cookies()).find((c) => c.name === 'assent_youtube');
      assert.ok(cookie, 'the cookie assent_youtube is set');
      const days = (cookie.expires - Date.now() / 1000) / DAY;
      assert.ok(Math.abs(days - 14) < 0.01, `expires in ${days.toFixed(4)} days, not 14`);

      const youtube = (autoplayed) => [
        `https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?list=${LIST}&start=90`,
        `https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42${autoplayed ? '&autoplay=1' : ''}`,
        'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=30',
      ];
      const settled = async (tab, expected, message) => {
        await until(async () => log.provider(mark, tab).length >= expected.length, message);
        await sleep(300);
        assert.deepEqual(sorted(log.provider(mark, tab)), sorted(expected), message);
        const srcs = await players(tab);
        assert.deepEqual(
          { vimeo: srcs.vimeo, map: srcs.map, 'server-vimeo': srcs['server-vimeo'] },
          { vimeo: null, map: null, 'server-vimeo': null },
          'Vimeo and Maps still ask',
        );
        assert.deepEqual(sorted([srcs.yt1, srcs.yt2, srcs.server]), sorted(expected));
      };
      await settled(first, youtube(true), 'every YouTube embed in the tab clicked');
      // The other tab was open all along, and is not reloaded.
      await settled(second, youtube(false), 'every YouTube embed in the second tab');
      assert.equal(await second.evaluate(() => document.documentElement.dataset.marker), 'still the same document', 'the second tab was not reloaded');

      const reload = log.requests.length;
      await first.reload();
      await until(async () => log.provider(reload, first).length >= 3, 'players after reload');
      await sleep(300);
      assert.deepEqual(sorted(log.provider(reload, first)), sorted(youtube(false)), 'after a reload, without autoplay');
      assert.deepEqual(
        log.provider().filter((url) => !url.startsWith('https://www.youtube-nocookie.com/embed/')),
        [],
        'nothing to Vimeo, Google or youtube.com itself',
      );
    } finally {
      await context.close();
    }
  });

  test(`raw provider iframes with data-embeds="auto" become placeholders (leaks measured over ${LEAK_RUNS} loads)`, async () => {
    const { context, log } = await newContext();
    try {
      const tab = await context.newPage();
      let leakedLoads = 0;
      const leaked = [];
      for (let run = 0; run < LEAK_RUNS; run++) {
        const mark = log.requests.length;
        await tab.goto(`${origin}/raw?run=${run}`);
        assert.equal(await placeholders(tab), 3, `run ${run}: three placeholders`);
        const state = await tab.evaluate(() => ({
          iframes: document.querySelectorAll('iframe').length,
          gated: [...document.querySelectorAll('assent-embed[data-assent-gated="iframe"]')].map((e) => e.id),
        }));
        assert.deepEqual(state, { iframes: 0, gated: ['raw1', 'raw2', 'raw3'] }, `run ${run}`);
        await sleep(200);
        const urls = log.provider(mark);
        if (urls.length > 0) leakedLoads++;
        leaked.push(...urls);
      }
      // A measured figure, not a promise: the guaranteed path is data-assent-src.
       
      console.log(
        `raw iframes, data-embeds="auto": ${leakedLoads} of ${LEAK_RUNS} loads leaked a provider request ` +
          `(${leaked.length} requests over ${LEAK_RUNS * 3} raw iframes${leaked.length ? `: ${[...new Set(leaked)].join(', ')}` : ''})`,
      );
    } finally {
      await context.close();
    }
  });
});
