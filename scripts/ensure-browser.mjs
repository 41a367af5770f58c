// The test suite drives Debian's Chromium. When it is missing, install it
// with apt (these machines run as root); never download a browser build.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { CHROME as CHROMIUM } from './chromium.mjs';


if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} not found: installing Debian's chromium with apt-get`);
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
  execSync(`${sudo}apt-get install -y -qq --no-install-recommends chromium`, { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing`);
    process.exit(1);
  }
}
