// npm run moodle: the two Moodle plugins as ZIPs for Site administration ›
// Plugins › Install plugins, in dist/moodle/ (or `--out DIR`):
//
//   local_assent.zip   assent/ (moodle/local_assent) + assent/dist/ (this build of dist/)
//                      + assent/schema/receipt.schema.json (docs/, what the endpoint validates against)
//   filter_assent.zip  assent/ (moodle/filter_assent)
//
// Moodle's installer wants one top folder named after the plugin without its
// type (lib/classes/update/validator.php: the folder must equal the name in
// $plugin->component), so both ZIPs hold a folder `assent`. Run after
// `npm run build` (the package.json script does both).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from './zip.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
function files(dir, skip = () => false) {
  const found = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip(rel, statSync(path).isDirectory())) continue;
      if (statSync(path).isDirectory()) walk(path);
      else found.push(rel);
    }
  };
  walk(dir);
  return found;
}

/** Files whose names appear in the text of `from` and, in turn, in theirs. */
function referenced(dist, names, from) {
  const found = new Set(from);
  const queue = [...from];
  while (queue.length > 0) {
    const text = readFileSync(join(dist, queue.shift()), 'utf8');
    for (const name of names) {
      const base = name.split('/').pop();
      if (!found.has(name) && text.includes(base)) {
        found.add(name);
        queue.push(name);
      }
    }
  }
  return found;
}

/**
 * What assent's build puts in dist/ for the browser: everything but the ES
 * module build (*.mjs, the chunks only it imports, its type declarations)
 * and these ZIPs. assent.js loads its part files from its own folder, so the
 * folder goes as a whole, whatever the build names them: a file is left out
 * only when an .mjs file names it and assent.js (or a file it names) does not.
 */
export function distFiles(dist = DIST) {
  const all = files(dist, (rel, directory) => (directory ? rel === 'moodle' || rel === 'types' : rel.endsWith('.d.ts')));
  const scripts = all.filter((rel) => /\.(m?js|json|css|map)$/.test(rel));
  const classic = referenced(dist, scripts, ['assent.js']);
  const moduleOnly = referenced(dist, scripts, all.filter((rel) => rel.endsWith('.mjs')));
  return all.filter((rel) => !rel.endsWith('.mjs') && (classic.has(rel) || !moduleOnly.has(rel)));
}

/** The plugin's component from its version.php, as Moodle's validator reads it. */
export function componentOf(source) {
  const text = readFileSync(join(source, 'version.php'), 'utf8');
  const found = /\$plugin->component\s*=\s*(['"])([a-z]+_[a-z0-9_]+)\1\s*;/.exec(text);
  if (!found) throw new Error(`${source}/version.php declares no $plugin->component`);
  return found[2];
}

/** The entries of one plugin ZIP: directories first, then files, under the top folder. */
function pluginEntries(source, extra = []) {
  const component = componentOf(source);
  const top = component.slice(component.indexOf('_') + 1);
  const list = [
    // A dist/ copied into the sources by hand is never packed: the ZIP carries this build.
    ...files(source, (rel) => rel === 'dist' || rel.startsWith('.')).map((rel) => ({ rel, from: join(source, rel) })),
    ...extra,
  ].sort((a, b) => (a.rel < b.rel ? -1 : 1));
  const directories = new Set();
  for (const { rel } of list) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'));
  }
  return {
    component,
    entries: [
      { name: `${top}/` },
      ...[...directories].sort().map((dir) => ({ name: `${top}/${dir}/` })),
      ...list.map(({ rel, from }) => ({ name: `${top}/${rel}`, data: readFileSync(from) })),
    ],
  };
}

export function buildZips(out = join(DIST, 'moodle')) {
  if (!existsSync(join(DIST, 'assent.js'))) throw new Error('dist/assent.js is missing: run `npm run build` first');
  const dist = distFiles().map((rel) => ({ rel: `dist/${rel}`, from: join(DIST, rel) }));
  const schema = { rel: 'schema/receipt.schema.json', from: join(ROOT, 'docs', 'receipt.schema.json') };
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const [source, extra] of [
    [join(ROOT, 'moodle', 'local_assent'), [...dist, schema]],
    [join(ROOT, 'moodle', 'filter_assent'), []],
  ]) {
    const { component, entries } = pluginEntries(source, extra);
    const file = join(out, `${component}.zip`);
    writeFileSync(file, writeZip(entries));
    written.push({ file, entries: entries.length });
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--out');
  for (const { file, entries } of buildZips(at > 0 ? process.argv[at + 1] : undefined)) {
    console.log(`wrote ${relative(process.cwd(), file)} (${entries} entries, ${(statSync(file).size / 1024).toFixed(1)} KB)`);
  }
}
