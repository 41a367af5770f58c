import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { litDecorators } from './scripts/lit-decorators.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { privateNames } from './scripts/private-names.mjs';

/**
 * Three builds from one config, picked with `--mode`, run in this order by
 * `scripts/build.mjs`:
 * - `parts`: the parts of the widget as ES modules with content-hashed names
 *   (`ui-HASH.js`: banner and settings; `embed-`, `policies-`, `receipts-`,
 *   `texts-`, one `lang-CODE-` per language, English included; Lit in a
 *   shared chunk), loaded by the head script only where a page needs them.
 *   They reach the head's provider registry and runtime through its handoff
 *   instead of carrying copies.
 * - `classic`: dist/assent.js, the small head script for the one-tag install
 *   (a classic script that boots from its own data attributes), with the
 *   parts' file names written in.
 * - `module`: dist/assent.mjs and dist/define.mjs for npm users (no
 *   auto-boot; lit left to the user's bundler, the parts split
 *   by it through plain `import()`).
 */
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const LOCALES = source('./src/i18n/locales/');
const MANIFEST = source('./dist/.vite/manifest.json');

/** Resolves imports of one source module to another, whatever relative path names it. */
function replaceModules(replacements: Record<string, string>): Plugin {
  const table = new Map(Object.entries(replacements).map(([from, to]) => [source(from), source(to)]));
  return {
    name: 'assent-replace-modules',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!importer || !id.startsWith('.')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      const replacement = resolved && table.get(resolved.id);
      return replacement && importer !== replacement ? replacement : null;
    },
  };
}

/**
 * One content hash for every language part (`lang-de-HASH.js`), so that the
 * head script carries one hash, not one per language: from the sources of the
 * languages and of what they import.
 */
function languageHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(LOCALES).sort()) hash.update(file).update(readFileSync(`${LOCALES}${file}`));
  for (const file of ['en.ts', 'translation.ts', 'plural.ts']) hash.update(readFileSync(source(`./src/i18n/${file}`)));
  return hash.digest('base64url').slice(0, 8);
}

/** Part name to its files, from the parts build's manifest: the part's own first, then every shared chunk it imports. */
function partFiles(): Record<string, string[]> {
  if (!existsSync(MANIFEST)) throw new Error('build the parts first: vite build --mode parts');
  type Chunk = { file: string; name?: string; isEntry?: boolean; imports?: string[] };
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
  const files = (chunk: Chunk, seen = new Set<string>()): string[] => {
    if (seen.has(chunk.file)) return [];
    seen.add(chunk.file);
    return [chunk.file, ...(chunk.imports ?? []).flatMap((key) => files(manifest[key], seen))];
  };
  return Object.fromEntries(
    Object.values(manifest)
      .filter((chunk) => chunk.isEntry && chunk.name)
      .map((chunk) => [chunk.name!, files(chunk)]),
  );
}

/** What the head script is told of its parts: their files, the languages, and the languages' one hash. */
function partDefines(): Record<string, string> {
  const files = partFiles();
  const languages = Object.keys(files).filter((name) => name.startsWith('lang-'));
  return {
    __ASSENT_PARTS__: JSON.stringify(Object.fromEntries(Object.entries(files).filter(([name]) => !languages.includes(name)))),
    // Language parts import only the plural helper's chunk: not worth a preload.
    __ASSENT_LANGUAGES__: JSON.stringify(languages.map((name) => name.slice('lang-'.length)).join(',')),
    __ASSENT_LANGUAGE_HASH__: JSON.stringify(languageHash()),
  };
}

/**
 * What shrinks the code every learner downloads (dist/assent.js and its
 * parts; not the ES module, which the user's bundler minifies): Lit templates
 * without their indentation, short names for private members, Lit's
 * decorators as plain calls. privateNames before litDecorators: it must still
 * see which members Lit knows by name.
 */
const shipped = () => [minifyTemplates(), privateNames(), litDecorators()];
const SHIPPED_OUTPUT = { minify: { compress: { maxIterations: 10, joinVars: true, sequences: true }, mangle: { toplevel: true } } } as const;

export default defineConfig(({ mode }) => {
  const shared = {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  } as const;
  // Plain ASCII: the script reads the same on a page in any encoding, served with any charset.
  const ascii = { charset: 'ascii' } as const;

  if (mode === 'parts') {
    // English is a part like the others here: a page in another language loads none of it.
    const languages = readdirSync(LOCALES)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [`lang-${file.slice(0, -3)}`, `${LOCALES}${file}`])
      .concat([['lang-en', source('./src/i18n/en.ts')]]);
    return {
      publicDir: false,
      plugins: [
        replaceModules({
          './src/providers/registry.ts': './src/parts/shared-registry.ts',
          './src/state/runtime.ts': './src/parts/shared-runtime.ts',
          './src/i18n/preloaded.ts': './src/parts/preloaded.ts',
        }),
        ...shipped(),
      ],
      build: {
        ...shared,
        emptyOutDir: true,
        minify: true,
        manifest: true,
        rollupOptions: {
          input: {
            ui: source('./src/parts/ui.ts'),
            embed: source('./src/parts/embed.ts'),
            policies: source('./src/parts/policies.ts'),
            receipts: source('./src/parts/receipts.ts'),
            texts: source('./src/parts/texts.ts'),
            ...Object.fromEntries(languages),
          },
          preserveEntrySignatures: 'exports-only',
          output: {
            ...ascii,
            ...SHIPPED_OUTPUT,
            format: 'es',
            entryFileNames: ({ name }) => (name.startsWith('lang-') ? `${name}-${languageHash()}.js` : '[name]-[hash].js'),
            chunkFileNames: 'shared-[hash].js',
          },
        },
      },
    };
  }

  const classic = mode === 'classic';
  return {
    publicDir: false,
    plugins: classic ? [replaceModules({ './src/parts/load.ts': './src/parts/load-classic.ts' }), ...shipped()] : [],
    define: classic ? partDefines() : {},
    build: {
      ...shared,
      emptyOutDir: false,
      minify: classic,
      lib: classic
        ? { entry: 'src/auto.ts', formats: ['iife'], name: 'assentBoot', fileName: () => 'assent.js' }
        : {
            entry: { assent: 'src/index.ts', define: 'src/define.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.mjs`,
          },
      rollupOptions: {
        output: classic
          ? // V8 compiles every function of the head script while it is read, not one by one as boot calls them.
            { ...ascii, ...SHIPPED_OUTPUT, postBanner: '//# allFunctionsCalledOnLoad' }
          : { ...ascii, chunkFileNames: 'esm/[name]-[hash].mjs' },
        ...(classic ? {} : { external: [/^lit($|\/)/, /^@lit\//] }),
      },
    },
  };
});
