/**
 * The good play of each scenario (its `goodPlay`, which the browser tests play too), played on the
 * engine by `playScenario` at the acts' times: every act finds its task in the inbox, and the play
 * earns full marks; doing nothing does not. A cheap guard before the browser plays it.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioPlays, playScenario } from '../../src/sim/play.ts';
import { loadScenario, scenarioIds } from './scenario-files.ts';

describe.each(scenarioIds)('%s', (id) => {
  const scenario = loadScenario(id);

  it('its good play earns full marks, each act on a task in the inbox', () => {
    const result = playScenario(scenario, scenario.goodPlay);
    expect(result.problems).toEqual([]);
    expect(result.debrief.rubric.filter((item) => !item.passed).map((item) => item.id)).toEqual([]);
    expect(result.score).toBe(1);
  });

  it('passes the play checks the content checker runs', () => {
    expect(checkScenarioPlays(scenario)).toEqual([]);
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
