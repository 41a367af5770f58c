// Tiny static server for the demo: `npm start` (or `node scripts/serve.mjs`).
// /assent/* -> dist/, everything else -> demo/. No dependencies.
// The demo's HTML pages are put together from demo/partials/ (scripts/demo-pages.mjs);
// the partials themselves are not pages: /partials/* is a 404.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPartial, renderDemoPage } from './demo-pages.mjs';
import { TYPES } from './mime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(root, 'demo');
const DIST = join(root, 'dist');
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT) || 8000;


/** Map a URL path to a file inside demo/ or dist/, or null if it escapes its base. */
function toFile(pathname) {
  let base = DEMO;
  let rel = pathname;
  if (pathname === '/assent' || pathname.startsWith('/assent/')) {
    base = DIST;
    rel = pathname.slice('/assent'.length);
  }
  if (rel.split('/').includes('..') || rel.includes('\0')) return null;
  const file = resolve(base, '.' + rel);
  return file === base || file.startsWith(base + sep) ? file : null;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

const notFound = (res, path) => send(res, 404, TYPES['.html'],
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>404 Not found</title>` +
  `<h1>404 Not found</h1><p>${path.replace(/[<>&"]/g, '')} does not exist. <a href="/">Back to the demo</a></p></html>`);

const server = createServer(async (req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  let file = toFile(pathname);
  if (!file) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
  if (isPartial(file)) return notFound(res, pathname);
  try {
    if ((await stat(file)).isDirectory()) {
      if (!pathname.endsWith('/')) { // /de -> /de/ so relative links keep working
        res.writeHead(301, { Location: pathname + '/', 'Cache-Control': 'no-store' });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    let body = await readFile(file);
    if (file.startsWith(DEMO + sep) && extname(file).toLowerCase() === '.html') {
      try {
        body = renderDemoPage(file);
      } catch (err) { // a mistake in a page or partial: say so, not 404
        console.error(err.message);
        return send(res, 500, 'text/plain; charset=utf-8', `Demo page error: ${err.message}`);
      }
    }
    send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', req.method === 'HEAD' ? undefined : body);
  } catch {
    notFound(res, pathname);
  }
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') console.error(`Port ${PORT} is already in use. Stop the other server or run: PORT=${PORT + 1} npm start`);
  else console.error(`Could not start the demo server: ${err.message}`);
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  console.log(`assent demo: http://localhost:${PORT}/  (German: http://localhost:${PORT}/de/)`);
  if (!existsSync(join(DIST, 'assent.js'))) console.warn('Warning: dist/assent.js is missing. Run `npm run build` first (npm start does this for you).');
  console.log('Press Ctrl+C to stop.');
});
