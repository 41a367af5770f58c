/**
 * A local static server for the benches, on 127.0.0.1 and a free port.
 *
 *   const server = await serve({ pages: { '/a.html': '<!doctype html>…' }, mounts: { '/assent/': DIST, '/': DEMO } });
 *   … server.origin …
 *   await server.close();
 *
 * `pages` are generated documents, `mounts` map a URL prefix to a folder
 * (the longest prefix wins). Text is sent gzip-compressed when the browser
 * asks for it, as any production web server would, and never cached
 * (`no-store`), so every load in a fresh browser context fetches everything.
 *
 * With `production: true` it serves the way a tuned site does: brotli when
 * the browser asks for it (else gzip), each body compressed once, and the
 * mounted files with a year-long `immutable` cache lifetime (the generated
 * pages stay `no-store`), so a second visit in the same browser context
 * takes them from its cache.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TYPES } from '../../scripts/mime.mjs';


async function fromMount(mounts, pathname) {
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const base = resolve(mounts[prefix]);
  let file = resolve(base, `./${pathname.slice(prefix.length)}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

const YEAR = 'public, max-age=31536000, immutable';

/** Compressed bodies by encoding and content, so each is compressed once (brotli at its best level is slow). */
const compressed = new Map();
function compress(body, encoding) {
  const key = `${encoding}:${createHash('sha256').update(body).digest('hex')}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

export async function serve({ pages = {}, mounts = {}, production = false } = {}) {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const page = pathname in pages;
    const found = page ? { body: Buffer.from(pages[pathname]), type: TYPES['.html'] } : await fromMount(mounts, pathname);
    if (!found) {
      response.writeHead(404, { 'cache-control': 'no-store' });
      response.end();
      return;
    }
    const headers = { 'content-type': found.type, 'cache-control': production && !page ? YEAR : 'no-store' };
    let body = found.body;
    const accepted = request.headers['accept-encoding'] ?? '';
    if (/^(text\/|application\/json|image\/svg)/.test(found.type)) {
      const encoding = production && /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding && production) {
        body = compress(body, encoding);
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      } else if (encoding) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
