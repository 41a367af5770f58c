// The PHP half of the suite (the Moodle plugins' PHPUnit tests, php -l, and
// the browser test of pages that went through the PHP rewriter) needs php
// and phpunit. When either is missing, install Debian's with apt (these
// machines run as root), as ensure-browser.mjs does for Chromium.
import { execSync, spawnSync } from 'node:child_process';

const PACKAGES = 'php-cli php-xml php-mbstring phpunit';
const missing = () => ['php', 'phpunit'].filter((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0);

if (missing().length > 0) {
  console.log(`${missing().join(' and ')} not found: installing ${PACKAGES} with apt-get`);
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
  execSync(`${sudo}apt-get install -y -qq --no-install-recommends ${PACKAGES}`, { stdio: 'inherit', env });
  if (missing().length > 0) {
    console.error(`apt-get finished but ${missing().join(' and ')} still missing`);
    process.exit(1);
  }
}
