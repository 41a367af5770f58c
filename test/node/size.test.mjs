// Budgets are tests (STYLE.md 12): the head script and the parts a page view
// loads must not grow unnoticed, the head must stay a classic script without
// Lit, the parts must carry production Lit, and the npm build must leave
// Lit to the user's bundler. Needs a fresh `npm run build`.
// Run: node --test test/node/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { brotliOf, measure, partsOf, relativeImports } from '../../scripts/sizes.mjs';

/*
 * Budgets, brotli (quality 11) bytes, each file compressed on its own as a
 * server sends it. dist/assent.js is the head script every page view
 * evaluates; the rest are parts it loads where a page needs them (issue 13).
 *
 * Targets of issue 13, not met yet (2026-12-03, measured after the split):
 * - head script at most 8,000 B (stretch 6,000);
 * - a first visit in English, everything before the banner can be answered,
 *   at most 13,782 B (vanilla-cookieconsent's JS and CSS) and below 18,152 B;
 * - a page with embeds (head, Lit, embed part) below 18,152 B.
 * The budgets below are the sizes reached plus about 2 % headroom: they keep
 * the split from growing unnoticed while the targets stand. Lower them as the
 * parts shrink, never raise one silently: a raise belongs in a commit that
 * says why. Before the split, the one file was 33,534 B on every page view.
 * Lowered on 2026-12-04 when English became a language part and the checks
 * of the JSON block's texts a part of their own.
 */
const BUDGETS = {
  /** Every page view. */
  head: 14_480,
  /** A first visit in English: the banner and settings. */
  firstVisit: 28_580,
  /** A first visit in German: no English with it. */
  firstVisitGerman: 29_210,
  /** A page with embeds, decision stored: the placeholders, in English. */
  embeds: 28_150,
  /** A page with the policy flow, in English. */
  policies: 30_750,
  /** The most a page can load: banner, embeds, policy flow, receipts and German. */
  everything: 41_700,
  /** Any one language part. */
  language: 3_200,
};

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const dist = (name) => join(DIST, name);
const CLASSIC = dist('assent.js');
const MODULE = dist('assent.mjs');

function read(file) {
  assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

function within(what, bytes, budget) {
  assert.ok(
    bytes <= budget,
    `${what} is ${bytes.toLocaleString('en-US')} bytes brotli, over its budget of ${budget.toLocaleString('en-US')} ` +
      `(by ${(bytes - budget).toLocaleString('en-US')}). Run \`npm run size\` to see which part grew.`,
  );
}

test(`dist/assent.js, the head script, is at most ${BUDGETS.head.toLocaleString('en-US')} bytes brotli`, () => {
  read(CLASSIC);
  within('dist/assent.js', measure(CLASSIC).brotli, BUDGETS.head);
});

/** What a page view downloads for these parts: the head script and the parts' files. */
function pageView(names) {
  read(CLASSIC);
  const parts = partsOf(DIST);
  return measure(CLASSIC).brotli + brotliOf(DIST, parts.filesFor(names));
}

for (const [budget, names, what] of [
  ['firstVisit', ['ui', 'lang-en'], 'a first visit in English (banner and settings)'],
  ['firstVisitGerman', ['ui', 'lang-de'], 'a first visit in German'],
  ['embeds', ['embed', 'lang-en'], 'a page with embeds, in English'],
  ['policies', ['policies', 'lang-en'], 'a page with the policy flow, in English'],
  ['everything', ['ui', 'embed', 'policies', 'receipts', 'lang-de'], 'a page using every part, in German'],
]) {
  test(`${what} loads at most ${BUDGETS[budget].toLocaleString('en-US')} bytes brotli`, () => {
    within(what, pageView(names), BUDGETS[budget]);
  });
}

test(`each language part is at most ${BUDGETS.language.toLocaleString('en-US')} bytes brotli, and no part carries a language`, () => {
  const parts = partsOf(DIST);
  const languages = Object.keys(parts.entries).filter((name) => name.startsWith('lang-'));
  assert.ok(languages.includes('lang-en') && languages.includes('lang-de'), 'English and German are language parts');
  for (const name of languages) within(`the part ${name}`, measure(dist(parts.entries[name])).brotli, BUDGETS.language);
  // A German page loads German only: neither the parts nor what they share hold English (or any other language).
  const files = parts.filesFor(['ui', 'embed', 'policies', 'receipts']);
  assert.deepEqual(files.filter((file) => languages.some((name) => file === parts.entries[name])), []);
  for (const file of files) assert.ok(!read(dist(file)).includes('Accept all'), `${file} holds English texts`);
});

test('dist/assent.js is a classic script (no top-level import or export)', () => {
  const code = read(CLASSIC);
  // Compiling as a classic script (not running it) throws on import/export
  // statements and import.meta, which a plain <script src> cannot load.
  let error = null;
  try {
    new Script(code, { filename: 'dist/assent.js' });
  } catch (caught) {
    error = caught;
  }
  assert.equal(error, null, `dist/assent.js does not compile as a classic script: ${error?.message}`);
});

test('the parts of dist/assent.js carry production Lit, and the head script none', () => {
  const parts = partsOf(DIST);
  const sources = parts.files.map((file) => read(dist(file)));
  assert.ok(sources.some((source) => /\blitHtmlVersions\b/.test(source)), 'a part carries Lit');
  const development = parts.files.filter((_, i) => sources[i].includes('Lit is in dev mode'));
  assert.deepEqual(development, [], "Lit's development build ('Lit is in dev mode'); resolve lit without the 'development' condition");
  assert.ok(!/\blitHtmlVersions\b/.test(read(CLASSIC)), 'dist/assent.js carries Lit');
});

test('dist/assent.mjs imports lit instead of bundling it', () => {
  read(MODULE);
  const files = [MODULE, ...relativeImports(MODULE)];
  const sources = files.map((file) => readFileSync(file, 'utf8'));
  assert.ok(
    sources.some((source) => /\bfrom\s*["']lit["']/.test(source)),
    `neither dist/assent.mjs nor its chunks import from "lit" (${files.length} files read)`,
  );
  // Every copy of Lit registers its version on globalThis under these names.
  const bundled = files.filter((_, i) => /\b(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\b/.test(sources[i]));
  assert.deepEqual(bundled, [], 'dist/assent.mjs (or a chunk it imports) bundles a copy of Lit; keep lit external');
});
