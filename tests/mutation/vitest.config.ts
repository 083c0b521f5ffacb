import { defineConfig } from 'vitest/config';

/**
 * The test run mutation testing uses (stryker.config.mjs): the engine's unit tests, without the
 * command-line tests (they spawn a fresh Node process, which never sees a mutant) and without
 * the reply checker's (they import none of the mutated modules). Plain Vitest, no Astro: the
 * engine needs no framework, and each of the thousand mutant runs starts faster without it.
 */
export default defineConfig({
  test: {
    include: ['tests/engine/**/*.test.ts'],
    exclude: ['tests/engine/cli.test.ts', 'tests/engine/reply/**', 'node_modules/**'],
    setupFiles: ['tests/mutation/setup.ts'],
    testTimeout: 120_000,
  },
});
