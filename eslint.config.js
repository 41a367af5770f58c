import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['test/fixtures/**/*.js', 'demo/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.cjs', 'test/server/**/*.js', 'web-test-runner.config.js'], languageOptions: { globals: globals.node } },
  {
    files: ['test/**/*.ts'],
    rules: {
      // A focused or skipped test silently shrinks the suite.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'skip' },
      ],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'examples/**/*.mjs', 'test/node/**/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
);
