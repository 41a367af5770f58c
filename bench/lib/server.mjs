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
 */
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
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

export async function serve({ pages = {}, mounts = {} } = {}) {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const found = pathname in pages ? { body: Buffer.from(pages[pathname]), type: TYPES['.html'] } : await fromMount(mounts, pathname);
    if (!found) {
      response.writeHead(404, { 'cache-control': 'no-store' });
      response.end();
      return;
    }
    const headers = { 'content-type': found.type, 'cache-control': 'no-store' };
    let body = found.body;
    if (/^(text\/|application\/json|image\/svg)/.test(found.type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
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
