// The layering the README's "Layout" describes, checked on the sources: the
// core imports nothing outside itself, and no element touches the browser's
// storage (every answer goes element -> state -> store -> element).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

function sources(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The files a module imports (value and type imports), as paths from the repository root. */
function imports(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map((match) =>
    relative(ROOT, resolve(dirname(file), match[1])),
  );
}

test('src/core imports nothing outside src/core', () => {
  const outward = sources(join(SRC, 'core')).flatMap((file) =>
    imports(file)
      .filter((target) => !target.startsWith('src/core/'))
      .map((target) => `${relative(ROOT, file)} imports ${target}`),
  );
  assert.deepEqual(outward, []);
});

test('no element reads or writes a cookie or localStorage', () => {
  const touching = sources(join(SRC, 'components')).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const found = [];
    if (/document\.cookie|localStorage|sessionStorage|js-cookie/.test(text)) found.push('the browser storage');
    if (imports(file).some((target) => target.startsWith('src/storage/'))) found.push('src/storage');
    if (/\b(readPolicyRecord|writePolicyRecord)\b/.test(text)) found.push('the policy cookie codec');
    return found.map((what) => `${relative(ROOT, file)} uses ${what}`);
  });
  assert.deepEqual(touching, []);
});

test('every event is emitted through the typed map', () => {
  const untyped = sources(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return /new CustomEvent\(/.test(text) && !file.endsWith(join('events', 'names.ts')) ? [relative(ROOT, file)] : [];
  });
  assert.deepEqual(untyped, [], 'dispatch events with emit() from src/events/names.ts');
});
