/**
 * Every scenario file, through its schema and then the engine: its events are valid order-history
 * events, it runs from start to end, and a trainee who does nothing loses points (so every
 * rubric can fail).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema } from '../../src/content/scenario-schema.ts';
import { readContentIndex } from '../../src/content/registry.ts';
import { playScenario } from '../../src/sim/play.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/scenarios');
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
const schema = scenarioSchema(readContentIndex(root));

describe('scenarios', () => {
  it('there are at least 12', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)(
    '%s runs on the engine from start to end, and doing nothing loses points',
    (file) => {
      const scenario = schema.parse(parse(readFileSync(join(dir, file), 'utf8')));
      const { run, debrief: result } = playScenario(scenario, []);
      expect(run.ended).toBe(true);
      expect(result.available).toBe(100);
      expect(result.score).toBeLessThan(1);
    },
  );

  it.each([
    ['the day before the shift', '2026-10-04', false],
    ['two days before the shift', '2026-10-03', true],
  ])('a background that ends %s: accepted %s', (_when, to, accepted) => {
    const raw = parse(readFileSync(join(dir, 'german-feedback-public-reply.yaml'), 'utf8')) as {
      start: { at: string; background: { to: string } };
    };
    expect(raw.start.at.slice(0, 10)).toBe('2026-10-05');
    raw.start.background.to = to;
    const result = schema.safeParse(raw);
    expect(result.success).toBe(accepted);
    if (!accepted)
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(
        'start.background.to',
      );
  });
});
