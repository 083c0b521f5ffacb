/**
 * JavaScript budget per built page: prints what each page ships (gzipped) and fails when a page
 * type is over its budget. Counts inline scripts, <script src>, island component and renderer
 * modules, and every module they import (followed through the bundle's static imports).
 *
 * Budgets per page type: a page with no script of its own ships only the theme scripts (inline,
 * < 1.5 kB); a lesson or page with a small framework-free script of its own (a module script: the
 * lesson's done mark, the course map's ticks, the home page's "Continue", the search form) under
 * 8 kB; a lesson with calculators (Svelte islands plus the done mark) and quiz, progress and
 * certificate pages under 45 kB; the desk, which runs the whole rules engine in the browser, under
 * 60 kB; the LMS launch page, with the cmi5 client it fetches only under a cmi5 launch, under 70 kB.
 *
 * The offline registration (the layout's UpdateNotice script, and the workbox-window it fetches
 * after the page's `load` event) is the same on every page and never delays a page's first paint
 * or first interaction: it is counted once, on its own line, against its own budget (4 kB), and
 * not in each page's total or type.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const KB = 1024;

/** The page type of a built page and its budget in bytes. */
function budgetOf(
  page: string,
  islands: number,
  scripts: number,
): { type: string; budget: number } {
  if (page.startsWith('/learn/') && page !== '/learn/') {
    if (islands > 0) return { type: 'lesson + calculators', budget: 45 * KB };
    return scripts > 0
      ? { type: 'lesson + script', budget: 8 * KB }
      : { type: 'lesson', budget: 1.5 * KB };
  }
  if (page.startsWith('/simulate/') && page !== '/simulate/')
    return { type: 'desk', budget: 60 * KB };
  // The LMS launch page: the SCORM session, or the cmi5 client (fetched only under a cmi5 launch).
  if (page === '/lms/') return { type: 'lms launch', budget: 70 * KB };
  if (islands > 0) return { type: 'page + island', budget: 45 * KB };
  return scripts > 0
    ? { type: 'page + script', budget: 8 * KB }
    : { type: 'page', budget: 1.5 * KB };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'pagefind' || name === '_astro') return [];
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const gz = (text: string | Buffer) => gzipSync(text).length;
/** The offline registration's library, loaded after `load` on every page (see above). */
const isAfterLoad = (path: string): boolean =>
  /\/(workbox-window[.-]|UpdateNotice\.astro_astro_type_script)[^/]*\.js$/.test(path);
const OFFLINE_BUDGET = 4 * KB;
const afterLoad = new Set<string>();

/** A module and everything it imports statically or dynamically from the bundle. */
function moduleClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  if (seen !== afterLoad && isAfterLoad(entry)) {
    moduleClosure(entry, afterLoad);
    return seen;
  }
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(
    /(?:import|export)\s*(?:[^'"]*?from\s*)?\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
  )) {
    moduleClosure(resolve(dirname(entry), match[1] ?? ''), seen);
  }
  return seen;
}

const rows: {
  page: string;
  inline: number;
  modules: number;
  total: number;
  islands: number;
  budget: number;
}[] = [];
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((code) => code.trim() && !/^\s*[{[]/.test(code)); // JSON data blocks are not code
  const urls = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    ),
    ...[...html.matchAll(/import\s*(?:[^'"]*from\s*)?["'](\/_astro\/[^"']+\.js)["']/g)].map(
      (match) => match[1] ?? '',
    ),
  ].filter((url) => url.startsWith('/_astro/'));
  const modules = new Set<string>();
  for (const url of urls) moduleClosure(join(dist, url), modules);
  const inlineBytes = inline.reduce((sum, code) => sum + gz(code), 0);
  const moduleBytes = [...modules].reduce((sum, path) => sum + gz(readFileSync(path)), 0);
  const islands = (html.match(/<astro-island\b/g) ?? []).length;
  const page = '/' + relative(dist, file).replace(/index\.html$/, '');
  rows.push({
    page,
    // The page's own scripts are modules (Astro bundles or inlines them); the theme scripts are not.
    ...budgetOf(
      page,
      islands,
      (html.match(/<script\b[^>]*\btype="module"[^>]*>/g) ?? []).filter(
        (tag) => !isAfterLoad(tag.match(/\bsrc="([^"]+)"/)?.[1] ?? ''),
      ).length,
    ),
    inline: inlineBytes,
    modules: moduleBytes,
    total: inlineBytes + moduleBytes,
    islands,
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `JavaScript per page, gzipped (${rows.length} pages in ${relative(process.cwd(), dist) || '.'})`,
);
console.log(
  [
    'page'.padEnd(58),
    'islands',
    'inline'.padStart(9),
    'modules'.padStart(9),
    'total'.padStart(9),
    'budget'.padStart(9),
  ].join(' '),
);
let failures = 0;
for (const row of rows) {
  const over = row.total > row.budget;
  if (over) failures += 1;
  console.log(
    [
      row.page.padEnd(58),
      String(row.islands).padStart(7),
      kb(row.inline).padStart(9),
      kb(row.modules).padStart(9),
      kb(row.total).padStart(9),
      kb(row.budget).padStart(9),
      over ? 'OVER' : '',
    ].join(' '),
  );
}
const offlineBytes = [...afterLoad].reduce((sum, path) => sum + gz(readFileSync(path)), 0);
if (afterLoad.size > 0) {
  const over = offlineBytes > OFFLINE_BUDGET;
  if (over) failures += 1;
  console.log(
    `Offline registration (workbox-window, fetched after load on every page): ${kb(offlineBytes)} of ${kb(OFFLINE_BUDGET)}${over ? ' OVER' : ''}`,
  );
}
if (rows.length === 0) {
  console.error(`No pages found in ${dist}: run npm run build first.`);
  process.exit(1);
}
if (failures > 0) {
  console.error(`${failures} page(s) over budget.`);
  process.exit(1);
}
console.log('All pages within budget.');
