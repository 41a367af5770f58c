// npm users get the API's types from the package (`"types"` in package.json's
// exports): a strict TypeScript program written against `assent`, as a user
// would write it, must compile, and misuse must not. Needs a fresh
// `npm run build` (dist/types). Run: node --test test/node/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules', '.bin', 'tsc');

const CONSUMER = `
import { start, set, has, acceptAll, CHANGE_EVENT, AssentEmbed, type AssentApi, type ConsentDecision } from 'assent';

const api: AssentApi = start({ dataset: { lang: 'de', categories: 'analytics' } });
const decision: ConsentDecision = api.get();
const analytics: boolean | undefined = decision.categories.analytics;
const stored: boolean = set({ analytics: true }) && acceptAll({ guardian: true });
const granted: boolean = has('youtube');
document.addEventListener(CHANGE_EVENT, (event) => {
  const source: string = event.detail.source;
  console.log(source, analytics, stored, granted);
});
const embed: AssentEmbed = document.createElement('assent-embed');
embed.setAttribute('src', 'https://www.youtube.com/watch?v=M7lc1UVf-VE');

// @ts-expect-error answers are booleans
set({ analytics: 'yes' });
// @ts-expect-error start() takes the options object, not a language
start('de');
`;

test('a strict TypeScript program written against the published types compiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assent-types-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'assent'), 'dir');
    writeFileSync(join(dir, 'main.ts'), CONSUMER);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom', 'dom.iterable'],
          skipLibCheck: false,
          types: [],
        },
        files: ['main.ts'],
      }),
    );
    let output = '';
    try {
      execFileSync(tsc, ['-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    assert.equal(output, '', 'tsc reported errors');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
