/**
 * Lighthouse's performance score of the demo course page with assent against
 * the same page with the providers' raw iframes (and, for reference, the page
 * with neither), in Debian's Chromium.
 *
 *   npm run build && node bench/lighthouse.mjs      (prints the table)
 *   node bench/lighthouse.mjs --write               (also updates bench/RESULTS.md)
 *   LIGHTHOUSE_RUNS=9 node bench/lighthouse.mjs
 *
 * Lighthouse is installed on first use (bench/lib/lighthouse-install.mjs).
 * One Chromium, started by chrome-launcher with the bench flags, serves all
 * runs: LIGHTHOUSE_RUNS (5 by default) per page and form factor, alternating
 * the pages; Lighthouse resets the origin's storage before each run, so
 * the banner shows every time. Both form factors use Lighthouse's own
 * presets: mobile (the default config: simulated slow 4G and 4× CPU
 * slowdown) and desktop (its desktop config).
 *
 * There is no internet here, and a raw iframe asks YouTube and Vimeo at
 * once, so every third-party host is answered by a local stub with an empty
 * 204 (bench/lib/third-party-stub.mjs), for both pages alike (the assent page
 * makes no such request). The raw page is therefore measured without the
 * players its iframes would load online: a best case for it.
 */
import { CHROME, CHROME_FLAGS } from './lib/browser.mjs';
import { demoPages, mounts } from './lib/demo.mjs';
import { LIGHTHOUSE_VERSION, loadLighthouse } from './lib/lighthouse-install.mjs';
import { isMain, main } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { startThirdPartyStub } from './lib/third-party-stub.mjs';
import { median, ms } from './lib/stats.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 5);
const FORM_FACTORS = ['mobile', 'desktop'];
const PAGES = {
  assent: 'demo page with assent',
  raw: 'the same page with raw iframes, no assent',
  none: 'reference: no assent, no embeds',
};

/** The figures of one Lighthouse report. */
function figures(lhr, origin) {
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const value = (id) => lhr.audits[id].numericValue;
  const requests = lhr.audits['network-requests'].details.items;
  const thirdParty = requests.filter((r) => /^https?:/.test(r.url) && !r.url.startsWith(`${origin}/`));
  return {
    score: lhr.categories.performance.score * 100,
    fcp: value('first-contentful-paint'),
    observedFcp: lhr.audits.metrics.details.items[0].observedFirstContentfulPaint,
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    bytes: value('total-byte-weight'),
    mainThread: value('mainthread-work-breakdown'),
    thirdParty: thirdParty.length,
    hosts: [...new Set(thirdParty.map((r) => new URL(r.url).hostname))],
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const COLUMNS = [
  ['score', (s) => s.score.toFixed(0)],
  ['FCP', (s) => ms(s.fcp)],
  ['LCP', (s) => ms(s.lcp)],
  ['TBT', (s) => ms(s.tbt)],
  ['CLS', (s) => s.cls.toFixed(3)],
  ['Speed Index', (s) => ms(s.si)],
  ['FCP seen (unthrottled)', (s) => ms(s.observedFcp)],
  ['main-thread work', (s) => ms(s.mainThread)],
  ['bytes', (s) => `${(s.bytes / 1024).toFixed(0)} KB`],
  ['third-party requests', (s) => String(s.thirdParty)],
];

export async function run() {
  const { lighthouse, desktopConfig, launchChrome } = await loadLighthouse();
  const pages = demoPages();
  const server = await serve({ pages: Object.fromEntries(Object.keys(PAGES).map((name) => [`/${name}.html`, pages[name]])), mounts });
  const stub = await startThirdPartyStub();
  const chrome = await launchChrome({ chromePath: CHROME, chromeFlags: [...CHROME_FLAGS, ...stub.chromeFlags], logLevel: 'silent' });
  const samples = Object.fromEntries(FORM_FACTORS.map((ff) => [ff, Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]))]));
  try {
    for (const ff of FORM_FACTORS) {
      for (let i = 0; i < RUNS; i++) {
        for (const name of Object.keys(PAGES)) {
          const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
          const result = await lighthouse(`${server.origin}/${name}.html`, flags, ff === 'desktop' ? desktopConfig : undefined);
          samples[ff][name].push(figures(result.lhr, server.origin));
        }
      }
    }
  } finally {
    chrome.kill();
    await stub.close();
    await server.close();
  }

  // Each column's median over the runs (score, times and sizes each on its own).
  const rows = FORM_FACTORS.flatMap((ff) =>
    Object.entries(PAGES).map(([name, label]) => {
      const runs = samples[ff][name];
      const mid = Object.fromEntries(Object.keys(runs[0]).filter((k) => typeof runs[0][k] === 'number').map((k) => [k, median(runs.map((r) => r[k]))]));
      return {
        ff,
        label,
        cells: COLUMNS.map(([, show]) => show(mid)),
        scores: runs.map((r) => r.score.toFixed(0)).join(', '),
        hosts: [...new Set(runs.flatMap((r) => r.hosts))].sort(),
        lcpElement: runs[0].lcpElement,
        benchmarkIndex: mid.benchmarkIndex,
      };
    }),
  );
  const hosts = [...new Set(rows.flatMap((r) => r.hosts))].sort();
  const assentAsked = rows.some((r) => r.label === PAGES.assent && r.hosts.length > 0);
  const lcp = (name) => rows.find((r) => r.ff === 'mobile' && r.label === PAGES[name]).lcpElement;

  const text = `\`node bench/lighthouse.mjs\`: Lighthouse ${LIGHTHOUSE_VERSION} (performance category only), ${RUNS} runs per page and form factor,
alternating the pages, medians of each column; the scores of every run are listed below the table. Lighthouse's own presets:
*mobile* (its default: simulated slow 4G, 150 ms RTT and 1.6 Mbit/s, 4× CPU slowdown, 412 × 823 screen) and *desktop* (its
desktop config: simulated 40 ms RTT and 10 Mbit/s, no CPU slowdown, 1350 × 940). Throttling is simulated (Lantern) from what Chromium observed, so the figures
are Lighthouse's estimates for such a device, not the times this machine took. Lighthouse's CPU benchmark index here: ${Math.round(median(rows.map((r) => r.benchmarkIndex)))}.

| form factor | page | ${COLUMNS.map(([name]) => name).join(' | ')} |
| --- | --- | ${COLUMNS.map(() => '---:').join(' | ')} |
${rows.map((r) => `| ${r.ff} | ${r.label} | ${r.cells.join(' | ')} |`).join('\n')}

Scores of the single runs: ${rows.map((r) => `${r.ff}, ${r.label}: ${r.scores}`).join('; ')}.

**The pages.** All are demo/index.html, generated on the fly by bench/lib/demo.mjs and served from 127.0.0.1 with gzip.
The assent page is the demo as it is: the assent tag in \`<head>\`, the banner (no cookie), two \`<assent-embed>\` and one
\`<iframe data-assent-src>\` placeholders. The raw page has no assent tag and each embed written as its provider's own
embed code: YouTube's \`<iframe src="https://www.youtube.com/embed/ID" width="560" height="315">\`, Vimeo's
\`<iframe src="https://player.vimeo.com/video/ID" width="640" height="360">\` and Moodle's media filter iframe with \`src\`.
Everything else (text, CSS, menu.js, the inert gated analytics scripts) is the same. The reference page is the same page
again without the assent tag and with the embeds left as unknown elements that render nothing: what the page costs alone.

**No internet, made explicit.** Chromium ran with \`--host-resolver-rules\` that send every host but 127.0.0.1 to a local
HTTPS stub (its throwaway self-signed certificate accepted with \`--ignore-certificate-errors\`), which answers every request
with an empty 204; an iframe so answered stays empty. In Lighthouse's network records the raw page asked
${hosts.length ? hosts.join(', ') : 'no third-party host'} (the "third-party requests" column: one request per iframe), the assent page ${assentAsked ? 'some (a bug: it should ask none)' : 'no third-party host'}.
So the raw page was measured without what its iframes would load online: each provider's player page with its scripts,
styles, fonts and thumbnail. Lighthouse would simulate those downloads on the same connection as the page's own and list
the iframes in its "third-party facades" advice; the players' own work would run in cross-site frames. None of that is in
these figures: read the raw page's column as the raw iframes' cost without their players, a best case for them.
Lantern counts each iframe document as render-blocking when it was answered before the first paint (as the stub's
empty 204s are: an iframe document has the highest fetch priority), so for the raw page it simulates three new HTTPS
connections to new hosts before the first paint; a browser does not wait for them to paint. That, and not work on the
page, is where the raw page's later simulated FCP and LCP come from (compare the reference page); "FCP seen" is what this machine saw,
unthrottled, for comparison.
What assent costs is its column against the reference: the parser-blocking script (download, compile, evaluation) and the
banner${/part="text"/.test(lcp('assent') ?? '') ? ', whose text is the largest contentful paint on its page on mobile' : ''}.
Largest contentful paint element on mobile: ${Object.keys(PAGES).map((name) => `${name} page \`${lcp(name) ?? '?'}\``).join('; ')}.`;

  const table = rows.map((r) => ({ 'form factor': r.ff, page: r.label, ...Object.fromEntries(COLUMNS.map(([name], i) => [name, r.cells[i]])) }));
  return { title: 'Lighthouse: demo course page, assent against raw iframes', table, text };
}

if (isMain(import.meta.url)) await main(run);
