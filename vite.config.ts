import { defineConfig } from 'vite';
import { litDecorators } from './scripts/lit-decorators.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { privateNames } from './scripts/private-names.mjs';

/**
 * Two builds from one config, picked with `--mode`:
 * - `classic`: dist/assent.js, the self-contained classic script for the
 *   one-tag install (Lit bundled, boots from its own data attributes);
 * - `module`: dist/assent.mjs and dist/define.mjs for npm users (no auto-boot,
 *   lit and js-cookie left to the user's bundler).
 */
export default defineConfig(({ mode }) => {
  const classic = mode !== 'module';
  return {
    publicDir: false,
    // privateNames before litDecorators: it must still see which members Lit knows by name.
    plugins: classic ? [minifyTemplates(), privateNames(), litDecorators()] : [],
    build: {
      target: 'es2022',
      emptyOutDir: classic,
      minify: classic,
      sourcemap: false,
      reportCompressedSize: false,
      lib: classic
        ? { entry: 'src/auto.ts', formats: ['iife'], name: 'assentBoot', fileName: () => 'assent.js' }
        : {
            entry: { assent: 'src/index.ts', define: 'src/define.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.mjs`,
          },
      rollupOptions: {
        // Plain ASCII: the script reads the same on a page in any encoding, served with any charset.
        output: { charset: 'ascii', ...(classic ? { minify: { compress: { maxIterations: 10, joinVars: true, sequences: true }, mangle: { toplevel: true } } } : {}) },
        ...(classic ? {} : { external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'] }),
      },
    },
  };
});
