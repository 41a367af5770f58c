/**
 * assent against three other consent managers on the same course page, each
 * set up as its own documentation says: what a page view costs with each of
 * them, on a first visit and on a returning visitor's (consent stored) with a
 * warm and with a cold browser cache, at this machine's speed and with the
 * CPU slowed down 4×.
 *
 *   npm run build && node bench/peers.mjs           (prints the table)
 *   node bench/peers.mjs --write                    (also updates bench/RESULTS.md)
 *   PEERS_RUNS=25 node bench/peers.mjs
 *
 * PEERS_RUNS rounds (9 by default; a round is 38 loads, 28 before the next-page view, and took 97 s on 2
 * cores that other work kept busy, load average about 17, so the default is a
 * guess at 6 minutes on a quiet machine; the run prints how long it took). In each round, for each CPU speed, every
 * product (and the page without any widget) is loaded four ways, the
 * products one after the other so drift in the machine's load hits all alike:
 *
 * - first visit: a fresh browser context (no cookie, empty cache); once
 *   measured, the bench clicks the banner's "accept all" button;
 * - returning, warm cache: a new tab in that context (its consent cookie and
 *   its HTTP cache, which holds every file for a year);
 * - returning, next page in the tab: the same page loaded again in that
 *   tab, as a learner follows a link (the tab's renderer still holds what it
 *   compiled; playwright's contexts keep no code cache on disk);
 * - returning, cold cache: a fresh context given only that context's cookies
 *   and local storage.
 *
 * Every load is checked, and the bench stops with an error when a widget did
 * not work: on a first visit its banner must become visible and the gated
 * analytics script must not have run, and it must run once the banner is
 * accepted; on a return no banner may show and the gated script must run
 * without a click.
 *
 * Main-thread CPU time is CDP `Performance.getMetrics` `TaskDuration` with
 * `Performance.enable({ timeDomain: 'threadTicks' })`: the renderer main
 * thread's own CPU time, not wall time (this machine is shared, and its wall
 * times vary by hundreds of ms). "Added" is a product's load minus the load of
 * the page without a widget in the same view, round and CPU speed, then the
 * median over the rounds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './lib/browser.mjs';
import { demoPages, DIST, DEMO } from './lib/demo.mjs';
import { isMain, main } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { median, ms } from './lib/stats.mjs';

const RUNS = Number(process.env.PEERS_RUNS || 9);
const RATES = [1, 4];
/** How long a load is watched after `load` and after its widget did what it does (banner shown, or gated script run). */
const SETTLE = { 1: 300, 4: 600 };
const MODULES = fileURLToPath(new URL('../node_modules/', import.meta.url));
const version = (name) => JSON.parse(readFileSync(`${MODULES}${name}/package.json`, 'utf8')).version;

const ANALYTICS = '/peers/analytics.js';

/**
 * The products. `head` goes at the end of <head>, `body` at the end of
 * <body> (each holds the product's gated analytics script); `files` are the
 * URL prefixes of the product's own files (their bytes are counted);
 * `blocking` are its scripts that the HTML parser waits for (`inline`: its
 * inline scripts); `banner` finds its banner in the page; `accept` is its
 * "accept all" button (playwright selector).
 */
const PRODUCTS = [
  {
    id: 'assent',
    name: 'assent',
    setup: 'dist/assent.js in `<head>` as the README says (classic script, no `defer`, the demo page\'s attributes); it loads its parts from dist/ itself',
    head: '<script src="/assent/assent.js" data-lang="auto" data-privacy-url="/privacy.html" data-revision="2026-11"></script>',
    body: `<script type="text/plain" data-assent="analytics" src="${ANALYTICS}"></script>`,
    files: ['/assent/'],
    blocking: ['/assent/assent.js'],
    inline: false,
    banner: `document.querySelector('assent-banner')?.shadowRoot?.querySelector('[part~="banner"]')`,
    accept: 'assent-banner button[part~="accept"]',
  },
  {
    id: 'cookieconsent',
    name: `vanilla-cookieconsent ${version('vanilla-cookieconsent')}`,
    setup: 'its "Getting started": `cookieconsent.css` linked in `<head>`, a config file loaded with `<script type="module">` that imports `cookieconsent.umd.js` and calls `CookieConsent.run()`; gated script `type="text/plain" data-category="analytics"`',
    head: '<link rel="stylesheet" href="/vendor/vanilla-cookieconsent/cookieconsent.css">\n  <script type="module" src="/peers/cookieconsent-config.js"></script>',
    body: `<script type="text/plain" data-category="analytics" src="${ANALYTICS}"></script>`,
    files: ['/vendor/vanilla-cookieconsent/', '/peers/cookieconsent-config.js'],
    blocking: [],
    inline: false,
    banner: `document.querySelector('#cc-main .cm')`,
    accept: '#cc-main .cm [data-role="all"]',
  },
  {
    id: 'klaro',
    name: `Klaro ${version('klaro')}`,
    setup: 'its README: `<script defer>` of the config, then `<script defer>` of `klaro.js` (CSS included); gated script `type="text/plain" data-type="text/javascript" data-name="matomo" data-src=…`',
    head: '<script defer src="/peers/klaro-config.js"></script>\n  <script defer src="/vendor/klaro/klaro.js"></script>',
    body: `<script type="text/plain" data-type="text/javascript" data-name="matomo" data-src="${ANALYTICS}"></script>`,
    files: ['/vendor/klaro/', '/peers/klaro-config.js'],
    blocking: [],
    inline: false,
    banner: `document.querySelector('#klaro .cookie-notice')`,
    accept: '#klaro .cookie-notice .cm-btn-success',
  },
  {
    id: 'tarteaucitron',
    name: `tarteaucitron ${version('tarteaucitronjs')}`,
    setup: 'its README: `tarteaucitron.min.js` (the package\'s minified build; it then loads the minified services, English texts and CSS beside it) and the README\'s inline `tarteaucitron.init({…})` in `<head>`; the analytics script as a custom service pushed to `tarteaucitron.job` at the end of `<body>`',
    head: `<script src="/vendor/tarteaucitron/tarteaucitron.min.js"></script>
  <script>
  tarteaucitron.init({
    privacyUrl: '/privacy.html', bodyPosition: 'bottom', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron',
    orientation: 'middle', groupServices: false, showDetailsOnClick: true, serviceDefaultState: 'wait',
    showAlertSmall: false, showTitleBanner: false, cookieslist: false, cookieslistEmbed: false, showIcon: true,
    iconPosition: 'BottomRight', adblocker: false, DenyAllCta: true, AcceptAllCta: true, highPrivacy: true,
    alwaysNeedConsent: false, handleBrowserDNTRequest: false, removeCredit: false, moreInfoLink: true,
    useExternalCss: false, useExternalJs: false, readmoreLink: '', mandatory: true, mandatoryCta: true,
    googleConsentMode: true, bingConsentMode: true, pianoConsentMode: true, pianoConsentModeEssential: false,
    softConsentMode: false, dataLayer: false, serverSide: false, partnersList: false
  });
  </script>`,
    body: `<script>
  tarteaucitron.services.benchanalytics = {
    key: 'benchanalytics', type: 'analytic', name: 'Analytics', needConsent: true, cookies: [],
    js: function () { 'use strict'; tarteaucitron.addScript('${ANALYTICS}'); }
  };
  (tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics');
</script>`,
    files: ['/vendor/tarteaucitron/'],
    blocking: ['/vendor/tarteaucitron/tarteaucitron.min.js'],
    inline: true,
    banner: `document.getElementById('tarteaucitronAlertBig')`,
    accept: '#tarteaucitronPersonalize2',
  },
];

const NONE = { id: 'none', name: 'no widget', head: '', body: '', files: [], blocking: [], inline: false, banner: 'null' };

const VIEWS = ['first', 'warm', 'hot', 'cold'];
const VIEW_NAMES = {
  first: 'first visit',
  warm: 'returning, warm cache',
  hot: 'returning, next page in the tab',
  cold: 'returning, cold cache',
};

const EMBEDS = /\s*<assent-embed [^>]*><\/assent-embed>|\s*<span class="mediaplugin[^>]*><iframe data-assent-src[^>]*><\/iframe><\/span>/g;
const GATED = /\s*<!-- Analytics[^>]*-->\s*<script type="text\/plain" data-assent="analytics" src="\/analytics\.js"><\/script>\s*<script type="text\/plain" data-assent="analytics">[^<]*<\/script>/;

/**
 * The demo course page without assent (bench/lib/demo.mjs), without its
 * embeds and its gated scripts: a course page with a menu, text and the
 * "Cookie settings" links, and nothing for a widget to gate but one script.
 */
function coursePage() {
  let page = demoPages().none;
  const without = page.replace(EMBEDS, '').replace(GATED, '');
  if (without.match(EMBEDS) || without === page || /<assent-embed|<iframe data-assent-src|<script type="text\/plain"/.test(without)) {
    throw new Error('peers: demo/index.html no longer has the embeds and gated scripts bench/peers.mjs removes; update its patterns');
  }
  page = without;
  return (product) =>
    page.replace('</head>', `  ${product.head}\n</head>`).replace('</body>', `${product.body}\n</body>`);
}

/** Runs before any page script: every animation frame until stopped, records when the product's banner is first visible. */
const probe = (product) => `
  window.__peer = { banner: null, stop: false };
  window.__peerVisible = () => {
    const el = ${product.banner};
    if (!el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width * r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  (function check() {
    if (window.__peer.stop) return;
    if (window.__peer.banner === null && window.__peerVisible()) window.__peer.banner = performance.now();
    requestAnimationFrame(check);
  })();
`;

const CATEGORIES = ['devtools.timeline'];

/**
 * One measured load of `url`: in a new tab of `context`, or as the next page
 * of the tab `next` (a link followed); `expect` is what the widget must do in
 * it ('banner' or 'return'). With `keep` the tab stays open and comes back as `tab`.
 */
async function load(browser, context, url, product, { rate, expect, next = null, keep = false }) {
  const page = next ?? (await context.newPage());
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // The renderer's count goes on over a tab's pages (the process is kept): only this load's part counts.
    const taskBefore = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    await browser.startTracing(page, { categories: CATEGORIES });
    let events;
    try {
      await page.goto(url, { waitUntil: 'load' });
      if (expect === 'banner') await page.waitForFunction('window.__peer.banner !== null', null, { timeout: 60_000 });
      if (expect === 'return') await page.waitForFunction('window.__benchAnalytics !== undefined', null, { timeout: 60_000 });
      await page.waitForTimeout(SETTLE[rate]);
    } finally {
      events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seen = await page.evaluate(() => {
      globalThis.__peer.stop = true;
      return {
        banner: globalThis.__peer.banner,
        visible: globalThis.__peerVisible(),
        analytics: globalThis.__benchAnalytics ?? null,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, transfer: r.transferSize, encoded: r.encodedBodySize })),
      };
    });
    const fail = (what) => {
      throw new Error(`peers: ${product.name}, ${expect === 'banner' ? 'first visit' : 'return'} at CPU ${rate}×: ${what}`);
    };
    if (expect === 'banner') {
      if (seen.banner === null || !seen.visible) fail('its banner did not become visible');
      if (seen.analytics !== null) fail('the gated analytics script ran before consent');
    }
    if (expect === 'return') {
      if (seen.banner !== null) fail('its banner showed although consent was stored');
      if (seen.analytics === null) fail('the gated analytics script did not run with consent stored');
    }
    if (expect === 'none' && seen.analytics !== null) fail('the page without a widget ran the gated script');

    const own = (name) => product.files.some((prefix) => new URL(name).pathname.startsWith(prefix));
    const files = seen.resources.filter((r) => own(r.name));
    const blockingUrls = new Set(product.blocking.map((p) => new URL(p, url).href));
    const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X');
    const blocking = evaluations.filter((e) => blockingUrls.has(e.args?.data?.url) || (product.inline && e.args?.data?.url === url));
    if (product.blocking.length && blocking.length < product.blocking.length) fail(`the trace has no EvaluateScript for ${product.blocking.join(', ')}`);
    if (!product.inline && evaluations.some((e) => e.args?.data?.url === url)) fail('an inline script ran that the bench does not count');
    const task = metrics.find((m) => m.name === 'TaskDuration')?.value;
    if (task === undefined) fail('CDP Performance.getMetrics has no TaskDuration');

    if (expect === 'banner') await accept(page, product, fail);
    return {
      tab: keep ? page : null,
      cpu: (task - taskBefore) * 1000,
      evaluate: blocking.reduce((sum, e) => sum + (e.tdur ?? NaN), 0) / 1000,
      banner: seen.banner,
      fcp: seen.fcp,
      transfer: files.reduce((sum, r) => sum + r.transfer, 0),
      encoded: files.reduce((sum, r) => sum + r.encoded, 0),
      fetched: files.filter((r) => r.transfer > 0).length,
      files: files.length,
    };
  } finally {
    if (!keep) await page.close();
  }
}

/**
 * Clicks the banner's "accept all" until the gated script runs: tarteaucitron
 * attaches its button handlers in a timeout after showing its banner, so the
 * first click can come too early for it.
 */
async function accept(page, product, fail) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.click(product.accept, { timeout: 30_000 }).catch(() => {}); // the banner may already be gone
    const ran = await page.waitForFunction('window.__benchAnalytics !== undefined', null, { timeout: 3_000 }).then(() => true, () => false);
    if (ran) return;
  }
  fail('the gated analytics script did not run after "accept all"');
}

async function newContext(browser, origin, product, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  // Counted, not intercepted (routing every request through playwright would slow every load): other hosts do not resolve.
  const thirdParty = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) thirdParty.push(request.url());
  });
  await context.addInitScript(probe(product));
  return { context, thirdParty };
}

/** The four views of one product at one CPU speed: first visit (then accept), warm return, the next page in its tab, cold return. */
async function round(browser, origin, product, rate) {
  const url = `${origin}/${product.id}.html`;
  const none = product === NONE;
  const first = await newContext(browser, origin, product);
  const out = {};
  let state;
  try {
    out.first = await load(browser, first.context, url, product, { rate, expect: none ? 'none' : 'banner' });
    state = await first.context.storageState();
    const expect = none ? 'none' : 'return';
    out.warm = await load(browser, first.context, url, product, { rate, expect, keep: true });
    // A learner's next page: a link followed in the same tab, whose renderer still holds the compiled scripts.
    out.hot = await load(browser, first.context, url, product, { rate, expect, next: out.warm.tab });
    await out.warm.tab.close();
  } finally {
    await first.context.close();
  }
  if (none) {
    out.cold = out.first; // without a widget there is nothing stored: the cold return is the first visit
    return { ...out, thirdParty: first.thirdParty.length };
  }
  const cold = await newContext(browser, origin, product, { storageState: state });
  try {
    out.cold = await load(browser, cold.context, url, product, { rate, expect: 'return' });
  } finally {
    await cold.context.close();
  }
  return { ...out, thirdParty: first.thirdParty.length + cold.thirdParty.length };
}

const bytes = (n) => n.toLocaleString('en-US');
const pair = (values, unit) => values.map((v) => (v === null || Number.isNaN(v) ? '–' : unit(v))).join(' / ');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

export async function run() {
  const page = coursePage();
  const pages = Object.fromEntries([NONE, ...PRODUCTS].map((p) => [`/${p.id}.html`, page(p)]));
  const server = await serve({
    production: true,
    pages,
    mounts: {
      '/assent/': DIST,
      '/vendor/vanilla-cookieconsent/': `${MODULES}vanilla-cookieconsent/dist/`,
      '/vendor/klaro/': `${MODULES}klaro/dist/`,
      '/vendor/tarteaucitron/': `${MODULES}tarteaucitronjs/`,
      '/peers/': fileURLToPath(new URL('./peer-pages/', import.meta.url)),
      '/': DEMO,
    },
  });
  // vanilla-cookieconsent hides itself from browsers that say they are automated (navigator.webdriver).
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: [...CHROME_FLAGS, '--disable-blink-features=AutomationControlled', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const products = [NONE, ...PRODUCTS];
  /** samples[rate][product.id][view] = [load, …] */
  const samples = Object.fromEntries(RATES.map((r) => [r, Object.fromEntries(products.map((p) => [p.id, { first: [], warm: [], hot: [], cold: [] }]))]));
  let thirdParty = 0;
  const started = Date.now();
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const rate of RATES) {
        // A different order each round, so no product always follows the same one.
        const order = products.map((_, k) => products[(k + i) % products.length]);
        for (const product of order) {
          const result = await round(browser, server.origin, product, rate);
          thirdParty += result.thirdParty;
          for (const view of VIEWS) samples[rate][product.id][view].push(result[view]);
        }
      }
      console.error(`peers: round ${i + 1} of ${RUNS} done after ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (thirdParty) throw new Error(`peers: ${thirdParty} requests left 127.0.0.1`);

  const of = (rate, id, view, key) => samples[rate][id][view].map((s) => s[key]);
  const med = (rate, id, view, key) => median(of(rate, id, view, key));
  /** Load by load against the page without a widget in the same round, then the median. */
  const added = (rate, id, view) => median(of(rate, id, view, 'cpu').map((c, k) => c - samples[rate].none[view][k].cpu));
  const both = (read, unit) => PRODUCTS.map((p) => pair(RATES.map((r) => read(r, p.id)), unit));

  const rows = [];
  for (const view of ['hot', 'warm', 'cold', 'first']) {
    rows.push([`${VIEW_NAMES[view]}: main-thread CPU added, 1× / 4×`, both((r, id) => added(r, id, view), ms)]);
  }
  for (const view of ['hot', 'warm', 'cold', 'first']) {
    rows.push([
      `${VIEW_NAMES[view]}: parser-blocking evaluation, 1× / 4×`,
      PRODUCTS.map((p) => (p.blocking.length ? pair(RATES.map((r) => med(r, p.id, view, 'evaluate')), ms) : 'none (deferred)')),
    ]);
  }
  for (const view of ['first', 'cold', 'warm']) {
    rows.push([
      `${VIEW_NAMES[view]}: bytes loaded (files fetched)`,
      PRODUCTS.map((p) => `${bytes(med(1, p.id, view, 'transfer'))} (${med(1, p.id, view, 'fetched')})`),
    ]);
  }
  rows.push(['first visit: banner visible, 1× / 4×', both((r, id) => med(r, id, 'first', 'banner'), ms)]);
  for (const view of ['first', 'warm', 'cold']) rows.push([`${VIEW_NAMES[view]}: FCP, 1× / 4×`, both((r, id) => med(r, id, view, 'fcp'), ms)]);

  const assent = (r, view) => added(r, 'assent', view);
  const vcc = (r, view) => added(r, 'cookieconsent', view);
  const targets = [
    ...RATES.flatMap((r) =>
      ['hot', 'warm', 'cold'].map((view) => {
        const a = assent(r, view);
        const v = vcc(r, view);
        return `- ${VIEW_NAMES[view]}, CPU ${r}×: assent adds ${ms(a)} of main-thread CPU, vanilla-cookieconsent ${ms(v)}: ${ratio(a, v)} of it (target: at most 0.50×) — ${a <= v / 2 ? 'met' : 'missed'}.`;
      }),
    ),
    `- First visit, bytes: assent's files ${bytes(med(1, 'assent', 'first', 'encoded'))} bytes of brotli bodies in ${med(1, 'assent', 'first', 'files')} files (the issue's target for what loads before the banner can be answered: at most 13,782; vanilla-cookieconsent's here: ${bytes(med(1, 'cookieconsent', 'first', 'encoded'))}). A returning visitor: ${bytes(med(1, 'assent', 'cold', 'encoded'))} bytes in ${med(1, 'assent', 'cold', 'files')} file (cold cache).`,
    `- Parser-blocking evaluation of assent.js at 1×: ${ms(med(1, 'assent', 'hot', 'evaluate'))} on the next page in a returning visitor's tab, ${ms(med(1, 'assent', 'warm', 'evaluate'))} returning with a warm cache, ${ms(med(1, 'assent', 'cold', 'evaluate'))} with a cold one, ${ms(med(1, 'assent', 'first', 'evaluate'))} on a first visit (target: at most 2 ms; tarteaucitron's head script here: ${ms(med(1, 'tarteaucitron', 'cold', 'evaluate'))} cold).`,
    ...RATES.map((r) => {
      const a = med(r, 'assent', 'first', 'banner');
      const v = med(r, 'cookieconsent', 'first', 'banner');
      return `- Banner visible on a first visit, CPU ${r}×: assent ${ms(a)}, vanilla-cookieconsent ${ms(v)} (${a <= v ? `${ms(v - a)} earlier` : `${ms(a - v)} later`}; target: no later) — ${a <= v ? 'met' : 'missed'}.`;
    }),
  ];

  const total = ((Date.now() - started) / 1000).toFixed(0);
  const none = (r, view, key) => med(r, 'none', view, key);
  const text = `\`node bench/peers.mjs\`: ${RUNS} rounds, medians; the whole run took ${total} s.
In each round and at each CPU speed, every product and the page without a widget are loaded in turn four ways:
first visit (a fresh browser context: no cookie, empty cache; after measuring, the bench clicks "accept all"),
returning with a warm cache (a new tab in that context: its consent cookie and its HTTP cache), the next page in that
tab (the same page loaded again in it, as when a learner follows a link: the tab's renderer still holds the scripts it
compiled) and returning with a cold cache (a fresh context given only that context's cookies and local storage).
Playwright's contexts are off the record, so Chromium keeps no code cache on disk between tabs: a real browser profile
would also spare a new tab most of the compiling. Viewport 1280 × 720.
"CPU 4×" is CDP \`Emulation.setCPUThrottlingRate\` 4. Each load is watched until \`load\`, its banner visible (first
visit) or its gated script run (return), and then ${SETTLE[1]} ms (${SETTLE[4]} ms at 4×) more.

**The page** is the demo course page (demo/index.html: Moodle-like navigation, course index, sections, "Cookie settings"
links) without its embeds and gated scripts, with one gated "analytics" script at the end of \`<body>\`
(bench/peer-pages/analytics.js, which only records that it ran), gated the way each product does it. Each product as its documentation says:
${PRODUCTS.map((p) => `- **${p.name}**: ${p.setup}.`).join('\n')}

All files come from 127.0.0.1, brotli-compressed (quality 11) and, except the page itself, with
\`cache-control: public, max-age=31536000, immutable\`; nothing left the machine
(Chromium resolved no host but 127.0.0.1; requests to other hosts: ${thirdParty}).
Chromium ran with \`--disable-blink-features=AutomationControlled\`: vanilla-cookieconsent shows no banner to a browser
that says it is automated.

| per page view | ${PRODUCTS.map((p) => p.name).join(' | ')} |
| --- | ${PRODUCTS.map(() => '---:').join(' | ')} |
${rows.map(([name, cells]) => `| ${name} | ${cells.join(' | ')} |`).join('\n')}

- **main-thread CPU added**: CDP \`Performance.getMetrics\` \`TaskDuration\` with \`timeDomain: 'threadTicks'\` (the
  renderer main thread's CPU time for the whole load: script, style, layout, paint), the product's load minus the load of
  the page without a widget in the same view, round and speed, then the median. The page alone took
  ${pair(RATES.map((r) => none(r, 'first', 'cpu')), ms)} (1× / 4×) cold and ${pair(RATES.map((r) => none(r, 'warm', 'cpu')), ms)} warm.
- **parser-blocking evaluation**: trace \`EvaluateScript\` (devtools.timeline), its thread time (\`tdur\`, CPU, not wall time), of the product's scripts that the HTML parser waits for:
  classic scripts without \`defer\`/\`async\` (assent.js; tarteaucitron.min.js and its two inline scripts). Module and \`defer\` scripts
  (vanilla-cookieconsent, Klaro) run after parsing: none.
- **bytes loaded**: Resource Timing \`transferSize\` (brotli body and headers) of the product's own files, at 1×; files fetched
  is how many came over the network (not from the cache). The page's HTML (the same but for the tags above) is not counted.
- **banner visible**: \`performance.now()\` of the first animation frame in which the product's banner is visible
  (\`checkVisibility\` with opacity and visibility, non-empty and in the viewport), seen by a probe injected before any page script.
- **FCP**: the page's \`first-contentful-paint\` entry; without a widget ${pair(RATES.map((r) => none(r, 'first', 'fcp')), ms)} cold and
  ${pair(RATES.map((r) => none(r, 'warm', 'fcp')), ms)} warm.

**The issue's time targets**, measured in this run (ratios against vanilla-cookieconsent from the same rounds):
${targets.join('\n')}`;

  const table = rows.map(([figure, cells]) => ({ figure, ...Object.fromEntries(PRODUCTS.map((p, k) => [p.name, cells[k]])) }));
  return { title: 'Consent managers side by side', table, text };
}

if (isMain(import.meta.url)) await main(run);
