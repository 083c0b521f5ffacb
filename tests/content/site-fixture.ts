/** Builds throwaway copies of the site with chosen content files, to watch the build reject them. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * A copy of the site: the real code and fact registry, the base fixture's course (or, with
 * `content: 'real'`, the real content), plus `files`.
 */
export function siteWith(
  files: Record<string, string>,
  { content = 'fixture' }: { content?: 'fixture' | 'real' } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'sda-site-'));
  for (const name of [
    'src',
    'scripts', // astro.config.mjs imports the build's known warnings from there
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    '.prettierrc.json',
    '.prettierignore',
  ]) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  if (content === 'real') cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  else {
    cpSync(join(root, 'tests/fixtures/site-base/content'), join(dir, 'content'), {
      recursive: true,
    });
    cpSync(join(root, 'content/facts'), join(dir, 'content/facts'), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs `astro sync` or `astro build` in a site copy; returns the exit code and all output. */
export function runAstro(dir: string, command: 'sync' | 'build'): { code: number; output: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), [command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { code: result.status ?? -1, output: `${result.stdout}\n${result.stderr}` };
}

/** Removes a site copy. */
export function removeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
