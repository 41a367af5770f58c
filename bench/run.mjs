/**
 * `npm run bench`: every bench of the comparison, one after the other, in
 * one go (after `npm run build`):
 *
 *   1. boot.mjs        what dist/assent.js costs the demo page as it loads
 *   2. embeds-100.mjs  100 <assent-embed> against 100 lite-youtube-embed
 *   3. lighthouse.mjs  Lighthouse's performance score, assent against raw iframes
 *   4. peers.mjs       assent against vanilla-cookieconsent, Klaro and tarteaucitron
 *
 *   npm run bench                 (prints the tables)
 *   npm run bench -- --write      (also updates bench/RESULTS.md)
 *
 * Each also runs alone (`node bench/boot.mjs`); see each file for its
 * settings (BOOT_RUNS, EMBEDS_RUNS, LIGHTHOUSE_RUNS, PEERS_RUNS).
 */
import { run as boot } from './boot.mjs';
import { run as embeds } from './embeds-100.mjs';
import { run as lighthouse } from './lighthouse.mjs';
import { run as peers } from './peers.mjs';
import { announce, publish } from './lib/report.mjs';

announce();
let failed = 0;
for (const [name, bench] of Object.entries({ boot, embeds, lighthouse, peers })) {
  try {
    publish(await bench());
  } catch (error) {
    failed++;
    console.error(`bench ${name} failed:`, error);
  }
}
process.exitCode = failed ? 1 : 0;
