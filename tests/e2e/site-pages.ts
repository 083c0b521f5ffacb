/** The pages of the built site, read from dist/ (the list the axe scan and link check walk). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '_astro' || name === 'pagefind') return [];
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every page's URL path, e.g. `/learn/` or `/404.html`. */
export const sitePages: string[] = htmlFiles(dist)
  .map(
    (file) =>
      '/' +
      relative(dist, file)
        .split('\\')
        .join('/')
        .replace(/index\.html$/, ''),
  )
  .sort();

/** Whether a URL path has a page in the build. */
export function isBuiltPage(path: string): boolean {
  const clean = decodeURI(path.split('#')[0]?.split('?')[0] ?? '');
  return sitePages.includes(clean) || sitePages.includes(clean.endsWith('/') ? clean : `${clean}/`);
}

/**
 * Pages whose content is drawn by an island after load, and what shows it is there: the scan
 * waits for it, so it checks the page a user sees, not its loading state.
 */
export const readyWhen: Readonly<Record<string, { role: 'region'; name: string }>> = {
  '/sandbox/': { role: 'region', name: 'Account health' },
};

/** Pages every build must have, so the scans above cannot silently miss one (the trainers' report included). */
export const requiredPages: readonly string[] = [
  '/',
  '/learn/',
  '/facts/',
  '/glossary/',
  '/search/',
  '/trainers/',
  '/trainers/facts/',
  '/team/',
  '/verify/',
  '/practise/writing/',
  '/sandbox/',
  '/404.html',
];
