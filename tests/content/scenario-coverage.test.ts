/**
 * Everything the course teaches is practised at the desk: every tip (TIP-1..TIP-10) and the facts
 * the content review found without a scenario are graded or decided in at least one scenario, and
 * buyers write in German, French, Italian and Spanish in scenarios where the trainee must write
 * the answer (FBM-LOCAL). A fact only listed among a scenario's goals is not enough: a rubric item
 * or a decision's option must rest on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = resolve(import.meta.dirname, '../../content/scenarios');

interface ScenarioFile {
  id: string;
  marketplace: string;
  requireWriting?: boolean;
  rubric: { facts: string[]; check: { kind: string } }[];
  /** Left out where the trainee writes every answer (no options to choose from). */
  decisions?: { choices: { facts: string[] }[] }[];
}

const scenarios = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    ...(parse(readFileSync(join(dir, name), 'utf8')) as Omit<ScenarioFile, 'id'>),
    id: name.replace(/\.yaml$/, ''),
  }));

/** The facts a scenario grades (rubric) or asks the trainee to decide on (options). */
const practised = (scenario: ScenarioFile): Set<string> =>
  new Set([
    ...scenario.rubric.flatMap((item) => item.facts),
    ...(scenario.decisions ?? []).flatMap((decision) =>
      decision.choices.flatMap((choice) => choice.facts),
    ),
  ]);

const tips = Array.from({ length: 10 }, (_, index) => `TIP-${index + 1}`);
/** Facts the content review found taught and asked but never practised. */
const reviewed = [
  'LSR',
  'AHR',
  'A2Z-WINDOW',
  'IDR-WINDOW',
  'FBM-LOCAL',
  'FBM-LOGISTICS',
  'RESP-KAUFLAND',
  'EBAY-BANDS',
  'LAUNCH-CHECK',
  'MSG-PERMITTED',
  'MSG-CONTACT',
];

describe('what the desk practises', () => {
  it.each([...tips, ...reviewed])('%s is graded or decided in at least one scenario', (fact) => {
    expect(
      scenarios.filter((scenario) => practised(scenario).has(fact)).map((s) => s.id),
    ).not.toEqual([]);
  });

  it.each(['amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es'])(
    'a buyer on %s writes in their language and the trainee must write the answer, judged by the coach',
    (marketplace) => {
      const written = scenarios.filter(
        (scenario) =>
          scenario.marketplace === marketplace &&
          scenario.requireWriting === true &&
          scenario.rubric.some((item) => item.check.kind === 'writing') &&
          practised(scenario).has('FBM-LOCAL'),
      );
      expect(written.map((scenario) => scenario.id)).not.toEqual([]);
    },
  );
});
