// Issue 6, "Done when": the reference receiver (examples/receiver/server.mjs)
// validates receipts against docs/receipt.schema.json, answers schema errors
// with 400 and a clear message, stores a receipt once however often it
// arrives, and stores every one of many concurrent posts.
// Run: node --test test/node/
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import net from 'node:net';
import { REQUEST_TIMEOUT, createReceiver } from '../../examples/receiver/server.mjs';

const ORIGIN = 'https://moodle.example.org';

function receipt(overrides = {}) {
  return {
    schema: 'assent-receipt/1',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    revision: '2026-09',
    source: 'user',
    language: 'de',
    decisions: { categories: { essential: true, analytics: true }, embeds: { youtube: false, vimeo: true } },
    policies: { privacy: { version: '3', accepted: true, onBehalf: false, at: '2026-11-20T08:00:00.000Z' } },
    ...overrides,
  };
}

describe('reference receiver', () => {
  let dir;
  let server;
  let url;
  let db;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assent-receiver-'));
    const file = join(dir, 'receipts.db');
    server = createReceiver({ db: file, allowOrigin: ORIGIN });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/receipts`;
    db = new Database(file, { readonly: true });
  });

  after(async () => {
    db.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (body, headers = { 'content-type': 'application/json' }) => {
    const response = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, body: await response.json().catch(() => null), headers: response.headers };
  };
  const count = (id) => db.prepare('SELECT count(*) FROM receipts WHERE id = ?').pluck().get(id);

  test('stores a valid receipt: 201, one row with the receipt and the arrival time', async () => {
    const sent = receipt();
    const answer = await post(sent);
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, { id: sent.id, status: 'stored' });
    const row = db.prepare('SELECT * FROM receipts WHERE id = ?').get(sent.id);
    assert.deepEqual(JSON.parse(row.json), sent);
    assert.ok(Math.abs(Date.parse(row.received_at) - Date.now()) < 60_000, row.received_at);
  });

  test('accepts application/json with a charset, refuses text/plain (what a cross-site form can send)', async () => {
    const sent = receipt();
    assert.equal((await post(sent, { 'content-type': 'text/plain;charset=UTF-8' })).status, 415);
    assert.equal(count(sent.id), 0);
    assert.equal((await post(sent, { 'content-type': 'application/json; charset=utf-8' })).status, 201);
    assert.equal(count(sent.id), 1);
  });

  const invalid = [
    ['a missing id', () => ({ ...receipt(), id: undefined }), '(receipt) is missing the required property "id"'],
    ['another schema version', () => receipt({ schema: 'assent-receipt/2' }), '/schema must be "assent-receipt/1"'],
    ['an id that is not a UUID', () => receipt({ id: 'abc' }), '/id "abc" does not match the pattern'],
    ['a bad timestamp', () => receipt({ timestamp: 'yesterday' }), '/timestamp "yesterday" does not match the pattern'],
    ['an unknown source', () => receipt({ source: 'tab' }), '/source must be one of "user", "api", "gpc", not "tab"'],
    [
      'a category that is not a boolean',
      () => receipt({ decisions: { categories: { essential: true, analytics: 'yes' }, embeds: {} } }),
      '/decisions/categories/analytics must be a boolean, not "yes"',
    ],
    [
      'essential switched off',
      () => receipt({ decisions: { categories: { essential: false }, embeds: {} } }),
      '/decisions/categories/essential must be true, not false',
    ],
    [
      'a bad category name',
      () => receipt({ decisions: { categories: { essential: true, 'Bad Name': true }, embeds: {} } }),
      '/decisions/categories/Bad Name is not an allowed name',
    ],
    [
      'a policy without its version',
      () => receipt({ policies: { privacy: { accepted: true, onBehalf: false, at: '2026-11-20T08:00:00.000Z' } } }),
      '/policies/privacy is missing the required property "version"',
    ],
    ['an extra property (something identifying)', () => receipt({ email: 'a@b.example' }), '/email is not a property of this format'],
    ['an array', () => [receipt()], '(receipt) must be an object'],
  ];

  for (const [what, make, message] of invalid) {
    test(`answers 400 with a clear message for ${what}`, async () => {
      const sent = make();
      const answer = await post(sent);
      assert.equal(answer.status, 400);
      assert.equal(answer.body.error, 'invalid-receipt');
      assert.match(answer.body.message, /^The receipt does not match assent-receipt\/1: /);
      assert.ok(answer.body.message.includes(message), `"${answer.body.message}" should include "${message}"`);
      assert.ok(Array.isArray(answer.body.errors) && answer.body.errors.every((e) => typeof e.path === 'string' && e.message));
      if (typeof sent?.id === 'string') assert.equal(count(sent.id), 0);
    });
  }

  test('answers 400 for a body that is not JSON, 415 for another type, 413 for a huge body', async () => {
    const broken = await post('{"schema": ');
    assert.equal(broken.status, 400);
    assert.equal(broken.body.error, 'invalid-json');
    assert.match(broken.body.message, /^The body is not JSON: /);
    assert.equal((await post(JSON.stringify(receipt()), { 'content-type': 'application/x-www-form-urlencoded' })).status, 415);
    assert.equal((await post(receipt({ revision: 'x'.repeat(40_000) }))).status, 413);
  });

  test('stores a duplicate id once: the same receipt again is 200, a different one 409', async () => {
    const sent = receipt();
    assert.equal((await post(sent)).status, 201);
    const again = await post(sent);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { id: sent.id, status: 'duplicate' });
    const other = await post({ ...sent, source: 'api' });
    assert.equal(other.status, 409);
    assert.equal(other.body.error, 'conflict');
    assert.equal(count(sent.id), 1);
    assert.equal(JSON.parse(db.prepare('SELECT json FROM receipts WHERE id = ?').pluck().get(sent.id)).source, 'user');
  });

  test('stores all of 20 concurrent posts', async () => {
    const sent = Array.from({ length: 20 }, () => receipt());
    const answers = await Promise.all(sent.map((r) => post(r)));
    assert.deepEqual(
      answers.map((a) => a.status),
      sent.map(() => 201),
    );
    for (const r of sent) assert.equal(count(r.id), 1);
  });

  test('stores one receipt once when it arrives 20 times at once', async () => {
    const sent = receipt();
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => post(sent)))).map((a) => a.status).sort();
    assert.deepEqual(statuses, [200, ...Array(18).fill(200), 201].sort());
    assert.equal(count(sent.id), 1);
  });

  test('answers CORS preflights for the allowed origin only', async () => {
    const preflight = (origin) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(ORIGIN);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-methods'), /POST/);
    assert.match(allowed.headers.get('access-control-allow-headers'), /content-type/);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const posted = await post(receipt(), { 'content-type': 'application/json', origin: ORIGIN });
    assert.equal(posted.headers.get('access-control-allow-origin'), ORIGIN);
  });

  test('answers 404 elsewhere and 405 for other methods', async () => {
    assert.equal((await fetch(url.replace('/receipts', '/other'), { method: 'POST' })).status, 404);
    const get = await fetch(url);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
  });

  test('closes a connection whose body never arrives (408), by default within seconds, not Node\'s 300 s', async () => {
    assert.ok(REQUEST_TIMEOUT <= 30_000, `the default request timeout is ${REQUEST_TIMEOUT} ms`);
    const slow = createReceiver({ db: join(dir, 'slow.db'), requestTimeout: 300 });
    await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      // Announces 1,000 bytes, sends 10, then waits: the server must answer and hang up.
      const socket = net.connect(slow.address().port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.write('POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"schema":');
      await new Promise((resolve) => socket.on('close', resolve));
      assert.match(answer, /^HTTP\/1\.1 408/);
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});

