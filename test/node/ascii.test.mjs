// dist/assent.js is plain ASCII, so it reads the same whatever the encoding of
// the page that loads it, and whatever charset (or none) the server sends:
// a Latin-1 page must not turn "Einstellungen ändern" into "Ã¤ndern".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('dist/assent.js holds only printable ASCII, tabs and line breaks', () => {
  const code = readFileSync(new URL('../../dist/assent.js', import.meta.url), 'utf8');
  const found = [...code.matchAll(/[^ -~\t\n\r]/g)].map((m) => JSON.stringify(code.slice(Math.max(0, m.index - 30), m.index + 10)));
  assert.deepEqual(found, []);
});
