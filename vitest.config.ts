/// <reference types="vitest/config" />
import { svelteTesting } from '@testing-library/svelte/vite';
import { getViteConfig } from 'astro/config';

/**
 * Unit tests (engine, sim, stores, lib, content rules) run through Astro's Vite config; Svelte
 * component tests (`// @vitest-environment jsdom`) render with Testing Library.
 */
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.stryker-tmp/**'],
    testTimeout: 120_000,
  },
});
