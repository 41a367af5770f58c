/**
 * What every bench prints and writes: the machine it ran on, its table on
 * the console, and its section of bench/RESULTS.md (with --write).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { argv } from 'node:process';
import { fileURLToPath } from 'node:url';
import { CHROME } from './browser.mjs';

export const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
export const WRITE = argv.includes('--write');

const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

let facts;

/** Date, cores, CPU model, load average, Node and Chromium versions, read once (at the start of a run). */
export function machine() {
  facts ??= readMachine();
  return facts;
}

function readMachine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown CPU';
  return {
    date: run('date', []) ?? new Date().toString(),
    day: new Date().toISOString().slice(0, 10),
    cores: run('nproc', []) ?? String(availableParallelism()),
    cpu,
    node: process.version,
    commit: `${run('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown'}${run('git', ['status', '--porcelain', '--', 'src']) ? ' with uncommitted changes in src/' : ''}`,
    load: loadavg().map((l) => l.toFixed(2)).join(', '),
    chromium: (run(CHROME, ['--version']) ?? 'Chromium (version unknown)').replace(/\s+built on.*$/, ''),
  };
}

export const machineLine = (m) =>
  `Measured ${m.date} at commit ${m.commit} on ${m.cores} cores (\`nproc\`) of an ${m.cpu} (load average ${m.load} at the start), ${m.chromium} (Debian, headless), Node ${m.node}.`;

/** Replaces the `## title` section of RESULTS.md, or appends it. */
export function writeSection(title, text) {
  const before = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Bench results\n';
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`## ${escaped}\\n[\\s\\S]*?(?=\\n## |$)`);
  const section = `## ${title}\n\n${text.trim()}\n`;
  const after = pattern.test(before) ? before.replace(pattern, section) : `${before.trimEnd()}\n\n${section}`;
  writeFileSync(RESULTS, after);
}

/** Prints a bench's result and, with --write, stores its section headed by the machine it ran on. */
export function publish({ title, table, text }) {
  console.log(`\n## ${title}\n`);
  console.table(table);
  console.log(`\n${text.trim()}\n`);
  if (WRITE) {
    writeSection(title, `${machineLine(machine())}\n${text}`);
    console.log(`updated "${title}" in ${RESULTS}`);
  }
}

/** True when `url` (import.meta.url) is the script node was started with. */
export const isMain = (url) => argv[1] !== undefined && fileURLToPath(url) === argv[1];

/** Prints the machine line, and a warning when other work is running (the figures are then noisy). */
export function announce() {
  const m = machine();
  console.log(machineLine(m));
  if (loadavg()[0] > 1.5) console.warn(`warning: the machine is busy (load average ${m.load}); other processes will make these figures noisy`);
}

/** A bench started on its own: read the machine first, then run and publish. */
export async function main(run) {
  announce();
  publish(await run());
}
