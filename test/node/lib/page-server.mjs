// A plain HTTP server on 127.0.0.1 for the Node browser tests: the built
// dist/ folder under one path (the head script loads its parts from beside
// itself) and a few pages. No caching, so every load really asks.
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES } from '../../../scripts/mime.mjs';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * Serves `dist/` at `distPath` (`/dist/`) and `pages` (path → HTML); `route`,
 * when given, answers first and returns true for a request it took (an
 * endpoint, a page for any other path); else 404. Resolves to
 * `{ origin, port, close() }`.
 */
export async function startPageServer({ distPath = '/dist/', pages = {}, route }) {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (route?.(request, response, path)) return;
    const file = path.startsWith(distPath) ? normalize(join(DIST, path.slice(distPath.length))) : null;
    if (file && file.startsWith(DIST) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(readFileSync(file));
    } else if (Object.hasOwn(pages, path)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(pages[path]);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
