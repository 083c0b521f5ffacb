// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { isKnownUpstreamWarning } from './scripts/known-warnings.ts';

/** Static site: every page is prebuilt; islands hydrate only where a page embeds one. */
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [svelte(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // The engine is pure (its modules only define constants and functions): an island that
        // uses one of its functions through src/engine/index.ts gets that function, not the
        // whole engine.
        treeshake: { moduleSideEffects: [{ test: /\/src\/engine\//, sideEffects: false }] },
        // Known upstream warnings (scripts/known-warnings.ts) are dropped by code and message,
        // so a real one stands out; every other warning and every error is printed.
        onwarn(warning, warn) {
          if (!isKnownUpstreamWarning(warning)) warn(warning);
        },
      },
    },
  },
});
