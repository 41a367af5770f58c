/**
 * Lighthouse, installed on demand into node_modules/.cache/ rather than
 * kept as a devDependency. As one it made `npm install` in a clean clone
 * 43 to 73 s slower (two tries each, warm npm cache, 2 cores: 169 and 156 s
 * instead of 96 and 113 s) for 103 more packages, and its dependency
 * @paulirish/trace_engine asks for `third-party-web@latest`, so `npm ci`
 * refused the lock file as "not in sync" once a newer third-party-web than
 * the locked one was out, and every clean `npm install` rewrote the lock.
 * Here it is a separate install (about 10 s even with an empty npm cache;
 * 185 MB) that `npm install` and `npm ci` of the project never see, and
 * that stays until node_modules is deleted.
 *
 * 12.8.2 is the newest Lighthouse whose `engines` allows Node 20
 * (`>=18.16`); 13.x needs Node >= 22.19.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const LIGHTHOUSE_VERSION = '12.8.2';
const DIR = fileURLToPath(new URL(`../../node_modules/.cache/assent-bench-lighthouse-${LIGHTHOUSE_VERSION}/`, import.meta.url));
const modules = join(DIR, 'node_modules');

/** `import()` of a file inside an installed package of DIR. */
const load = (path) => import(pathToFileURL(join(modules, path)).href);

/** Installs Lighthouse when missing; returns its API, its desktop config and chrome-launcher. */
export async function loadLighthouse() {
  if (!existsSync(join(modules, 'lighthouse', 'package.json'))) {
    console.log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${DIR} (once; not a dependency of the project)`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--prefix', DIR, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      stdio: 'inherit',
    });
  }
  const core = await load('lighthouse/core/index.js');
  const launcher = await load('chrome-launcher/dist/index.js');
  return { lighthouse: core.default, desktopConfig: core.desktopConfig, launchChrome: launcher.launch };
}
