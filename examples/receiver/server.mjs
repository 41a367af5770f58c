#!/usr/bin/env node
// The reference receiver for assent's consent receipts (CONTRACT section 8,
// docs/receipt.schema.json): plain node:http and SQLite (better-sqlite3).
//
//   POST /receipts   one receipt as JSON (application/json)
//     201 stored · 200 the same receipt again (stored once) ·
//     409 another receipt with this id · 400 not JSON / not the schema ·
//     413 too large · 415 another content type
//   OPTIONS /receipts  CORS preflight, for the origins in ALLOW_ORIGIN
//
// Run:   node examples/receiver/server.mjs
// Env:   PORT (8787), HOST (127.0.0.1), RECEIPTS_DB (receipts.db in the
//        working directory), ALLOW_ORIGIN (comma list of origins allowed to
//        post from another origin, e.g. https://moodle.example.org; `*` for any)
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { compileSchema, describeErrors } from './validate.mjs';

export const SCHEMA_FILE = fileURLToPath(new URL('../../docs/receipt.schema.json', import.meta.url));
/** A receipt is well under 2 KB; 32 KB is far beyond any honest one. */
const MAX_BODY = 32 * 1024;
/**
 * Milliseconds a client has to send a whole request: a receipt takes a few.
 * Node's default (300 s) lets a client that announces a body and sends part
 * of it hold a connection for five minutes; a few hundred such clients
 * exhaust the server. Answered with 408 and closed.
 */
export const REQUEST_TIMEOUT = 10_000;

/**
 * A receiver as an unstarted http.Server; `server.listen(port)` starts it.
 * The database closes with the server.
 *
 * @param {{ db?: string, allowOrigin?: string | string[] | null, path?: string, log?: (line: string) => void, requestTimeout?: number }} [options]
 */
export function createReceiver({
  db: file = 'receipts.db',
  allowOrigin = null,
  path = '/receipts',
  log = () => {},
  requestTimeout = REQUEST_TIMEOUT,
} = {}) {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const version = schema.properties.schema.const;
  const validate = compileSchema(schema);
  const origins = new Set(
    (Array.isArray(allowOrigin) ? allowOrigin : String(allowOrigin ?? '').split(','))
      .map((origin) => origin.trim())
      .filter(Boolean),
  );

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS receipts (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    json TEXT NOT NULL
  ) STRICT`);
  const insert = db.prepare('INSERT INTO receipts (id, received_at, json) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING');
  const stored = db.prepare('SELECT json FROM receipts WHERE id = ?').pluck();

  const timeouts = {
    requestTimeout,
    headersTimeout: requestTimeout,
    // How often Node checks the two above (30 s by default, which would let the timeout run late).
    connectionsCheckingInterval: Math.min(1000, requestTimeout),
  };
  const server = http.createServer(timeouts, async (request, response) => {
    const answer = (status, body, headers = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
      response.end(JSON.stringify(body));
    };
    try {
      const origin = request.headers.origin;
      if (origin && (origins.has('*') || origins.has(origin))) {
        response.setHeader('access-control-allow-origin', origin);
        response.setHeader('vary', 'Origin');
      }
      const { pathname } = new URL(request.url ?? '/', 'http://receiver');
      if (pathname !== path) return answer(404, { error: 'not-found', message: `Receipts are POSTed to ${path}.` });
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '86400',
        });
        return response.end();
      }
      if (request.method !== 'POST')
        return answer(405, { error: 'method-not-allowed', message: 'Use POST.' }, { allow: 'POST, OPTIONS' });

      // Only application/json: a cross-site form can send text/plain without asking (no CORS preflight).
      const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json')
        return answer(415, { error: 'unsupported-media-type', message: 'Send the receipt as application/json.' });

      const body = await readBody(request, MAX_BODY);
      if (body === null) return answer(413, { error: 'too-large', message: `A receipt is at most ${MAX_BODY} bytes.` });

      let receipt;
      try {
        receipt = JSON.parse(body);
      } catch (error) {
        return answer(400, { error: 'invalid-json', message: `The body is not JSON: ${error.message}` });
      }
      const errors = validate(receipt);
      if (errors.length > 0) {
        log(`400 ${describeErrors(errors)}`);
        return answer(400, {
          error: 'invalid-receipt',
          message: `The receipt does not match ${version}: ${describeErrors(errors)}`,
          errors,
        });
      }

      const json = JSON.stringify(receipt);
      if (insert.run(receipt.id, new Date().toISOString(), json).changes === 1) {
        log(`201 ${receipt.id}`);
        return answer(201, { id: receipt.id, status: 'stored' });
      }
      // The same receipt again (a beacon, then a fetch): stored once, acknowledged again.
      if (stored.get(receipt.id) === json) return answer(200, { id: receipt.id, status: 'duplicate' });
      return answer(409, { error: 'conflict', message: `Another receipt with the id ${receipt.id} is stored already.` });
    } catch (error) {
      log(`500 ${error?.stack ?? error}`);
      if (!response.headersSent) answer(500, { error: 'server-error', message: 'The receipt was not stored; send it again.' });
      else response.destroy();
    }
  });
  server.on('close', () => db.close());
  return server;
}

/** The body as text, or null when it is longer than `limit` bytes (the rest is read and dropped). */
function readBody(request, limit) {
  return new Promise((done, fail) => {
    const chunks = [];
    let size = 0;
    const collect = (chunk) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      request.off('data', collect);
      request.resume();
      done(null);
    };
    request.on('data', collect);
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  const db = resolve(process.env.RECEIPTS_DB ?? 'receipts.db');
  const server = createReceiver({ db, allowOrigin: process.env.ALLOW_ORIGIN ?? null, log: (line) => console.log(line) });
  server.listen(port, host, () => console.log(`assent receipts: POST http://${host}:${server.address().port}/receipts -> ${db}`));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
