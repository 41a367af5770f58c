// Issue 16, receipts in Moodle's database: assent's own outbox in Chromium
// posting to local_assent's receipt logic over real HTTP. PHP's built-in
// server runs test/php/receipt-server.php: the tag local_assent prints
// (\local_assent\script_tag), dist/ under /local/assent/dist/, and
// /local/assent/receipt.php answered by \local_assent\receipt_intake with the
// validator over docs/receipt.schema.json; only the Moodle session (sesskey,
// user) and the table (a JSON file) are stood in for. Needs a fresh
// `npm run build` and php.
// Run: node --test test/node/moodle-receipts.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SESSKEY = 'Xy7kQ2pL9m';
const USERID = '42';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let dir;
let store;
let php;
let origin;
let browser;

const rows = () => (existsSync(store) ? JSON.parse(readFileSync(store, 'utf8') || '{}') : {});

async function until(check, message, timeout = 10_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) assert.fail(`timed out: ${message}`);
    await sleep(50);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'assent.js')), 'dist/assent.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'assent-receipts-'));
  store = join(dir, 'receipts.json');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  php = spawn('php', ['-S', `127.0.0.1:${port}`, join(ROOT, 'test', 'php', 'receipt-server.php')], {
    env: { ...process.env, ASSENT_DIST: join(ROOT, 'dist'), ASSENT_STORE: store, ASSENT_SESSKEY: SESSKEY, ASSENT_USERID: USERID },
    stdio: 'ignore',
  });
  await until(async () => (await fetch(`${origin}/course`).catch(() => null))?.ok === true, 'php -S answering');
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  php?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** How many receipts wait in the browser: each under its own key `assent_outbox.ID`. */
const outbox = (tab) => tab.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('assent_outbox.')).length);

describe('receipts from assent in the browser to local_assent', () => {
  test('"Accept all" is stored once, for the logged-in user, and leaves the browser\'s outbox', async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/course`);
      await tab.getByRole('button', { name: 'Accept all' }).click();
      await until(() => Object.keys(rows()).length === 1, 'one stored receipt');
      await until(async () => (await outbox(tab)) === 0, 'the outbox emptied (the endpoint acknowledged)');
      const [row] = Object.values(rows());
      const receipt = JSON.parse(row.receipt);
      assert.equal(row.userid, 42);
      assert.equal(receipt.schema, 'assent-receipt/1');
      assert.equal(receipt.revision, '2026-09');
      assert.equal(receipt.source, 'user');
      assert.equal(receipt.language, 'en');
      assert.equal(receipt.decisions.categories.analytics, true);
      // The next page view sends nothing again.
      await tab.reload();
      await sleep(500);
      assert.equal(Object.keys(rows()).length, 1);
    } finally {
      await context.close();
    }
  });

  test('with a stale sesskey nothing is stored and the browser keeps the receipt; the next page sends it', async () => {
    const context = await browser.newContext();
    try {
      const before = Object.keys(rows()).length;
      const tab = await context.newPage();
      await tab.goto(`${origin}/course-stale`);
      const refused = tab.waitForResponse((r) => r.url().includes('/local/assent/receipt.php'));
      await tab.getByRole('button', { name: 'Reject all' }).click();
      assert.equal((await refused).status(), 403);
      assert.equal(Object.keys(rows()).length, before, 'nothing stored');
      assert.equal(await outbox(tab), 1, 'kept in the browser');
      // A page with this session's sesskey delivers it.
      await tab.goto(`${origin}/course`);
      await until(() => Object.keys(rows()).length === before + 1, 'delivered from the next page');
      await until(async () => (await outbox(tab)) === 0, 'and the outbox emptied');
      const receipt = JSON.parse(Object.values(rows()).at(-1).receipt);
      assert.equal(receipt.decisions.categories.analytics, false);
    } finally {
      await context.close();
    }
  });

  test('over HTTP: 201, 200 for the same receipt, 409 for another with its id, 400, 415, 403 from another origin', async () => {
    const url = `${origin}/local/assent/receipt.php?sesskey=${SESSKEY}`;
    const receipt = {
      schema: 'assent-receipt/1',
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      revision: '',
      source: 'api',
      language: 'de',
      decisions: { categories: { essential: true }, embeds: { youtube: true } },
      policies: {},
    };
    const post = (body, headers = { 'content-type': 'application/json' }) =>
      fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    assert.equal((await post(receipt)).status, 201);
    const again = await post(receipt);
    assert.deepEqual([again.status, await again.json()], [200, { id: receipt.id, status: 'duplicate' }]);
    assert.equal((await post({ ...receipt, source: 'user' })).status, 409);
    const invalid = await post({ ...receipt, id: randomUUID(), language: 'not a language!' });
    assert.equal(invalid.status, 400);
    assert.match((await invalid.json()).message, /\/language/);
    assert.equal((await post(receipt, { 'content-type': 'text/plain' })).status, 415);
    assert.equal((await post({ ...receipt, id: randomUUID() }, { 'content-type': 'application/json', origin: 'https://evil.example' })).status, 403);
    assert.equal((await fetch(url)).status, 405);
    assert.equal(rows()[receipt.id].userid, 42);
  });
});
