/**
 * The good play of each scenario (its `goodPlay`, which the browser tests play too), played on the
 * engine by `playScenario` at the acts' times: every act finds its task in the inbox, and the play
 * earns full marks; doing nothing does not. A cheap guard before the browser plays it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema } from '../../src/content/scenario-schema.ts';
import { loadReplyChecker } from '../../src/engine/index.ts';
import { checkScenarioPlays, playScenario } from '../../src/sim/play.ts';
import { loadScenario, scenarioIds } from './scenario-files.ts';

const checkReply = await loadReplyChecker();

describe.each(scenarioIds)('%s', (id) => {
  const scenario = loadScenario(id);

  it('its good play earns full marks, each act on a task in the inbox', () => {
    const result = playScenario(scenario, scenario.goodPlay, { checkReply });
    expect(result.problems).toEqual([]);
    expect(result.debrief.rubric.filter((item) => !item.passed).map((item) => item.id)).toEqual([]);
    expect(result.score).toBe(1);
  });

  it('passes the play checks the content checker runs', () => {
    expect(checkScenarioPlays(scenario, checkReply)).toEqual([]);
  });
});

describe('the play checks', () => {
  const scenario = loadScenario('first-shift-return-and-question');

  it('name a good play that misses points, and an act whose task is not in the inbox', () => {
    const [first] = scenario.goodPlay;
    const problems = checkScenarioPlays({
      ...scenario,
      goodPlay: [{ ...first!, at: scenario.start.at }],
    });
    expect(problems.map((problem) => problem.path.join('.'))).toEqual([
      'goodPlay.0.subject',
      'goodPlay',
    ]);
    expect(problems[1]?.message).toMatch(/^the good play earns \d+ of 100 points: it misses/);
  });

  it('name a rubric that doing nothing fills', () => {
    const problems = checkScenarioPlays({
      ...scenario,
      rubric: [
        {
          id: 'free',
          description: 'Keep the Invoice Defect Rate without data',
          points: 100,
          facts: ['ODR-TARGET'],
          check: { kind: 'metric', metric: 'idr', status: 'none' },
        },
      ],
    });
    expect(problems).toEqual([
      {
        path: ['rubric'],
        message:
          'doing nothing earns full marks: give the rubric an item that only an act can earn',
      },
    ]);
  });
});

describe('a good play in the scenario file', () => {
  const raw = parse(
    readFileSync(
      resolve(import.meta.dirname, '../../content/scenarios/first-shift-return-and-question.yaml'),
      'utf8',
    ),
  ) as Record<string, unknown> & { goodPlay: Record<string, unknown>[] };
  const schema = scenarioSchema(readContentIndex(resolve(import.meta.dirname, '../..')));
  const problemsWith = (goodPlay: unknown) =>
    schema
      .safeParse({ ...raw, goodPlay })
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('must choose an option of the decision that governs the act, and keep to the shift', () => {
    const [first, second] = raw.goodPlay;
    expect(problemsWith([first, { ...second, choice: 'label-and-step' }])).toEqual([
      'goodPlay.1.choice: decision "reply-how-to-return" governs this act: choose one of label-and-steps, read-the-policy, will-get-back, email-tracking',
    ]);
    expect(problemsWith([{ ...second }, { ...first }])).toEqual([
      'goodPlay.1.at: before the previous act or the shift',
    ]);
    expect(problemsWith([])).toEqual(['goodPlay: Too small: expected array to have >=1 items']);
  });
});
