/**
 * Shared generators and checks for the property-based tests in test/fuzz.
 *
 * A failing property prints its seed and path; to replay it, pass both to
 * `fuzz(..., { seed, path })` (see `fuzz` below) while investigating.
 */
import fc from 'fast-check';

/** Runs a property; `overrides` lets a failure be replayed with its `seed` and `path`. */
export function fuzz<T>(property: fc.IProperty<T>, numRuns: number, overrides: fc.Parameters<T> = {}): void {
  try {
    fc.assert(property, { numRuns, ...overrides });
  } catch (error) {
    // fast-check keeps the failed assertion as the cause; the test runner shows only the message.
    const cause = (error as Error).cause;
    if (cause instanceof Error) (error as Error).message += `\nFailed with: ${cause.message}`;
    throw error;
  }
}

/** A cheap assertion for hot loops: the message is only built on failure. */
export function ensure(condition: unknown, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** At most 200 characters of `value`, JSON-quoted, for failure messages. */
export const show = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
};

/** Keys that have polluted prototypes in other parsers. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** C0 controls, DEL, C1 controls and the Unicode spaces and format characters that trip up trimming and URL parsing. */
const AWKWARD_CHARS = [
  ...Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(code)),
  '\x7f',
  '\x85',
  '\xa0',
  '\u1680',
  '\u2000',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u3000',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\u0130',
  '\u0131',
  '\u017f',
  '\u212a',
  'ß',
  '\uff41',
];

/** Any UTF-16 text, lone surrogates included (fast-check's `binary` unit leaves them out). */
export const utf16String = (constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> =>
  fc.string({ ...constraints, unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });

/** Any string: ASCII, full Unicode with lone surrogates, graphemes, control characters, and now and then a huge one. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.string() },
  { weight: 12, arbitrary: utf16String() },
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...AWKWARD_CHARS, 'a', '1', ',', ':', '/', '%', '.', '-', '_') }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }))
      .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
  },
);

/** Wraps `inner` in case changes, padding and awkward characters. */
export function variants(inner: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const pad = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\v', '\x00', '\x01', '\x1f', '\xa0', '\u200b', '\ufeff', '\u3000'), maxLength: 3 });
  return fc.oneof(
    inner,
    fc.mixedCase(inner),
    fc.tuple(pad, inner, pad).map(([a, b, c]) => a + b + c),
    fc.tuple(inner, fc.nat(), fc.constantFrom(...AWKWARD_CHARS)).map(([text, at, char]) => {
      const i = text.length === 0 ? 0 : at % (text.length + 1);
      return text.slice(0, i) + char + text.slice(i);
    }),
  );
}

/** `javascript:` and friends, with the case, whitespace and encoding tricks of the XSS cheat sheets. */
export const hostileUrl: fc.Arbitrary<string> = variants(
  fc.constantFrom(
    'javascript:alert(1)',
    'javascript://%0aalert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\x00script:alert(1)',
    '\x01javascript:alert(1)',
    ' \x1fjavascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    'javascript%3Aalert(1)',
    'ja\u200bvascript:alert(1)',
    'ｊavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DaTa:,x',
    'vbscript:msgbox(1)',
    'livescript:alert(1)',
    'blob:https://example.org/1',
    'file:///etc/passwd',
    'filesystem:https://example.org/x',
    'about:blank',
    'mailto:x@example.org',
    'ftp://example.org/',
    'https://example.org/"onmouseover="alert(1)',
    "https://example.org/'><script>alert(1)</script>",
    'https://user:pass@example.org/',
    '//example.org/privacy',
    '\\\\example.org\\privacy',
    '/\\example.org',
    'https:example.org',
    'https://example.org/privacy',
    'http://example.org/',
    '/privacy',
    'privacy.html#x',
  ),
);

/** A real URL with a few random edits: characters flipped, inserted or deleted, and pieces spliced in. */
export function mutated(base: fc.Arbitrary<string>, alphabet: fc.Arbitrary<string>, pieces: readonly string[] = []): fc.Arbitrary<string> {
  const insertion = pieces.length > 0 ? fc.oneof(alphabet, fc.constantFrom(...pieces)) : alphabet;
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), text: alphabet }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), text: fc.constant('') }),
  );
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) =>
    edits.reduce((value, { kind, at, text: piece }) => {
      const i = at % (value.length + (kind === 'insert' ? 1 : 0) || 1);
      if (kind === 'insert') return value.slice(0, i) + piece + value.slice(i);
      if (kind === 'delete') return value.slice(0, i) + value.slice(i + 1);
      return value.slice(0, i) + piece + value.slice(i + 1);
    }, text),
  );
}

/** Every own property of `Object.prototype` and `Array.prototype`, to compare before and after. */
export function prototypeSnapshot(): string {
  const describe = (object: object) =>
    Reflect.ownKeys(object)
      .map((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(object, key)!;
        return `${String(key)}:${typeof descriptor.value}:${typeof descriptor.get}`;
      })
      .sort()
      .join(',');
  return `${describe(Object.prototype)}|${describe(Array.prototype)}|${describe(Function.prototype)}|${Object.getPrototypeOf({}) === Object.prototype}`;
}

/** Throws unless `{}` looks exactly like a fresh object (no inherited enumerable or polluted keys). */
export function expectCleanPrototypes(keys: readonly string[] = []): void {
  const probe: Record<string, unknown> = {};
  for (const key in probe) throw new Error(`Object.prototype polluted: enumerable "${key}"`);
  for (const key of ['polluted', 'isAdmin', 'granted', 'analytics', 'essential', ...keys]) {
    if (key === '__proto__' || key === 'constructor' || Object.prototype.hasOwnProperty.call(Object.prototype, key)) continue;
    if (probe[key] !== undefined) throw new Error(`Object.prototype polluted: "${key}"`);
  }
}
