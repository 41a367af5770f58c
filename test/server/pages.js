/**
 * A dev-server plugin that serves real pages for end-to-end tests:
 * `/page?attrs={"lang":"de"}&body=<p>…</p>&lang=de&json={…}` becomes a page
 * whose head holds the one script tag exactly as a site would write it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, renderDemoPage } from '../../scripts/demo-pages.mjs';
import { compileSchema, describeErrors } from '../../examples/receiver/validate.mjs';

const escapeAttr = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page with the widget's tag in its head, written as a site would write it,
 * from the query: `attrs` (JSON: data-* attributes of the tag), `tag` (more
 * attributes of the tag, as written: `defer`), `json` (the
 * config block), `lang` (`en` when absent; empty: a page that names no
 * language), `head` and `body` (markup), `src` (where the tag loads the
 * widget from; /dist/assent.js by default). `capture` goes first in
 * the head: the script that records console errors.
 */
function widgetPage(query, { title, capture }) {
  const attrs = JSON.parse(query.get('attrs') || '{}');
  const dataAttrs = Object.entries(attrs)
    .map(([name, value]) => ` data-${name}="${escapeAttr(value)}"`)
    .join('');
  const json = query.get('json');
  return `<!doctype html>
<html${query.get('lang') === '' ? '' : ` lang="${escapeAttr(query.get('lang') || 'en')}"`}>
<head>
<meta charset="utf-8">
<title>${title}</title>
${capture}
${json ? `<script type="application/json" id="assent-config">${json}</script>` : ''}
${query.get('head') || ''}
<script src="${escapeAttr(query.get('src') || '/dist/assent.js')}"${dataAttrs}${query.get('tag') ? ` ${query.get('tag')}` : ''}></script>
</head>
<body>
${query.get('body') || '<main><h1>Course</h1><p><a href="#" data-assent-open>Cookie settings</a></p></main>'}
</body>
</html>`;
}

export function testPages() {
  return {
    name: 'assent-test-pages',
    async serve(context) {
      if (context.path === '/delayed.js') {
        // A script that arrives late, to prove gated scripts still run in document order.
        const query = context.URL.searchParams;
        await new Promise((resolve) => setTimeout(resolve, Number(query.get('ms') || 0)));
        const name = JSON.stringify(query.get('name') || 'delayed');
        return { body: `(window.__ran = window.__ran || []).push(${name});`, type: 'js' };
      }
      if (context.path === '/receipts' || context.path.startsWith('/receipts/')) return receipts(context);
      // The head script alone, in a folder without its parts: how a site that copied only assent.js is served.
      if (context.path === '/lonely/assent.js') return { body: readFileSync(new URL('../../dist/assent.js', import.meta.url), 'utf8'), type: 'js' };
      // The head script and its parts in a folder where language parts are missing: every one
      // under /without-lang/, German under /without-lang-de/ (those files answer 404).
      const without = /^\/without-(lang(?:-[a-z]+)?)\/([\w-]+\.js)$/.exec(context.path);
      if (without && !without[2].startsWith(`${without[1]}-`))
        return { body: readFileSync(new URL(`../../dist/${without[2]}`, import.meta.url), 'utf8'), type: 'js' };
      if (context.path === '/csp-page' || context.path === '/csp-report' || context.path === '/csp-report/log')
        return cspPages(context);
      if (context.path === '/csp-module') return cspModulePage(context);
      // The demo site's pages (npm start) under /demo/, same origin as the tests, with the built script.
      if (/^\/demo\/(de\/)?([\w-]+\.html)?$/.test(context.path)) {
        const file = join(DEMO, context.path.slice('/demo'.length).replace(/\/$/, '/index.html'));
        const html = renderDemoPage(file)
          .replaceAll('"/assent/assent.js"', '"/dist/assent.js"')
          .replace(/(\s(?:href|src|data-privacy-url)=")\/(?!dist\/)/g, '$1/demo/');
        return { body: html, type: 'html' };
      }
      if (context.path !== '/page' && context.path !== '/sub/dir/page') return undefined;
      const body = widgetPage(context.URL.searchParams, {
        title: 'assent test page',
        // Collects what the widget reports, before it runs.
        capture: `<script>
  window.__errors = [];
  window.__warnings = [];
  const original = console.error.bind(console);
  console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); original(...args); };
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); warn(...args); };
</script>`,
      });
      return { body, type: 'html' };
    },
  };
}

/*
 * A real receipt endpoint (README, "Consent receipts") for the receipt tests, with
 * state per test-chosen `key`, validating against docs/receipt.schema.json
 * like the reference receiver (examples/receiver/):
 *
 * - `POST /receipts?key=K[&fail=N][&retryAfter=S]`: the first N posts for K
 *   answer 500 (with `Retry-After: S` when given); then 400 for a receipt
 *   that does not match the schema, 201 for a new id, 409 for a stored id
 *   (stored once).
 * - `POST /receipts/control?key=K&offline=1|0`: while offline, posts for K
 *   are dropped: the connection is closed without an answer, which the
 *   browser reports as a network error, as when it is offline.
 * - `POST /receipts/control?key=K&redirect=STATUS|0`: while set, posts for K
 *   answer STATUS (301, 302, 303, 307) to `/receipts/landing`, a page that
 *   answers 200 to anything (a login wall, an SSO gateway, a portal).
 * - `GET /receipts/log?key=K`: `{ posts: [{ id, status }], receipts: [...] }`,
 *   every request in order (status `dropped` while offline) and the receipts
 *   stored, once each.
 */
const validateReceipt = compileSchema(
  JSON.parse(readFileSync(new URL('../../docs/receipt.schema.json', import.meta.url), 'utf8')),
);
const receiptKeys = new Map();

function receiptState(key) {
  if (!receiptKeys.has(key)) receiptKeys.set(key, { failuresLeft: null, offline: false, redirect: 0, posts: [], stored: new Map() });
  return receiptKeys.get(key);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers with any status, bypassing the dev server's "plugins answer 200". */
function answer(context, status, body, headers = {}) {
  context.respond = false;
  context.res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  context.res.end(JSON.stringify(body));
  return { body: '', type: 'json' };
}

/** Answers with a page and headers of its own (the dev server's plugin answers set none). */
function htmlWithHeaders(context, body, headers) {
  context.respond = false;
  context.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  context.res.end(body);
  return { body: '', type: 'html' };
}

async function receipts(context) {
  const query = context.URL.searchParams;
  const state = receiptState(query.get('key') || 'default');
  if (context.path === '/receipts/log') {
    return answer(context, 200, { posts: state.posts, receipts: [...state.stored.values()] });
  }
  if (context.path === '/receipts/landing') {
    await readBody(context.req);
    return htmlWithHeaders(context, '<!doctype html><title>Please log in</title><p>Please log in.</p>', {});
  }
  if (context.path === '/receipts/control') {
    if (query.has('offline')) state.offline = query.get('offline') === '1';
    if (query.has('redirect')) state.redirect = Number(query.get('redirect'));
    return answer(context, 200, { offline: state.offline, redirect: state.redirect });
  }
  if (context.path !== '/receipts' || context.method !== 'POST') return answer(context, 405, { error: 'POST a receipt' });

  if (state.offline) {
    state.posts.push({ id: null, status: 'dropped' });
    context.respond = false;
    context.req.socket.destroy();
    return { body: '', type: 'json' };
  }
  const text = await readBody(context.req);
  if (state.redirect) {
    state.posts.push({ id: null, status: state.redirect });
    return answer(context, state.redirect, { moved: true }, { location: '/receipts/landing' });
  }
  let receipt = null;
  try {
    receipt = JSON.parse(text);
  } catch {
    // answered below
  }
  const id = typeof receipt?.id === 'string' ? receipt.id : null;
  const post = (status) => state.posts.push({ id, status });

  state.failuresLeft ??= Number(query.get('fail') || 0);
  if (state.failuresLeft > 0) {
    state.failuresLeft--;
    post(500);
    const retryAfter = query.get('retryAfter');
    return answer(context, 500, { error: 'failing on purpose' }, retryAfter ? { 'retry-after': retryAfter } : {});
  }
  const errors = receipt === null ? [{ path: '', message: 'is not JSON' }] : validateReceipt(receipt);
  if (errors.length > 0) {
    post(400);
    return answer(context, 400, { error: 'invalid-receipt', message: describeErrors(errors), errors });
  }
  if (state.stored.has(id)) {
    post(409);
    return answer(context, 409, { error: 'duplicate', id });
  }
  state.stored.set(id, receipt);
  post(201);
  return answer(context, 201, { id, status: 'stored' });
}

/*
 * Pages under a strict Content Security Policy, for test/e2e/csp.test.ts:
 *
 * - `GET /csp-page?key=K&attrs={…}&body=…&head=…&lang=…&json=…[&nonce=N]
 *   [&trustedTypes=NAMES][&frames=ORIGINS]`: like `/page`, but sent with
 *   `Content-Security-Policy: default-src 'self'; script-src 'self'[ 'nonce-N'];
 *   style-src 'self'; require-trusted-types-for 'script'[; trusted-types NAMES]
 *   [; frame-src ORIGINS]; report-uri /csp-report?key=K` and without
 *   one inline script: console errors and `securitypolicyviolation` events
 *   are captured by the external test/fixtures/capture-errors.js, placed
 *   before the widget's tag. The JSON config block is data, not script, so
 *   the policy leaves it alone.
 * - `POST /csp-report?key=K`: where the browser sends violation reports.
 * - `GET /csp-report/log?key=K`: `{ reports: [...] }`, the `csp-report`
 *   bodies received for K, in order.
 */
const cspReports = new Map();

export function cspHeader({ key, nonce, frames, trustedTypes }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}'` : `'self'`;
  return [
    `default-src 'self'`,
    `script-src ${scripts}`,
    `style-src 'self'`,
    `require-trusted-types-for 'script'`,
    ...(trustedTypes ? [`trusted-types ${trustedTypes}`] : []),
    ...(frames ? [`frame-src ${frames}`] : []),
    `report-uri /csp-report?key=${encodeURIComponent(key)}`,
  ].join('; ');
}

async function cspPages(context) {
  const query = context.URL.searchParams;
  const key = query.get('key') || 'default';
  if (!cspReports.has(key)) cspReports.set(key, []);
  if (context.path === '/csp-report/log') return answer(context, 200, { reports: cspReports.get(key) });
  if (context.path === '/csp-report') {
    if (context.method !== 'POST') return answer(context, 405, { error: 'POST a report' });
    const text = await readBody(context.req);
    let report;
    try {
      report = JSON.parse(text)['csp-report'] ?? JSON.parse(text);
    } catch {
      report = { unparsed: text };
    }
    cspReports.get(key).push(report);
    context.respond = false;
    context.res.writeHead(204);
    context.res.end();
    return { body: '', type: 'json' };
  }

  const nonce = query.get('nonce') || '';
  const body = widgetPage(query, {
    title: 'assent test page under a strict CSP',
    capture: '<script src="/test/fixtures/capture-errors.js"></script>',
  });
  return htmlWithHeaders(context, body, {
    'content-security-policy': cspHeader({
      key,
      nonce,
      frames: query.get('frames') || '',
      trustedTypes: query.get('trustedTypes') || '',
    }),
  });
}

/*
 * A page under a strict policy that runs one test module instead of the
 * bundle, for component tests (test/components/assent-embed.test.ts):
 *
 * `GET /csp-module?key=K&module=/test/….ts&body=…[&frames=ORIGINS][&reportOnly=1]`
 * sends `default-src 'self'; script-src 'self'; style-src 'self';
 * img-src 'self'[; frame-src ORIGINS]; report-uri /csp-report?key=K`, as
 * `Content-Security-Policy`, or with `reportOnly=1` as
 * `Content-Security-Policy-Report-Only`: then nothing is blocked, but every
 * request the page starts to another origin is reported, on both channels
 * (the page's `securitypolicyviolation` events and `/csp-report/log?key=K`),
 * before it reaches the network and whether or not it would succeed.
 */
function cspModulePage(context) {
  const query = context.URL.searchParams;
  const key = query.get('key') || 'default';
  const module = query.get('module') || '';
  // Only this server's own test modules.
  if (!/^\/test\/[\w./-]+\.ts$/.test(module) || module.includes('..')) {
    return answer(context, 400, { error: 'module must be a /test/….ts path' });
  }
  if (!cspReports.has(key)) cspReports.set(key, []);
  const frames = query.get('frames') || '';
  const policy = [
    `default-src 'self'`,
    `script-src 'self'`,
    `style-src 'self'`,
    `img-src 'self'`,
    ...(frames ? [`frame-src ${frames}`] : []),
    `report-uri /csp-report?key=${encodeURIComponent(key)}`,
  ].join('; ');
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>assent component under a strict CSP</title>
<script type="module" src="${escapeAttr(module)}"></script>
</head>
<body>
${query.get('body') || ''}
</body>
</html>`;
  return htmlWithHeaders(context, body, {
    [query.get('reportOnly') === '1' ? 'content-security-policy-report-only' : 'content-security-policy']: policy,
  });
}
