// `php -l` on every PHP file of the repository (the Moodle plugins, their
// tests, the bench): a syntax error fails npm test before any PHP runs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git']);

function phpFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? phpFiles(path) : entry.name.endsWith('.php') ? [path] : [];
  });
}

const files = phpFiles(ROOT);
const failed = files.filter((file) => {
  const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
  if (result.status !== 0) process.stderr.write(result.stdout + result.stderr);
  return result.status !== 0;
});
console.log(`php -l: ${files.length - failed.length} of ${files.length} PHP files without syntax errors`);
process.exitCode = failed.length || files.length === 0 ? 1 : 0;
