// How many bytes a page downloads: raw, gzip (level 9) and brotli (quality 11),
// the figures FINDINGS.md compares us with. No dependencies; shared by
// scripts/size.mjs (the table) and test/node/size.test.mjs (the budget).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes of a string or buffer: `{ raw, gzip, brotli }` in bytes. */
export function sizesOf(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Sizes of a file: `{ raw, gzip, brotli }` in bytes. */
export function measure(file) {
  return sizesOf(readFileSync(file));
}

/**
 * The files an ES module pulls in through relative static imports
 * (`import … from "./chunk.js"`), itself excluded, as paths like `file`.
 * Bare imports (`lit`, `js-cookie`) are left to the user's bundler and not followed.
 */
export function relativeImports(file) {
  const self = normalize(file);
  const found = new Set();
  const visit = (current) => {
    const source = readFileSync(current, 'utf8');
    for (const match of source.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dirname(current), match[1]);
      if (!found.has(target) && target !== self) {
        found.add(target);
        visit(target);
      }
    }
  };
  visit(file);
  return [...found];
}

/**
 * The parts of dist/assent.js (from the parts build's manifest): each part's
 * name (`ui`, `embed`, `lang-de`, …) with its file, and what a page loads for
 * a set of parts: their files and every shared chunk they import.
 */
export function partsOf(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entries = Object.fromEntries(
    Object.values(manifest)
      .filter((chunk) => chunk.isEntry)
      .map((chunk) => [chunk.name, chunk.file]),
  );
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const byKey = new Map(Object.entries(manifest));
  /** The files a page downloads for these parts, the head script not included. */
  const filesFor = (names) => {
    const files = new Set();
    const visit = (chunk) => {
      if (files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const key of chunk.imports ?? []) visit(byKey.get(key));
    };
    for (const name of names) {
      if (!entries[name]) throw new Error(`no part named ${name} in the build`);
      visit(byFile.get(entries[name]));
    }
    return [...files];
  };
  return { entries, filesFor, files: [...byFile.keys()] };
}

/** Brotli bytes of several files, each compressed on its own as a server sends them. */
export function brotliOf(distDir, files) {
  return files.reduce((sum, file) => sum + measure(join(distDir, file)).brotli, 0);
}
