/**
 * What dist/assent.js costs the demo course page when it loads: download,
 * compile, evaluation, time to the banner, and the script time and memory it
 * adds, in Debian's Chromium driven by playwright-core.
 *
 *   npm run build && node bench/boot.mjs            (prints the table)
 *   node bench/boot.mjs --write                     (also updates bench/RESULTS.md)
 *   BOOT_RUNS=31 node bench/boot.mjs
 *
 * BOOT_RUNS loads (15 by default) of demo/index.html as it is ("assent") and
 * of the same page without the assent tag ("none"), alternating, each in a
 * fresh browser context (no cookie, so the banner shows; empty cache), once
 * at the machine's speed and once with the CPU slowed down 4× (CDP
 * Emulation.setCPUThrottlingRate, Lighthouse's mobile setting). Every load is
 * traced (devtools.timeline, v8, blink.user_timing), both variants alike.
 * See `explain` below for what each figure is.
 */
import { demoPages, mounts } from './lib/demo.mjs';
import { keepLocal, launch } from './lib/browser.mjs';
import { isMain, main } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { ms, summary } from './lib/stats.mjs';

const RUNS = Number(process.env.BOOT_RUNS || 15);
const RATES = [1, 4];
const SCRIPT = '/assent/assent.js';
const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing'];
const BANNER_MARK = 'bench:banner-rendered';

/**
 * Runs before any script of the page: every animation frame, until the
 * banner's shadow root holds its three buttons (then it records the time and
 * a mark) or, on a page without assent (no `window.assent`), until the page has loaded.
 */
const PROBE = `
  window.__boot = { banner: null };
  (function check() {
    const banner = document.querySelector('assent-banner');
    if (banner && banner.shadowRoot && banner.shadowRoot.querySelectorAll('button').length >= 3) {
      window.__boot.banner = performance.now();
      performance.mark(${JSON.stringify(BANNER_MARK)});
    } else if (!(document.readyState === 'complete' && !window.assent)) {
      // The banner's part may arrive after the load event: a page with assent is watched until it shows.
      requestAnimationFrame(check);
    }
  })();
`;

/** The figures of one traced load of the page with assent, in ms. */
function fromTrace(events, scriptUrl) {
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === scriptUrl);
  const banner = events.find((e) => e.name === BANNER_MARK);
  if (!evaluate || !banner) throw new Error(`boot: the trace has no ${evaluate ? 'banner mark' : `EvaluateScript for ${scriptUrl}`}`);
  const background = events
    .filter((e) => e.name === 'v8.parseOnBackground' && e.args?.data?.url === scriptUrl)
    .reduce((sum, e) => sum + e.dur, 0);
  const mainCompile = events
    .filter((e) => e.name === 'v8.compile' && e.args?.data?.url === scriptUrl)
    .reduce((sum, e) => sum + e.dur, 0);
  const loaded = events.find(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'DOMContentLoaded' && e.tid === evaluate.tid && e.ts > evaluate.ts,
  );
  return {
    evaluate: evaluate.dur / 1000,
    compile: (background + mainCompile) / 1000,
    startToBanner: (banner.ts - evaluate.ts) / 1000,
    mountToBanner: loaded ? (banner.ts - loaded.ts) / 1000 : NaN,
  };
}

const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? NaN;

async function load(browser, url, { rate, withAssent }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const thirdParty = await keepLocal(context, new URL(url).origin);
  await context.addInitScript(PROBE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await browser.startTracing(page, { categories: CATEGORIES });
    let events;
    try {
      await page.goto(url, { waitUntil: 'load' });
      if (withAssent) await page.waitForFunction('window.__boot.banner !== null', null, { timeout: 30_000 });
      await page.waitForTimeout(1000);
    } finally {
      events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptUrl = new URL(SCRIPT, url).href;
    const seen = await page.evaluate(
      `({ banner: window.__boot.banner, resource: performance.getEntriesByName(${JSON.stringify(scriptUrl)})[0]?.toJSON() ?? null })`,
    );
    const common = {
      scriptDuration: metric(metrics, 'ScriptDuration') * 1000,
      taskDuration: metric(metrics, 'TaskDuration') * 1000,
      heap: metric(metrics, 'JSHeapUsedSize'),
      thirdParty: thirdParty.length,
    };
    if (!withAssent) return common;
    const traced = fromTrace(events, scriptUrl);
    const { resource } = seen;
    return {
      ...common,
      ...traced,
      fetch: resource.responseEnd - resource.startTime,
      transfer: resource.transferSize,
      encoded: resource.encodedBodySize,
      decoded: resource.decodedBodySize,
      navToBanner: seen.banner,
      navToStart: seen.banner - traced.startToBanner,
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Each figure: its name, how it is read from the samples of one rate, its unit, and what it means. */
const FIGURES = [
  ['download (loopback)', (a) => a.map((s) => s.fetch), ms, 'Resource Timing of assent.js: `responseEnd − startTime`, request to last byte from the local server'],
  ['compile', (a) => a.map((s) => s.compile), ms, 'trace: `v8.parseOnBackground` (streamed while downloading, off the main thread) + `v8.compile` on the main thread'],
  ['evaluate', (a) => a.map((s) => s.evaluate), ms, 'trace: `EvaluateScript` of assent.js on the main thread: running the top level and the synchronous part of `boot()` (config, decision, gates, the part loader; the elements come in parts fetched beside it); the HTML parser waits this long'],
  ['script start → banner rendered', (a) => a.map((s) => s.startToBanner), ms, 'trace: from the start of `EvaluateScript` to the mark set in the first animation frame in which `<assent-banner>` shows its three buttons (it is mounted at `DOMContentLoaded`, so this includes parsing, styling and painting the rest of the page)'],
  ['DOMContentLoaded → banner rendered', (a) => a.map((s) => s.mountToBanner), ms, 'trace: from the `DOMContentLoaded` dispatch, from which on the banner part (fetched from the head) mounts the banner and the settings dialog, to the same mark: the part\'s evaluation if it arrived later, mounting, Lit\'s first render, style, layout'],
  ['navigation start → banner rendered', (a) => a.map((s) => s.navToBanner), ms, '`performance.now()` of that frame'],
  ['navigation start → script start', (a) => a.map((s) => s.navToStart), ms, 'the same minus the line above: the HTML and the script arriving'],
  ['script time added', (a, n) => a.map((s, i) => s.scriptDuration - n[i].scriptDuration), ms, 'CDP `Performance.getMetrics` `ScriptDuration` 1 s after `load`, page with assent minus the same page without it (load by load, then the median)'],
  ['main-thread task time added', (a, n) => a.map((s, i) => s.taskDuration - n[i].taskDuration), ms, 'the same for `TaskDuration`: script, style, layout and paint of the banner and placeholders'],
  ['JS heap added', (a, n) => a.map((s, i) => s.heap - n[i].heap), mb, 'the same for `JSHeapUsedSize` (no forced garbage collection, so this is indicative)'],
];

export async function run() {
  const pages = demoPages();
  const server = await serve({ pages: { '/assent.html': pages.assent, '/none.html': pages.none }, mounts });
  const browser = await launch();
  const samples = Object.fromEntries(RATES.map((rate) => [rate, { assent: [], none: [] }]));
  try {
    for (const rate of RATES) {
      for (let i = 0; i < RUNS; i++) {
        // Alternating, so drift in the machine's load hits both alike.
        samples[rate].assent.push(await load(browser, `${server.origin}/assent.html`, { rate, withAssent: true }));
        samples[rate].none.push(await load(browser, `${server.origin}/none.html`, { rate, withAssent: false }));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const cell = (rate, read, unit) => {
    const { median, min, max } = summary(read(samples[rate].assent, samples[rate].none));
    return { median: unit(median), range: `${unit(min)}–${unit(max)}` };
  };
  const rows = FIGURES.map(([name, read, unit, meaning]) => ({ name, meaning, cells: RATES.map((rate) => cell(rate, read, unit)) }));
  const first = samples[1].assent[0];
  const thirdParty = RATES.flatMap((rate) => [...samples[rate].assent, ...samples[rate].none]).reduce((sum, s) => sum + s.thirdParty, 0);
  const rateName = (rate) => (rate === 1 ? 'this machine' : `CPU ${rate}× slower`);

  const text = `\`node bench/boot.mjs\`, ${RUNS} loads per variant and CPU speed, medians (min–max).
The page is the demo course page (demo/index.html: banner, two \`<assent-embed>\`, one \`<iframe data-assent-src>\`, gated scripts),
served from 127.0.0.1 with gzip; each load in a fresh browser context (no cookie, so the banner shows; empty cache), viewport 1280 × 720,
alternating with the same page without the assent tag. assent.js: ${kb(first.decoded)} (${kb(first.encoded)} gzip-compressed on the wire).
"CPU ${RATES[1]}× slower" is CDP \`Emulation.setCPUThrottlingRate\` ${RATES[1]}, Lighthouse's setting for a mid-range phone. Third-party requests in all loads: ${thirdParty}.

| figure | ${RATES.map(rateName).join(' | ')} | what it is |
| --- | ${RATES.map(() => '---:').join(' | ')} | --- |
${rows.map((r) => `| ${r.name} | ${r.cells.map((c) => `${c.median} (${c.range})`).join(' | ')} | ${r.meaning} |`).join('\n')}

There is no ready event in the public contract, so "banner rendered" is observed from outside: a probe injected before any
page script (playwright \`addInitScript\`) checks every animation frame. The trace costs both variants alike.
The download time is loopback only; what a real network adds is in the Lighthouse section, which simulates one.`;

  const table = rows.map((r) => ({
    figure: r.name,
    ...Object.fromEntries(RATES.map((rate, i) => [rateName(rate), `${r.cells[i].median} (${r.cells[i].range})`])),
  }));
  return { title: 'Boot of dist/assent.js', table, text };
}

if (isMain(import.meta.url)) await main(run);
