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
