// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-packages/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/**/dist/',
      'tests/fixtures/**/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `const { [key]: _dropped, ...rest } = record` is how a key is removed immutably; the
      // underscore says the binding is unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine takes time as an argument; reading the clock there breaks determinism.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine takes time as an argument.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
);
