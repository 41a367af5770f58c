// npm run size: what each built file costs a page (raw, gzip -9, brotli -q 11),
// what each kind of page view loads (the head script and the parts it
// fetches) next to the peers that do the same job, then where the bytes of
// the head script, dist/assent.js, come from, module by module.
//
// The breakdown bundles src/auto.ts again with esbuild, as Vite builds the
// head script (parts loaded by file name, never bundled), because Vite's
// minified output does not say which module each byte came from. esbuild's
// metafile gives each module's `bytesInOutput`; its source map tells which
// output characters belong to which module, and each module's slice is
// compressed on its own (a group's slices together). So the brotli column is
// approximate: a slice compressed alone cannot reuse the strings of its
// neighbours, and the column adds up to more than the whole file. Use it to
// see what grew, not as a bill.
//
// `node scripts/size.mjs --modules` lists every module, not only the groups.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliOf, measure, partsOf, sizesOf } from './sizes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const FILES = ['dist/assent.js', 'dist/assent.mjs', 'dist/define.mjs'];
const showModules = process.argv.includes('--modules');

const number = (n) => n.toLocaleString('en-US');

/** Prints rows as a Markdown table, numbers right-aligned. */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'number' ? number(cell) : String(cell))));
  const numeric = header.map((_, i) => rows.some((row) => typeof row[i] === 'number' || /%$/.test(row[i])));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(cells[0]));
  console.log(`|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

/** What a part is, for the table. */
function describe(name) {
  if (name.startsWith('lang-')) return `texts, ${name.slice('lang-'.length)}`;
  return (
    { ui: 'banner and settings dialog', embed: '<assent-embed> and the providers\' players', policies: 'the policy flow', receipts: 'consent receipts', texts: "checks of the JSON block's texts" }[name] ?? name
  );
}

function fileTable() {
  const rows = [];
  for (const file of FILES) {
    if (!existsSync(file)) {
      rows.push([file, 'missing: run npm run build', '', '', '']);
      continue;
    }
    const { raw, gzip, brotli } = measure(file);
    rows.push([file, file === 'dist/assent.js' ? 'head script: every page view' : 'ES module (npm)', raw, gzip, brotli]);
  }
  if (existsSync('dist/.vite/manifest.json')) {
    const parts = partsOf('dist');
    const named = new Map(Object.entries(parts.entries).map(([name, file]) => [file, name]));
    const languages = parts.files.filter((file) => named.get(file)?.startsWith('lang-'));
    for (const file of parts.files.filter((f) => !languages.includes(f)).sort()) {
      const { raw, gzip, brotli } = measure(join('dist', file));
      rows.push([`dist/${file}`, named.has(file) ? `part: ${describe(named.get(file))}` : 'shared by parts', raw, gzip, brotli]);
    }
    const sizes = languages.map((file) => measure(join('dist', file)));
    const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
    rows.push([`dist/lang-*.js (${languages.length} files)`, 'a language each, loaded when spoken', sum('raw'), sum('gzip'), sum('brotli')]);
  }
  if (existsSync('dist/esm')) {
    const esm = readdirSync('dist/esm').map((file) => measure(join('dist/esm', file)));
    const sum = (key) => esm.reduce((total, size) => total + size[key], 0);
    rows.push([`dist/esm/*.mjs (${esm.length} files)`, 'chunks of the ES module, for bundlers', sum('raw'), sum('gzip'), sum('brotli')]);
  }
  table(['file', 'what', 'raw', 'gzip', 'brotli'], rows);
}

/** What each kind of page view loads, and the peer that does that job (brotli bytes, from FINDINGS.md). */
const VIEWS = [
  { view: 'returning visitor, no embeds or policies', parts: [], peer: 'vanilla-cookieconsent 3.1.0 (JS + CSS)', peerBrotli: 13_782 },
  { view: 'first visit, English (banner and settings)', parts: ['ui', 'lang-en'], peer: 'vanilla-cookieconsent 3.1.0 (JS + CSS)', peerBrotli: 13_782 },
  { view: 'first visit, German', parts: ['ui', 'lang-de'], peer: 'vanilla-cookieconsent 3.1.0 (JS + CSS)', peerBrotli: 13_782 },
  { view: 'page with embeds, decision stored, English', parts: ['embed', 'lang-en'], peer: 'vanilla-cookieconsent + iframemanager 1.3.0', peerBrotli: 18_152 },
  { view: 'page with the policy flow, English', parts: ['policies', 'lang-en'], peer: '', peerBrotli: 0 },
  { view: 'everything: banner, embeds, policies, receipts, German', parts: ['ui', 'embed', 'policies', 'receipts', 'lang-de'], peer: 'Klaro 0.7.22 (25 locales)', peerBrotli: 59_197 },
];

function viewTable() {
  if (!existsSync('dist/assent.js') || !existsSync('dist/.vite/manifest.json')) return;
  const parts = partsOf('dist');
  const head = measure('dist/assent.js').brotli;
  const rows = VIEWS.map(({ view, parts: names, peer, peerBrotli }) => {
    const bytes = head + brotliOf('dist', parts.filesFor(names));
    return [view, bytes, peer, peerBrotli || '', peerBrotli ? `${(bytes / peerBrotli).toFixed(2)}x` : ''];
  });
  console.log('\nWhat each kind of page view loads (dist/assent.js and the parts it fetches, each file compressed on its');
  console.log('own as a server sends it; brotli bytes; peers from FINDINGS.md):\n');
  table(['page view', 'brotli', 'peer doing the same', 'peer brotli', 'assent/peer'], rows);
}

/** Which group a module of the bundle belongs to. */
function groupOf(path) {
  const parts = path.split(/[\\/]/);
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) {
    const name = parts[nm + 1];
    if (name.startsWith('lit') || name === '@lit') return 'lit';
    return name.startsWith('@') ? `${name}/${parts[nm + 2]}` : name;
  }
  if (parts[0] !== 'src') return 'other';
  if (parts.length === 2) return 'other (src/*.ts)';
  if (parts[1] === 'components' && parts.length > 3) return `components/${parts[2]}`;
  return parts[1];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The output text each source produced: from each mapping to the next one
 * on the same line. Text before the first mapping or in unmapped segments
 * (the IIFE wrapper) goes to `null`.
 */
function slicesBySource(code, map) {
  const slices = new Map();
  const add = (source, text) => slices.set(source, (slices.get(source) ?? '') + text);
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((mappingLine, lineNumber) => {
    const text = lines[lineNumber] ?? '';
    let column = 0;
    let owner = null;
    let start = 0;
    for (const segment of mappingLine.split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(owner, text.slice(start, column));
      start = column;
      if (sourceDelta === undefined) {
        owner = null;
      } else {
        sourceIndex += sourceDelta;
        owner = map.sources[sourceIndex];
      }
    }
    add(owner, `${text.slice(start)}\n`);
  });
  return slices;
}

/** The head script's loader of parts, as Vite builds dist/assent.js (see vite.config.ts). */
const classicLoader = {
  name: 'classic-loader',
  setup(build) {
    build.onResolve({ filter: /(^|\/)load\.js$/ }, ({ importer }) =>
      importer.includes(`${sep}src${sep}`) ? { path: resolve(root, 'src/parts/load-classic.ts') } : undefined,
    );
  },
};

/** The options of every esbuild re-bundle: what Vite does for dist/assent.js. */
const BUNDLE = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  write: false,
  logLevel: 'warning',
  plugins: [classicLoader],
  define: { __ASSENT_PARTS__: '{}', __ASSENT_LANGUAGES__: '""', __ASSENT_LANGUAGE_HASH__: '""' },
};

async function moduleTable(esbuild) {
  const outfile = 'dist/size-probe.js';
  const result = await esbuild.build({ ...BUNDLE, entryPoints: ['src/auto.ts'], metafile: true, sourcemap: 'external', outfile });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const slices = slicesBySource(code, map);
  // Source-map paths are relative to the output file; metafile paths to the project.
  const sliceOf = new Map(
    [...slices].map(([source, text]) => [source === null ? null : relative(root, join(root, dirname(outfile), source)).split(sep).join('/'), text]),
  );

  // Lit ships source maps, which esbuild follows: its slices are named after
  // node_modules/lit-html/src/lit-html.ts, its metafile input lit-html/lit-html.js.
  const packageKey = (path) => {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\/(?:src\/)?(.*?)(?:\.[cm]?[jt]s)?$/.exec(path);
    return match ? `${match[1]}|${match[2]}` : path;
  };
  const inputKeys = new Map(Object.keys(output.inputs).map((path) => [packageKey(path), path]));
  for (const [source, text] of [...sliceOf]) {
    if (source === null || source in output.inputs) continue;
    const input = inputKeys.get(packageKey(source));
    if (input) sliceOf.set(input, (sliceOf.get(input) ?? '') + text);
  }

  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (bytesInOutput === 0) continue;
    const group = groupOf(path);
    const slice = sliceOf.get(path) ?? '';
    const entry = groups.get(group) ?? { bytes: 0, text: '', modules: [] };
    entry.bytes += bytesInOutput;
    entry.text += slice;
    entry.modules.push({ path, bytes: bytesInOutput, brotli: slice ? sizesOf(slice).brotli : 0 });
    groups.set(group, entry);
  }
  for (const entry of groups.values()) entry.brotli = entry.text ? sizesOf(entry.text).brotli : 0;
  const total = sizesOf(code);
  const sorted = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
  const percent = (bytes) => `${((100 * bytes) / total.raw).toFixed(1)} %`;
  const rows = [];
  for (const [group, { bytes, brotli, modules }] of sorted) {
    rows.push([`**${group}** (${modules.length})`, bytes, percent(bytes), brotli]);
    if (!showModules) continue;
    for (const m of modules.sort((a, b) => b.bytes - a.bytes)) rows.push([`  ${m.path}`, m.bytes, percent(m.bytes), m.brotli]);
  }
  rows.push(['esbuild bundle of src/auto.ts, whole', total.raw, '100 %', total.brotli]);
  console.log('\nWhere the bytes of the head script dist/assent.js come from (esbuild re-bundle of src/auto.ts; brotli is approximate:');
  console.log(`each row compressed on its own${showModules ? '' : '; --modules lists every module'}):\n`);
  table(['group (modules)', 'bytes in output', 'share', 'brotli alone'], rows);
}

fileTable();
viewTable();
let esbuild = null;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('\n(no per-module or per-job breakdown: esbuild is not installed)');
}
if (esbuild) {
  await moduleTable(esbuild);
}
