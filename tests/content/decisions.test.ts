/**
 * Desk decisions are real choices: three or four plausible options, each judged with feedback and
 * facts, and a good play (its `goodPlay`, the one the browser tests use) that picks good options
 * and earns full marks on the engine. That a rubric rewards only options that exist is checked by
 * the scenario schema (src/content/checks/scenario.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema, type Scenario } from '../../src/content/scenario-schema.ts';
import { loadReplyChecker } from '../../src/engine/index.ts';
import { playScenario } from '../../src/sim/play.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/scenarios');
const schema = scenarioSchema(readContentIndex(root));
const scenarios = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({
    id: name.replace(/\.ya?ml$/, ''),
    scenario: schema.parse(parse(readFileSync(join(dir, name), 'utf8'))),
  }));
const decisions = scenarios.flatMap(({ id, scenario }) =>
  scenario.decisions.map((decision) => {
    // Some decisions are traps: the good play does something else (marks a thank-you "No response
    // required" instead of replying). Their best option is only "acceptable".
    const played = scenario.goodPlay.some(
      (act) => act.action === decision.action && act.subject === decision.subject,
    );
    return [`${id} ${decision.id}`, decision, played] as const;
  }),
);

describe('desk decisions', () => {
  it.each(decisions)(
    '%s offers three or four distinct options, good and not',
    (_name, decision, played) => {
      expect(decision.choices.length).toBeGreaterThanOrEqual(3);
      expect(decision.choices.length).toBeLessThanOrEqual(4);
      const verdicts = decision.choices.map((choice) => choice.verdict);
      expect(verdicts).toContain(played ? 'good' : 'acceptable');
      expect(verdicts.filter((verdict) => verdict !== 'good').length).toBeGreaterThanOrEqual(2);
      for (const field of ['id', 'label', 'feedback'] as const) {
        const values = decision.choices.map((choice) => choice[field]);
        expect(new Set(values).size, field).toBe(values.length);
      }
    },
  );

  it('does not give the best option away by its place', () => {
    const places = decisions.flatMap(([, decision]) => {
      const best = decision.choices.findIndex((choice) => choice.verdict === 'good');
      return best >= 0 ? [best] : [];
    });
    for (let place = 0; place < 4; place += 1)
      expect(places.filter((best) => best === place).length).toBeLessThan(places.length * 0.5);
  });
});

/** The decision an act answers, if any. */
const decisionOf = (scenario: Scenario, action: string, subject: string) =>
  scenario.decisions.find((decision) => decision.action === action && decision.subject === subject);

const checkReply = await loadReplyChecker();

describe('good plays', () => {
  it.each(scenarios.map(({ id, scenario }) => [id, scenario] as const))(
    '%s: the good play picks good options and earns full marks on the engine',
    (_id, scenario) => {
      for (const act of scenario.goodPlay) {
        const decision = decisionOf(scenario, act.action, act.subject);
        // A written reply (the scenario requires writing) picks no option: its text is graded.
        if (decision && act.text === undefined)
          expect(decision.choices.find((option) => option.id === act.choice)?.verdict).toBe('good');
      }
      const result = playScenario(scenario, scenario.goodPlay, { checkReply }).debrief;
      expect(result.rubric.filter((item) => !item.passed).map((item) => item.id)).toEqual([]);
    },
  );
});
