// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

const ENGINE_INSIDE =
  'The engine is plain TypeScript that imports nothing of the site (no stores, lib, content or components).';
/**
 * One string order and one ISO reader for the whole site: `compareText` (engine) or
 * `compareForDisplay` (src/lib/display-order.ts) instead of ad-hoc `localeCompare` options, and
 * the engine's `parseInstant` / `parseCalendarDay` instead of `Date.parse`, which accepts
 * non-ISO text and reads a date without an offset in the machine's zone.
 */
const ONE_ORDER_ONE_READER = [
  {
    property: 'localeCompare',
    message:
      'Sort with compareText (ids, from src/engine/index.ts) or compareForDisplay (src/lib/display-order.ts).',
  },
  {
    object: 'Date',
    property: 'parse',
    message:
      "Read ISO text with the engine's parseInstant or parseCalendarDay (src/engine/index.ts).",
  },
];
/** Framework packages the engine must not use: it runs the same in Node, vitest and the browser. */
const FRAMEWORKS = [
  {
    regex: '^(svelte|nanostores|@nanostores/|astro|@astrojs/)',
    message: 'The engine uses no framework: no Svelte, nanostores or Astro.',
  },
];

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
      // Mutation testing's sandboxes (copies of the code with mutants in) and its reports.
      '.stryker-tmp/',
      'reports/',
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
  // The layering (one way for data to flow; the engine's index.ts is its only door), enforced
  // with ESLint's own no-restricted-imports so a deep import fails `npm run lint`.
  {
    files: ['src/**/*.{ts,svelte,astro}', 'scripts/**/*.ts', 'tests/**/*.ts'],
    // The engine itself, and its own unit tests, which test its modules one by one.
    ignores: ['src/engine/**', 'tests/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)engine/(?!index\\.ts$)',
              message:
                'Reach the engine through src/engine/index.ts, its public API; a deep import bypasses it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)stores/',
              message: 'src/lib is plain helpers for pages and stores: it must not import a store.',
            },
            {
              regex: '(^|/)engine/(?!index\\.ts$)',
              message:
                'Reach the engine through src/engine/index.ts, its public API; a deep import bypasses it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./', message: ENGINE_INSIDE }, ...FRAMEWORKS] },
      ],
    },
  },
  {
    files: ['src/engine/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./\\.\\./', message: ENGINE_INSIDE }, ...FRAMEWORKS] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,svelte,astro}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': ['error', ...ONE_ORDER_ONE_READER] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine takes time as an argument; reading the clock there breaks determinism.
      // (This replaces the block above for the engine, so it repeats its restrictions.)
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine takes time as an argument.' },
        ...ONE_ORDER_ONE_READER,
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
);
