// Budgets are tests (STYLE.md 12): the one-tag script must not grow unnoticed,
// must stay a classic script with production Lit, and the npm build must leave
// Lit to the user's bundler. Needs a fresh `npm run build`.
// Run: node --test test/node/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { measure, relativeImports } from '../../scripts/sizes.mjs';

/**
 * Brotli (quality 11) bytes allowed for dist/assent.js.
 * 2026-11-26: measured 29,458 B with banner, settings, embeds and policies;
 * 32,790 B once the minors' guardian rule (806 B), Matomo, Consent Mode and
 * GPC (701 B) and consent receipts (1,650 B) were added. Budget = that + ~3 %
 * headroom, rounded up to the next 100. Lower it when the bundle shrinks,
 * never raise it silently: a raise belongs in a commit that says why.
 * Long-term target (issue 7): below vanilla-cookieconsent 3.1.0's 13,782 B
 * brotli (JS + CSS), see FINDINGS.md.
 */
const BUDGET = 33_800;

const dist = (name) => join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', name);
const CLASSIC = dist('assent.js');
const MODULE = dist('assent.mjs');

function read(file) {
  assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

test(`dist/assent.js is at most ${BUDGET.toLocaleString('en-US')} bytes brotli`, () => {
  read(CLASSIC);
  const { brotli } = measure(CLASSIC);
  assert.ok(
    brotli <= BUDGET,
    `dist/assent.js is ${brotli.toLocaleString('en-US')} bytes brotli, over its budget of ` +
      `${BUDGET.toLocaleString('en-US')} (by ${(brotli - BUDGET).toLocaleString('en-US')}). ` +
      'Run `npm run size` to see which module grew.',
  );
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

test('dist/assent.js carries production Lit', () => {
  const code = read(CLASSIC);
  assert.ok(
    !code.includes('Lit is in dev mode'),
    "dist/assent.js contains Lit's development build ('Lit is in dev mode'); resolve lit without the 'development' condition",
  );
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
