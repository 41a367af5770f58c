// Issue 12, "Done when": a load and fault test of the receipts' outbox in a
// real browser against the reference receiver (examples/receiver/server.mjs,
// a real SQLite database). Several tabs decide at once while the endpoint
// answers 503, redirects (302, 303) or drops the connection; the site's
// storage is full in one browser profile and blocked in another; eight tabs
// with Global Privacy Control are restored at once in a third. Then the
// endpoint comes back. Every receipt a page made (each id it generated) must
// be stored, once: 0 lost, 0 duplicated.
// Needs a fresh `npm run build` (serves dist/assent.js).
// Run: node --test test/node/outbox-load.test.mjs
/* global window -- the instrument and fault functions run inside the page */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { createReceiver } from '../../examples/receiver/server.mjs';
import { CHROME, CHROME_FLAGS } from '../../scripts/chromium.mjs';
import { startPageServer } from './lib/page-server.mjs';

const TABS = 6;
const DECISIONS = 12;
const GPC_TABS = 8;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course</title>
<script src="/dist/assent.js" data-endpoint="/receipts" data-categories="analytics,functional"></script>
</head><body><main><h1>Course</h1></main></body></html>`;

/** Before the widget: every id the page generates (only receipts get one) and every decision it reports. */
function instrument() {
  window.__ids = [];
  const uuid = crypto.randomUUID.bind(crypto);
  crypto.randomUUID = () => {
    const id = uuid();
    window.__ids.push(id);
    return id;
  };
}
/** The site's storage filled to the last byte, once per profile. */
function fillStorage() {
  if (localStorage.getItem('filler0') !== null) return;
  let chunk = 'x'.repeat(1 << 20);
  for (let i = 0; chunk.length > 0; ) {
    try {
      localStorage.setItem(`filler${i++}`, chunk);
    } catch {
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
}
/** Storage blocked, as with "block all site data". */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}
function sendGpc() {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
}

// ---------------------------------------------------------------- harness

let dir;
let db;
let receiver;
let server;
let browser;
let origin;
/** While true, the endpoint misbehaves in turn: 503, 302, drop, 303, then one passes. */
let faulty = true;
const seen = { requests: 0, 503: 0, 302: 0, 303: 0, dropped: 0, passed: 0 };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-outbox-load-'));
  const file = join(dir, 'receipts.db');
  receiver = createReceiver({ db: file });
  server = await startPageServer({
    route(request, response, path) {
      if (path === '/receipts') {
        const turn = seen.requests++ % 5;
        if (faulty && turn === 0) {
          seen[503]++;
          response.writeHead(503, { 'retry-after': '1' });
          response.end();
        } else if (faulty && (turn === 1 || turn === 3)) {
          const status = turn === 1 ? 302 : 303;
          seen[status]++;
          response.writeHead(status, { location: '/landing' });
          response.end();
        } else if (faulty && turn === 2) {
          seen.dropped++;
          request.socket.destroy();
        } else {
          seen.passed++;
          receiver.emit('request', request, response);
        }
        return true;
      }
      // A login wall: 200 to anything.
      if (path === '/landing') {
        request.resume().on('end', () => response.end('<p>Please log in.</p>'));
        return true;
      }
      // The head script and the parts it loads from beside itself (the receipts part among them) are the server's own.
      if (path.startsWith('/dist/')) return false;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(PAGE);
      return true;
    },
  });
  origin = `http://localhost:${server.port}`;
  db = new Database(file, { readonly: true });
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  db?.close();
  await server?.close();
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function profile(...scripts) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  for (const script of scripts) await context.addInitScript(script);
  return context;
}

const openTabs = (context, count) =>
  Promise.all(Array.from({ length: count }, async () => {
    const tab = await context.newPage();
    await tab.goto(`${origin}/course/view.php`);
    await tab.waitForFunction(() => typeof window.assent?.get === 'function');
    return tab;
  }));

/** Every tab decides `count` times at once with the others: accept all, reject all, one category. */
async function decideAtOnce(tabs, count) {
  await Promise.all(
    tabs.map(async (tab, t) => {
      for (let k = 0; k < count; k++) {
        await tab.evaluate(([k, t]) => {
          if (k % 3 === 0) window.assent.acceptAll();
          else if (k % 3 === 1) window.assent.rejectAll();
          else window.assent.set({ functional: (k + t) % 2 === 0 });
        }, [k, t]);
      }
    }),
  );
}

const madeIds = async (tabs) => (await Promise.all(tabs.map((tab) => tab.evaluate(() => window.__ids)))).flat();
const storedIds = () => db.prepare('SELECT id FROM receipts').pluck().all();

async function until(check, message, timeout = 60_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---------------------------------------------------------------- test

test('tabs deciding at once, redirects, 5xx, dropped connections, full and blocked storage: every receipt stored once', { timeout: 180_000 }, async () => {
  const normal = await profile();
  const full = await profile(fillStorage);
  const blocked = await profile(blockStorage);
  const gpc = await profile(sendGpc);

  const tabs = {
    normal: await openTabs(normal, TABS),
    full: await openTabs(full, 3),
    blocked: await openTabs(blocked, 3),
    // A browser restoring eight tabs with Global Privacy Control: each may record the refusal at once.
    gpc: await openTabs(gpc, GPC_TABS),
  };
  const all = Object.values(tabs).flat();
  await Promise.all([
    decideAtOnce(tabs.normal, DECISIONS),
    decideAtOnce(tabs.full, DECISIONS / 2),
    decideAtOnce(tabs.blocked, DECISIONS / 2),
    decideAtOnce(tabs.gpc, 2),
  ]);
  const made = await madeIds(all);
  assert.equal(new Set(made).size, made.length, 'every receipt has its own id');
  assert.ok(made.length >= (TABS + 6) * 4, `${made.length} receipts made`);

  // The endpoint comes back; the browsers learn it the way they do: online again.
  await new Promise((resolve) => setTimeout(resolve, 500));
  faulty = false;
  for (const tab of all) await tab.evaluate(() => window.dispatchEvent(new Event('online')));
  await until(() => storedIds().length >= made.length, `${made.length} receipts stored (${storedIds().length} so far)`);

  // Closing every tab beacons what is still marked as waiting; the next page view sends the rest.
  for (const tab of all) await tab.close({ runBeforeUnload: true });
  const again = [...(await openTabs(normal, 1)), ...(await openTabs(full, 1))];
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const tab of again) await tab.evaluate(() => window.dispatchEvent(new Event('online')));
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const stored = storedIds();
  const lost = made.filter((id) => !stored.includes(id));
  const strangers = stored.filter((id) => !made.includes(id));
  const rows = db.prepare('SELECT count(*) FROM receipts').pluck().get();
  const distinct = db.prepare('SELECT count(DISTINCT json) FROM receipts').pluck().get();
  const figures = { tabs: all.length, receipts: made.length, stored: stored.length, lost: lost.length, duplicated: rows - distinct, ...seen };
  console.log(`outbox load: ${JSON.stringify(figures)}`);
  assert.deepEqual(lost, [], `${lost.length} of ${made.length} receipts lost`);
  assert.deepEqual(strangers, [], 'nothing stored that no page made');
  assert.equal(rows, made.length, 'each receipt stored once');
  assert.equal(distinct, rows, '0 duplicated in the database');
  assert.ok(seen[503] > 0 && seen[302] > 0 && seen[303] > 0 && seen.dropped > 0, `every fault happened: ${JSON.stringify(seen)}`);
  for (const context of [normal, full, blocked, gpc]) await context.close();
});
