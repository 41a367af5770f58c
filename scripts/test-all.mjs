// The browser suite in Chromium, Firefox and WebKit (web-test-runner.all.config.js).
//
// Installs what is missing with apt (Debian's chromium, firefox-esr,
// webkit2gtk-driver and xvfb; never a browser download), starts a private
// Xvfb and WebKitWebDriver for WebKit, runs wtr with the given arguments,
// stops both again and exits with wtr's exit code.
//
//   node scripts/test-all.mjs [wtr arguments, e.g. --files test/e2e/boot.test.ts]
//   ASSENT_ENGINES=firefox,webkit node scripts/test-all.mjs
import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROME } from './chromium.mjs';

const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const engines = (process.env.ASSENT_ENGINES || 'chromium,firefox,webkit').split(',').map((name) => name.trim());

/** Debian package → the files it must provide. */
const needs = {
  chromium: { chromium: [CHROME] },
  firefox: { 'firefox-esr': [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'] },
  webkit: { 'webkit2gtk-driver': ['/usr/bin/WebKitWebDriver', MINIBROWSER], xvfb: ['/usr/bin/Xvfb'] },
};

function ensurePackages() {
  const wanted = Object.assign({}, ...engines.map((engine) => needs[engine] ?? {}));
  const missing = Object.entries(wanted)
    .filter(([, files]) => files.some((file) => !existsSync(file)))
    .map(([pkg]) => pkg);
  if (missing.length === 0) return;
  console.log(`installing with apt-get: ${missing.join(' ')}`);
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
  // With their recommended packages (Mesa's DRI drivers, the desktop portal,
  // GStreamer plugins for WebKit): the set the suite is known green with.
  execSync(`${sudo}apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env });
  for (const pkg of missing) {
    for (const file of wanted[pkg]) {
      if (!existsSync(file)) throw new Error(`apt-get installed ${pkg} but ${file} is still missing`);
    }
  }
}

const children = [];

function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  child.on('exit', (code, signal) => {
    child.exited = true;
    if (!child.stopping) console.error(`${command} exited early (${signal ?? code}):\n${stderr}`);
  });
  children.push(child);
  return child;
}

function stopAll() {
  for (const child of children.splice(0)) {
    if (child.exited) continue;
    child.stopping = true;
    child.kill('SIGTERM');
  }
}

async function waitFor(check, what, timeout = 15000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A display number nobody uses. */
function freeDisplay() {
  for (let n = 99; n < 199; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('no free X display between :99 and :198');
}

/** A TCP port nobody uses on localhost. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startWebKit() {
  const display = freeDisplay();
  const xvfb = start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  await waitFor(() => xvfb.exited || existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
  if (xvfb.exited) throw new Error('Xvfb did not start');
  const port = await freePort();
  const driver = start('WebKitWebDriver', [`--port=${port}`], { DISPLAY: `:${display}` });
  await waitFor(async () => {
    if (driver.exited) return true;
    try {
      return (await fetch(`http://localhost:${port}/status`)).ok;
    } catch {
      return false;
    }
  }, 'WebKitWebDriver');
  if (driver.exited) throw new Error('WebKitWebDriver did not start');
  return { DISPLAY: `:${display}`, WEBKIT_WEBDRIVER_PORT: String(port) };
}

let exitCode = 1;
try {
  ensurePackages();
  const env = engines.includes('webkit') ? await startWebKit() : {};
  const wtr = spawn('npx', ['wtr', '--config', 'web-test-runner.all.config.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => wtr.kill(signal));
  exitCode = await new Promise((resolve) => wtr.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stopAll();
}
process.exit(exitCode);
