// npm run size: what each built file costs a page (raw, gzip -9, brotli -q 11),
// then where the bytes of dist/assent.js come from, module by module.
//
// The breakdown bundles src/auto.ts again with esbuild, because Vite's
// minified output does not say which module each byte came from. esbuild's
// metafile gives each module's `bytesInOutput`; its source map tells which
// output characters belong to which module, and each module's slice is
// compressed on its own (a group's slices together). So the brotli column is
// approximate: a slice compressed alone cannot reuse the strings of its
// neighbours, and the column adds up to more than the whole file. Use it to
// see what grew, not as a bill.
//
// Last, what each job costs: the same re-bundle with the modules of the other
// jobs replaced by empty stubs, next to the peers FINDINGS.md measured for
// that job. Shared code (config, decision model, the English texts of every
// job) stays in each row, so the smaller rows are a little high.
//
// `node scripts/size.mjs --modules` lists every module, not only the groups.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, relativeImports, sizesOf } from './sizes.mjs';

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

function fileTable() {
  const rows = [];
  const chunks = new Map();
  for (const file of FILES) {
    if (!existsSync(file)) {
      rows.push([file, 'missing: run npm run build', '', '']);
      continue;
    }
    const { raw, gzip, brotli } = measure(file);
    rows.push([file, raw, gzip, brotli]);
    if (file.endsWith('.mjs')) for (const chunk of relativeImports(file)) chunks.set(chunk, [...(chunks.get(chunk) ?? []), file]);
  }
  for (const [chunk, importers] of chunks) {
    const { raw, gzip, brotli } = measure(chunk);
    rows.push([`${chunk} (chunk of ${importers.map((f) => f.replace('dist/', '')).join(', ')})`, raw, gzip, brotli]);
  }
  table(['file', 'raw', 'gzip', 'brotli'], rows);
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

/** The options of every esbuild re-bundle: what Vite does for dist/assent.js. */
const BUNDLE = { bundle: true, minify: true, format: 'iife', target: 'es2022', tsconfig: 'tsconfig.json', write: false, logLevel: 'warning' };

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
  console.log('\nWhere the bytes of dist/assent.js come from (esbuild re-bundle of src/auto.ts; brotli is approximate:');
  console.log(`each row compressed on its own${showModules ? '' : '; --modules lists every module'}):\n`);
  table(['group (modules)', 'bytes in output', 'share', 'brotli alone'], rows);
}

/** Modules of each job that the others can do without. */
const JOB_MODULES = {
  policies: [
    'src/components/assent-policies/assent-policies.ts',
    'src/components/assent-policies/policy-children.ts',
    'src/components/assent-policies/agreements-view.ts',
    'src/components/assent-policies/policy-meta.ts',
    'src/components/assent-policy/assent-policy.ts',
  ],
  embeds: [
    'src/components/assent-embed/assent-embed.ts',
    'src/gate/iframe-gate.ts',
    'src/providers/youtube.ts',
    'src/providers/vimeo.ts',
    'src/providers/maps.ts',
  ],
  extras: ['src/receipts/outbox.ts', 'src/integrations/consent-mode.ts', 'src/integrations/gpc.ts', 'src/integrations/matomo.ts'],
  german: ['src/i18n/locales/de.ts'],
};

/** Peers' brotli bytes for the same job, from FINDINGS.md. */
const JOBS = [
  {
    job: 'banner + settings, English',
    without: ['policies', 'embeds', 'extras', 'german'],
    peer: 'vanilla-cookieconsent 3.1.0 (JS + CSS)',
    peerBrotli: 13_782,
  },
  {
    job: 'the same + click-to-load embeds',
    without: ['policies', 'extras', 'german'],
    peer: 'vanilla-cookieconsent + iframemanager 1.3.0',
    peerBrotli: 18_152,
  },
  { job: 'everything, English and German', without: [], peer: 'Klaro 0.7.22 (25 locales)', peerBrotli: 59_197 },
];

/**
 * An esbuild plugin that replaces modules by stubs exporting the same names
 * as `0`: enough to bundle (the stub never runs), and everything only they
 * used drops out of the bundle.
 */
function stubs(paths) {
  const absolute = new Set(paths.map((path) => resolve(root, path)));
  return {
    name: 'stub-jobs',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!absolute.has(path)) return undefined;
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(path, 'utf8');
        const names = new Set();
        for (const [, name] of source.matchAll(/^export\s+(?:const|let|function|class)\s+([\w$]+)/gm)) names.add(name);
        for (const [, list] of source.matchAll(/^export\s*\{([^}]*)\}\s*;/gm))
          for (const name of list.split(',')) if (name.trim()) names.add(name.trim().split(/\s+as\s+/).pop());
        if (names.size === 0) throw new Error(`size.mjs: no exports found in ${path}; update the stub plugin`);
        return { contents: [...names].map((name) => `export const ${name} = 0;`).join('\n'), loader: 'ts' };
      });
    },
  };
}

async function jobTable(esbuild) {
  const lit = await esbuild.build({
    ...BUNDLE,
    stdin: {
      contents: "import { LitElement, html } from 'lit'; customElements.define('x-a', class extends LitElement { render() { return html`a`; } });",
      resolveDir: root,
    },
  });
  const rows = [['Lit 3 alone, one trivial element', sizesOf(lit.outputFiles[0].text).brotli, 'our floor', '', '']];
  for (const { job, without, peer, peerBrotli } of JOBS) {
    const result = await esbuild.build({
      ...BUNDLE,
      entryPoints: ['src/auto.ts'],
      plugins: [stubs(without.flatMap((name) => JOB_MODULES[name]))],
    });
    const { brotli } = sizesOf(result.outputFiles[0].text);
    rows.push([job, brotli, peer, peerBrotli, `${(brotli / peerBrotli).toFixed(2)}x`]);
  }
  console.log('\nWhat each job costs against the peers that do it (esbuild re-bundles of src/auto.ts without the');
  console.log("other jobs' modules; brotli bytes; peers from FINDINGS.md):\n");
  table(['assent, doing', 'brotli', 'peer doing the same', 'peer brotli', 'assent/peer'], rows);
}

fileTable();
let esbuild = null;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('\n(no per-module or per-job breakdown: esbuild is not installed)');
}
if (esbuild) {
  await moduleTable(esbuild);
  await jobTable(esbuild);
}
