// dist/assent.js and its parts are plain ASCII, so they read the same whatever
// the encoding of the page that loads them, and whatever charset (or none) the
// server sends: a Latin-1 page must not turn "Einstellungen ändern" into
// "Ã¤ndern". (Browsers decode module scripts, the parts, as UTF-8 anyway;
// ASCII also survives a server that sends them as something else.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const DIST = new URL('../../dist/', import.meta.url);

test('dist/assent.js and every part beside it hold only printable ASCII, tabs and line breaks', () => {
  const files = readdirSync(DIST).filter((name) => name.endsWith('.js'));
  assert.ok(files.includes('assent.js') && files.length > 1, `the head script and its parts are built (${files.join(', ')})`);
  const found = files.flatMap((name) => {
    const code = readFileSync(new URL(name, DIST), 'utf8');
    return [...code.matchAll(/[^ -~\t\n\r]/g)].map((m) => `${name}: ${JSON.stringify(code.slice(Math.max(0, m.index - 30), m.index + 10))}`);
  });
  assert.deepEqual(found, []);
});
