/**
 * The engine's READMEs name every module: src/engine/README.md the engine's own, and
 * src/engine/reply/README.md the reply checker's. A new file without a line fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const engine = resolve(import.meta.dirname, '../../src/engine');
const modules = readdirSync(engine, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.ts'))
  .sort();

/** The module names a README's tables give in backticks (`time.ts`, `cli/metrics.ts`). */
function named(readme: string): Set<string> {
  const text = readFileSync(resolve(engine, readme), 'utf8');
  return new Set([...text.matchAll(/`([\w/-]+\.ts)`/g)].map((match) => match[1] ?? ''));
}

describe('the engine READMEs', () => {
  const top = named('README.md');
  const reply = named('reply/README.md');

  it('find modules to check', () => {
    expect(modules).toContain('iso.ts');
    expect(modules).toContain('reply/check.ts');
  });

  it.each(modules)('name %s', (module) => {
    const listed = module.startsWith('reply/')
      ? reply.has(module.slice('reply/'.length))
      : top.has(module);
    expect(listed).toBe(true);
  });
});
