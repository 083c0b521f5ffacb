/**
 * Writes the service worker over the built site (after `astro build` and Pagefind): every page,
 * script, style, icon and search index file is precached, so after one visit the whole course,
 * the quizzes, the desk and search work without a network. Prints what it precached.
 *
 * workbox-build's generateSW, not a hand-written worker: it versions each file by its content,
 * so an update fetches only what changed and removes outdated caches. The new worker waits until
 * the trainee accepts the update notice (`lib/offline.ts`), then takes over.
 */
import { generateSW } from 'workbox-build';

const dist = process.argv[2] ?? 'dist';
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,svg,json,webmanifest,png,ico,txt,woff2}', 'pagefind/**/*'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: `${dist}/sw.js`,
  // One file: the workbox runtime inlined, nothing fetched from elsewhere.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  // The worker waits for the trainee's "Update now"; the first one takes over at once.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Pagefind's index files and the largest pages are above workbox's 2 MB default.
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  // A page opened with a query (an LMS launch, a search) is the same page.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
});
for (const warning of warnings) console.warn(warning);
console.log(
  `Service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(2)} MB (${dist}/sw.js)`,
);
