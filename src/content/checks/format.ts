/**
 * Content files in Prettier's style, as `npm run lint` (prettier --check) wants them: the same
 * configuration and ignore file, so what passes here passes there. `--fix` rewrites them.
 * Formatting the large YAML files is most of check-content's time, so a file already found in
 * style is remembered by a hash of its text and options (node_modules/.cache), as Prettier's own
 * `--cache` does; an edited file is checked again.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';
import type { Problem } from './problem.ts';

/** Where the hashes of files found in style are kept. */
const CACHE = 'node_modules/.cache/check-content/formatted.json';

function readCache(path: string): Set<string> {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as {
      prettier?: string;
      hashes?: string[];
    };
    return stored.prettier === prettier.version ? new Set(stored.hashes) : new Set();
  } catch {
    return new Set(); // no cache yet, or an unreadable one: check every file
  }
}

function writeCache(path: string, hashes: Set<string>): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ prettier: prettier.version, hashes: [...hashes].sort() }));
  } catch {
    // A read-only tree only loses the speed-up.
  }
}

/** The first line where two texts differ, counting from 1. */
function firstDifference(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, position) => line !== right[position]);
  return (index < 0 ? Math.min(left.length, right.length) : index) + 1;
}

/** Checks (or with `fix`, rewrites) the formatting of `files` (paths from `root`). */
export async function formatProblems(
  root: string,
  files: readonly string[],
  fix: boolean,
): Promise<{ problems: Problem[]; fixed: string[] }> {
  const problems: Problem[] = [];
  const fixed: string[] = [];
  const ignorePath = join(root, '.prettierignore');
  const cachePath = join(root, CACHE);
  // Only a project's own node_modules holds its cache (a copy that links another's does not).
  const ownModules = join(root, 'node_modules');
  const cached = existsSync(ownModules) && !lstatSync(ownModules).isSymbolicLink();
  const known = cached ? readCache(cachePath) : new Set<string>();
  const inStyle = new Set<string>();
  for (const file of files) {
    const path = join(root, file);
    const info = await prettier.getFileInfo(path, { ignorePath });
    if (info.ignored || info.inferredParser === null) continue;
    // The project's plugins (Astro, Svelte) format no content file; not loading them saves seconds.
    const { plugins: _plugins, ...options } = (await prettier.resolveConfig(path)) ?? {};
    const text = readFileSync(path, 'utf8');
    const hash = createHash('sha256')
      .update(JSON.stringify(options))
      .update(file)
      .update(text)
      .digest('hex');
    if (known.has(hash)) {
      inStyle.add(hash);
      continue;
    }
    let formatted: string;
    try {
      formatted = await prettier.format(text, { ...options, filepath: path });
    } catch {
      continue; // a file Prettier cannot parse is reported by the schema check (not valid YAML)
    }
    if (formatted === text) {
      inStyle.add(hash);
      continue;
    }
    if (fix) {
      writeFileSync(path, formatted);
      fixed.push(file);
      continue;
    }
    problems.push({
      file,
      line: firstDifference(text, formatted),
      message:
        "not in Prettier's format, which `npm test` requires: run `npm run check-content -- --fix` to format it",
      check: 'format',
    });
  }
  if (cached) writeCache(cachePath, inStyle);
  return { problems, fixed };
}
