// The demo pages (demo/**/*.html) share their head, SVG sprite, site header,
// footer, policy texts and course activities through partials in
// demo/partials/. renderDemoPage() puts a page together; the demo server
// (scripts/serve.mjs) and the bench (bench/lib/demo.mjs) both use it.
// No dependencies.
//
// Syntax, in pages and partials:
//   {{> header.en.html current=policies other="/de/policies.html"}}
//       the partial demo/partials/header.en.html, its placeholders filled in
//       with these values (key=value, or key="value with spaces"; nothing else
//       is passed on, and a partial is a file name in demo/partials/, never a path);
//   {{key}}                     the value of key, HTML-escaped (an error if none was given);
//   {{#key}}…{{/key}}           … if key was given and is not empty;
//   {{#key=value}}…{{/key}}     … if key is value.
// A partial goes where its include stands, so its first line takes the
// include's indentation and its other lines are indented as in the pages.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'demo');
export const PARTIALS = join(DEMO, 'partials');

const SECTION = /\{\{#([\w-]+)(?:=([^{}]*?))?\}\}([\s\S]*?)\{\{\/\1\}\}/;
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const PARTIAL_NAME = /^[\w-]+(\.[\w-]+)*\.html$/;
const ARG = /\s*([\w-]+)=(?:"([^"]*)"|([^\s"]+))/y;
const MAX_DEPTH = 8;

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Whether a path is demo/partials/ or inside it (partials are not pages). */
export function isPartial(file) {
  const path = resolve(file);
  return path === PARTIALS || path.startsWith(PARTIALS + sep);
}

/** `a=1 b="two words"` -> { a: '1', b: 'two words' } */
function parseArgs(text, where) {
  const args = Object.create(null);
  ARG.lastIndex = 0;
  while (ARG.lastIndex < text.length) {
    const at = ARG.lastIndex;
    const m = ARG.exec(text);
    if (!m) throw new Error(`${where}: cannot read the values "${text.slice(at)}"`);
    args[m[1]] = m[2] ?? m[3];
  }
  return args;
}

function include(token, where, depth) {
  const [, name = '', rest = ''] = /^>\s*(\S+)\s*([\s\S]*)$/.exec(token) ?? [];
  if (!PARTIAL_NAME.test(name)) throw new Error(`${where}: {{${token}}} does not name a file in demo/partials/`);
  if (depth >= MAX_DEPTH) throw new Error(`${where}: partials nested more than ${MAX_DEPTH} deep (one includes itself?)`);
  let body;
  try {
    body = readFileSync(join(PARTIALS, name), 'utf8');
  } catch {
    throw new Error(`${where}: there is no partial demo/partials/${name}`);
  }
  // the partial ends with a newline; the line of the include keeps its own
  return expand(body.replace(/\r?\n$/, ''), parseArgs(rest, `${where} {{> ${name}}}`), `partials/${name}`, depth + 1);
}

function expand(text, params, where, depth) {
  for (let m; (m = SECTION.exec(text)); ) {
    const [all, key, value, inner] = m;
    const on = value === undefined ? Boolean(params[key]) : params[key] === value;
    text = text.slice(0, m.index) + (on ? inner : '') + text.slice(m.index + all.length);
  }
  return text.replace(TOKEN, (_, token) => {
    if (token.startsWith('>')) return include(token, where, depth);
    if (!/^[\w-]+$/.test(token)) throw new Error(`${where}: cannot read {{${token}}} (a section without its end?)`);
    if (!Object.hasOwn(params, token)) throw new Error(`${where}: {{${token}}} but no ${token}= was given`);
    return escapeHtml(params[token]);
  });
}

/**
 * The full HTML of a demo page, its partials filled in: `file` is its path
 * (e.g. demo/de/index.html).
 */
export function renderDemoPage(file) {
  const path = resolve(file);
  return expand(readFileSync(path, 'utf8'), Object.create(null), relative(DEMO, path), 0);
}
