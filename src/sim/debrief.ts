/**
 * The end of a shift: each rubric item checked against what happened, by the engine's report and
 * read model, the choices the trainee made with their feedback, and what the rules did.
 */
import type { Scenario } from '../content/scenario-schema.ts';
import type { AccountReading, ClaimState } from '../engine/index.ts';
import type { DeskRun } from './desk-run.ts';

/** One rubric item, checked. */
export interface RubricOutcome {
  id: string;
  description: string;
  points: number;
  facts: string[];
  passed: boolean;
}

/** A decision and what the trainee chose. */
export interface ChoiceOutcome {
  decision: string;
  prompt: string;
  chosen: Scenario['decisions'][number]['choices'][number] | null;
}

/** The debrief of a run. */
export interface Debrief {
  /** Points earned ÷ points available (0..1). */
  score: number;
  earned: number;
  available: number;
  rubric: RubricOutcome[];
  choices: ChoiceOutcome[];
  /** Claims the engine derived from passed deadlines, each with its rule. */
  consequences: ClaimState[];
}

/** Checks every rubric item of the run's scenario as of the run's clock. */
export function debrief(run: DeskRun, reading: AccountReading = run.reading()): Debrief {
  const report = reading.report();
  const chosen = (decisionId: string) => {
    const decision = run.scenario.decisions.find((candidate) => candidate.id === decisionId);
    const act =
      decision &&
      run.acts.find(
        (candidate) =>
          candidate.action === decision.action && candidate.subject === decision.subject,
      );
    return decision?.choices.find((choice) => choice.id === act?.choice) ?? null;
  };
  const rubric = run.scenario.rubric.map((item): RubricOutcome => {
    const { check } = item;
    const passed = (() => {
      switch (check.kind) {
        case 'no-violation':
          return !report.violations.some(
            (violation) =>
              violation.rule === check.rule &&
              (check.subject === undefined || violation.subject === check.subject),
          );
        case 'choice':
          return check.choices.includes(chosen(check.decision)?.id ?? '');
        case 'metric':
          return report[check.metric].status === check.status;
        case 'not-defective':
          return reading.order(check.orderId)?.defective !== true;
        case 'action':
          return run.hasActed(check.action, check.subject);
      }
    })();
    return {
      id: item.id,
      description: item.description,
      points: item.points,
      facts: item.facts,
      passed,
    };
  });
  const available = rubric.reduce((sum, item) => sum + item.points, 0);
  const earned = rubric.filter((item) => item.passed).reduce((sum, item) => sum + item.points, 0);
  return {
    score: available === 0 ? 0 : earned / available,
    earned,
    available,
    rubric,
    choices: run.scenario.decisions.map((decision) => ({
      decision: decision.id,
      prompt: decision.prompt,
      chosen: chosen(decision.id),
    })),
    consequences: reading.claims().filter((claim) => claim.derived !== null),
  };
}
