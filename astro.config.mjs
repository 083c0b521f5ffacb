// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { isKnownUpstreamWarning } from './scripts/known-warnings.ts';

/** The stylesheets of the client bundle, by file name, before Astro inlines and deletes some. */
const stylesheets = new Map();

/**
 * A component an island imports lazily (the desk's task panel with the reply coach) has its styles
 * in the page already: Astro gathers the CSS of every component a page can reach and inlines the
 * small sheets, deleting their files. But Vite's preload helper, written into the scripts before
 * that, still fetches such a file before the lazy import, and fails the import on the 404
 * ("Unable to preload CSS"). These two hooks put back the deleted sheets that a script still
 * names. @see https://github.com/withastro/astro/issues/8329
 * @returns {import('vite').Plugin[]}
 */
function keepStylesheetsThatLazyImportsPreload() {
  return [
    {
      name: 'stylesheets-before-inlining',
      enforce: 'post',
      applyToEnvironment: (environment) => environment.name === 'client',
      generateBundle: {
        order: 'pre',
        handler(_options, bundle) {
          for (const [fileName, file] of Object.entries(bundle))
            if (file.type === 'asset' && fileName.endsWith('.css'))
              stylesheets.set(fileName, file.source);
        },
      },
    },
    {
      name: 'stylesheets-that-scripts-preload',
      enforce: 'post',
      applyToEnvironment: (environment) => environment.name === 'client',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const code = Object.values(bundle)
            .map((file) => (file.type === 'chunk' ? file.code : ''))
            .join('\n');
          for (const [fileName, source] of stylesheets)
            if (!(fileName in bundle) && code.includes(`"${fileName}"`))
              this.emitFile({ type: 'asset', fileName, source });
        },
      },
    },
  ];
}

/** Static site: every page is prebuilt; islands hydrate only where a page embeds one. */
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [svelte(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    plugins: keepStylesheetsThatLazyImportsPreload(),
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
