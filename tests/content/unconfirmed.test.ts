/**
 * The rule for unconfirmed (`~`) facts: a lesson may teach such a clause with its caveat, but no
 * quiz answer and no rubric item may depend on it. The checks live in
 * src/content/checks/unconfirmed.ts (check-content runs them on every change); here each is shown
 * to catch what it must, and to find nothing in the content as it is:
 * 1. nothing graded cites a clause among its facts (the schemas refuse it: links.ts);
 * 2. no rubric checks the status of a metric whose target is a clause (RESP-METRIC~target);
 * 3. no graded text matches a clause's signals (word sets in content/facts/facts.yaml);
 * 4. where the engine applies a clause, flipping it must not change any rubric outcome of a
 *    scenario, played well or not played at all;
 * 5. each clause is taught somewhere with its caveat.
 */
import { describe, expect, it } from 'vitest';
import type { UnconfirmedClause } from '../../src/content/fact-schema.ts';
import { factIdProblem } from '../../src/content/links.ts';
import { readContentIndex } from '../../src/content/registry.ts';
import {
  claimAnswerTimeProblems,
  clausesOf,
  fraudCountsToo,
  fraudScopeProblems,
  hasFraudChargeback,
  metricProblems,
  restsOn,
  signalProblems,
  untaughtClauseProblems,
} from '../../src/content/checks/unconfirmed.ts';
import type { Scenario } from '../../src/content/scenario-schema.ts';
import { facts, factsFile, lessonCaveats, quizzes, scenarios } from './real-content.ts';

const clauses = clausesOf(facts);
const clause = (ref: string) =>
  clauses.find((entry) => entry.ref === ref)?.clause as UnconfirmedClause;

describe('the unconfirmed-clause detector', () => {
  it.each([
    [
      'a fraud chargeback left out of the count',
      'A stolen-card chargeback does not count in the ODR.',
      'CB-WHO~odr-scope',
      false,
      true,
    ],
    [
      'the old 10% target as an answer',
      'The late response rate stayed under 10%.',
      'RESP-METRIC~target',
      false,
      true,
    ],
    [
      'the same sentence in feedback that carries its caveat',
      'Fraud chargebacks may not count in the ODR (not confirmed).',
      'CB-WHO~odr-scope',
      true,
      false,
    ],
    [
      'fraud named without speaking of counting it',
      'Payment fraud (a stolen card) is Amazon’s responsibility.',
      'CB-WHO~odr-scope',
      false,
      false,
    ],
  ])('judges %s', (_case, text, ref, lenient, rests) => {
    const judged = restsOn({ path: [], text, lenient }, clause(ref));
    expect(judged !== null).toBe(rests);
  });

  it('has unconfirmed clauses to guard (the registry marks each ~ of the policy facts)', () => {
    expect(clauses.map((entry) => entry.ref)).toEqual(
      expect.arrayContaining([
        'RESP-METRIC~target',
        'CB-WHO~odr-scope',
        'NOTIFY-DAYS~a2z-help-days',
      ]),
    );
  });
});

describe('no quiz answer or rubric item rests on an unconfirmed clause', () => {
  it('refuses a clause cited as a fact, with its reason', () => {
    expect(factIdProblem(readContentIndex(), 'CB-WHO~odr-scope')).toMatch(/unconfirmed clause/);
  });

  it('finds a graded text resting on a clause, and none in the content', () => {
    const [quiz] = quizzes;
    if (!quiz) throw new Error('no quiz');
    const question = {
      ...quiz.data.questions[0]!,
      prompt: 'A stolen-card chargeback does not count in the ODR, right?',
    };
    const planted = { ...quiz, data: { ...quiz.data, questions: [question] } };
    expect(signalProblems([planted], [], clauses).map((problem) => problem.message)).toEqual([
      expect.stringContaining('CB-WHO~odr-scope'),
    ]);
    expect(signalProblems(quizzes, scenarios, clauses)).toEqual([]);
  });

  it('finds a rubric that grades a metric whose target is a clause, and none in the content', () => {
    const [scenario] = scenarios;
    if (!scenario) throw new Error('no scenario');
    const rubric: Scenario['rubric'] = [
      {
        ...scenario.data.rubric[0]!,
        check: { kind: 'metric', metric: 'lateResponse', status: 'ok' },
      },
    ];
    expect(
      metricProblems([{ ...scenario, data: { ...scenario.data, rubric } }], clauses),
    ).toHaveLength(1);
    expect(metricProblems(scenarios, clauses)).toEqual([]);
  });

  it('grades no answer time of a claim notification in a scenario that follows the help pages', () => {
    expect(claimAnswerTimeProblems(scenarios)).toEqual([]);
  });
});

describe('the engine applies CB-WHO~odr-scope: reading it the other way changes no score', () => {
  const withFraud = scenarios.filter(({ data }) => hasFraudChargeback(data));

  it('has scenarios with fraud chargebacks to compare, and flips each of their fraud chargebacks', () => {
    expect(withFraud.length).toBeGreaterThan(0);
    for (const { data } of withFraud) expect(hasFraudChargeback(fraudCountsToo(data))).toBe(false);
  });

  it('finds no scenario whose score depends on it, played well or not at all', () => {
    expect(fraudScopeProblems(withFraud)).toEqual([]);
  });
});

describe('every unconfirmed clause is taught with its caveat', () => {
  const caveats = lessonCaveats.map((lesson) => ({ caveats: lesson.data }));

  it('finds a clause that no lesson teaches, and none in the content', () => {
    expect(
      untaughtClauseProblems(factsFile, factsFile.data as unknown[], clauses, []),
    ).toHaveLength(clauses.length);
    expect(
      untaughtClauseProblems(factsFile, factsFile.data as unknown[], clauses, caveats),
    ).toEqual([]);
  });
});
