/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests (engine, stores, content rules) run through Astro's Vite config. */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
  },
});
