/**
 * The end of a shift: each rubric goal checked against what happened, by the engine's report and
 * read model, with the evidence of its outcome (when a task was done, which deadline passed, the
 * highest a rate reached during the shift); the choices the trainee made with their feedback; and
 * what the rules did. A "keep the rate below its target" goal is checked over the whole shift,
 * at every moment the rate can change, not only at the end.
 */
import type { Scenario } from '../content/scenario-schema.ts';
import {
  levelOf,
  parseInstant,
  profiles,
  type AccountReading,
  type ClaimState,
  type DefectLine,
  type MetricLevel,
} from '../engine/index.ts';
import { actionLog } from './desk-items.ts';
import type { DeskAction, DeskRun } from './desk-run.ts';
import { isWritten, type SentFinding } from './drafts.ts';

/** A metric a rubric goal can hold below its target. */
type RubricMetric = 'odr' | 'idr' | 'lateResponse' | 'lateShipment';

/** What happened to a rubric goal: the facts its outcome sentence is written from. */
export type RubricEvidence =
  /** A deadline goal on one task, met: done at `doneAt`. */
  | { kind: 'on-time'; doneAt: string | null }
  /** A deadline goal on every task of a rule, met. */
  | { kind: 'none-late' }
  /** Deadlines passed: the first at `deadline`; `doneAt` when that task was done late (or null). */
  | { kind: 'late'; deadline: string; doneAt: string | null; count: number }
  /**
   * The option chosen for a decision, or none; for a reply, what the coach found in the text sent
   * that breaks the goal's own rules (a good suggestion rewritten into a breach misses the goal).
   */
  | { kind: 'chose'; label: string | null; broken: readonly SentFinding[] }
  /** A rate held: the highest it reached during the shift (null: nothing counted). */
  | { kind: 'held'; metric: RubricMetric; highest: number | null; level: MetricLevel }
  /** A rate that breached its target at `at`, reaching `rate`. */
  | { kind: 'breached'; metric: RubricMetric; rate: number | null; at: string }
  /** A rate that ended the shift without the status the goal asks (counted where none was asked). */
  | { kind: 'ended'; metric: RubricMetric; rate: number | null }
  /** An order with no defect that counts at the end, or the defects that count. */
  | { kind: 'defects'; orderId: string; defects: readonly DefectLine[] }
  /** An act done at `at`, or not done (null). */
  | { kind: 'acted'; at: string | null }
  /**
   * A written draft: not sent, sent with what the coach found in it (of the rules the goal
   * names), or sent unchecked (`findings` null: the checker could not load).
   */
  | { kind: 'written'; sent: boolean; findings: readonly SentFinding[] | null };

/** One rubric goal, checked. */
interface RubricOutcome {
  id: string;
  /** The goal, as the scenario words it (an instruction). */
  description: string;
  points: number;
  facts: string[];
  passed: boolean;
  evidence: RubricEvidence;
}

/** A decision and what the trainee chose. */
interface ChoiceOutcome {
  decision: string;
  prompt: string;
  chosen: Scenario['decisions'][number]['choices'][number] | null;
}

/** A draft the trainee sent, with what the reply coach found in it. */
interface SentDraft {
  action: DeskAction;
  /** When it was sent (ISO-8601 in the marketplace's zone). */
  at: string;
  /** The task it answered and what it is about, as the inbox named it. */
  title: string;
  detail: string;
  text: string;
  /** What the coach found when it was sent; null when it could not check. */
  findings: readonly SentFinding[] | null;
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
  /** Every draft the trainee wrote and sent, in order. */
  drafts: SentDraft[];
}

/**
 * The moments in the shift at which a rate can change: the start, each event of the shift (an
 * arrival, an act, a consequence), just after each deadline that passed, each local midnight (the
 * window moves), and the end. Sorted, each once.
 */
function momentsOfShift(run: DeskRun, reading: AccountReading): number[] {
  const start = parseInstant(run.scenario.start.at);
  const end = run.clock;
  const moments = new Set<number>([start, end]);
  for (const event of run.appliedEvents) {
    const at = parseInstant(event.at);
    if (at > start && at < end) moments.add(at);
  }
  // A deadline "has passed" once the clock is after it: read just after.
  for (const violation of reading.report().violations) {
    const after = parseInstant(violation.at) + 1;
    if (after > start && after < end) moments.add(after);
  }
  for (const midnight of run.midnightsBetween(start, end)) moments.add(midnight);
  return [...moments].sort((a, b) => a - b);
}

/** A rate goal over the whole shift: the first breach, or the highest the rate reached. */
function rateOverShift(
  run: DeskRun,
  reading: AccountReading,
  metric: RubricMetric,
  status: 'ok' | 'none',
): { passed: boolean; evidence: RubricEvidence } {
  const figureAt = (moment: number) =>
    metric === 'lateShipment' ? run.shippingAt(moment).lateShipment : run.reportAt(moment)[metric];
  let highest: number | null = null;
  for (const moment of momentsOfShift(run, reading)) {
    const figure = figureAt(moment);
    if (figure.status === 'breach')
      return {
        passed: false,
        evidence: { kind: 'breached', metric, rate: figure.rate, at: run.instantText(moment) },
      };
    if (figure.rate !== null && (highest === null || figure.rate > highest)) highest = figure.rate;
  }
  const final =
    metric === 'lateShipment' ? reading.shipping().lateShipment : reading.report()[metric];
  if (final.status !== status)
    return {
      passed: false,
      evidence: { kind: 'ended', metric, rate: final.rate },
    };
  const profile = profiles[run.scenario.profile];
  const target =
    metric === 'lateShipment' ? profile.shipping.lateShipment.target : profile[metric].target;
  return {
    passed: true,
    evidence: { kind: 'held', metric, highest, level: levelOf(highest, target) },
  };
}

/** When a task was done (a reply, an answer, an upload), read from the engine, or null. */
function doneAt(reading: AccountReading, subject: string): string | null {
  return (
    reading.message(subject)?.handled?.at ??
    reading.returnRequest(subject)?.answeredAt ??
    reading.claim(subject)?.answeredAt ??
    reading.chargeback(subject)?.answeredAt ??
    reading.order(subject)?.invoice.uploadedAt ??
    null
  );
}

/** Checks every rubric goal of the run's scenario as of the run's clock (the end of the shift). */
export function debrief(run: DeskRun, reading: AccountReading = run.reading()): Debrief {
  const report = reading.report();
  const actOn = (action: string, subject: string) =>
    run.acts.find((candidate) => candidate.action === action && candidate.subject === subject);
  const chosen = (decisionId: string) => {
    const decision = run.scenario.decisions.find((candidate) => candidate.id === decisionId);
    const act = decision && actOn(decision.action, decision.subject);
    return decision?.choices.find((choice) => choice.id === act?.choice) ?? null;
  };
  const rubric = run.scenario.rubric.map((item): RubricOutcome => {
    const { check } = item;
    const outcome = ((): { passed: boolean; evidence: RubricEvidence } => {
      switch (check.kind) {
        case 'no-violation': {
          const missed = report.violations.filter(
            (violation) =>
              violation.rule === check.rule &&
              (check.subject === undefined || violation.subject === check.subject),
          );
          const first = missed[0];
          if (first)
            return {
              passed: false,
              evidence: {
                kind: 'late',
                deadline: first.at,
                doneAt: doneAt(reading, first.subject),
                count: missed.length,
              },
            };
          return {
            passed: true,
            evidence:
              check.subject === undefined
                ? { kind: 'none-late' }
                : { kind: 'on-time', doneAt: doneAt(reading, check.subject) },
          };
        }
        case 'choice': {
          const option = chosen(check.decision);
          const decision = run.scenario.decisions.find(
            (candidate) => candidate.id === check.decision,
          );
          const act = decision && actOn(decision.action, decision.subject);
          const broken =
            act?.findings?.filter((finding) => item.facts.includes(finding.rule)) ?? [];
          return {
            passed: check.choices.includes(option?.id ?? '') && broken.length === 0,
            evidence: { kind: 'chose', label: option?.label ?? null, broken },
          };
        }
        case 'metric':
          return rateOverShift(run, reading, check.metric, check.status);
        case 'not-defective': {
          const order = reading.order(check.orderId);
          const defects = order?.defects.filter((defect) => defect.counts) ?? [];
          return {
            passed: order?.defective !== true,
            evidence: { kind: 'defects', orderId: check.orderId, defects },
          };
        }
        case 'action': {
          const act = actOn(check.action, check.subject);
          return {
            passed: act !== undefined,
            evidence: { kind: 'acted', at: act ? run.instantText(act.at) : null },
          };
        }
        case 'writing': {
          const act = actOn(check.action, check.subject);
          const sent = act?.text !== undefined;
          const findings =
            act?.findings?.filter(
              (finding) => check.rules === undefined || check.rules.includes(finding.rule),
            ) ?? null;
          return {
            passed: sent && findings !== null && findings.length === 0,
            evidence: { kind: 'written', sent, findings: sent ? findings : [] },
          };
        }
      }
    })();
    return {
      id: item.id,
      description: item.description,
      points: item.points,
      facts: item.facts,
      ...outcome,
    };
  });
  const available = rubric.reduce((sum, item) => sum + item.points, 0);
  const earned = rubric.filter((item) => item.passed).reduce((sum, item) => sum + item.points, 0);
  return {
    score: available === 0 ? 0 : earned / available,
    earned,
    available,
    rubric,
    // Where the scenario requires writing, its replies are not chosen: their drafts tell.
    choices: run.scenario.decisions
      .filter((decision) => !(run.scenario.requireWriting && isWritten(decision.action)))
      .map((decision) => ({
        decision: decision.id,
        prompt: decision.prompt,
        chosen: chosen(decision.id),
      })),
    consequences: reading.claims().filter((claim) => claim.derived !== null),
    drafts: actionLog(run, reading).flatMap((logged, position) => {
      const act = run.acts[position];
      return act?.text === undefined
        ? []
        : [
            {
              action: act.action,
              at: logged.at,
              title: logged.title,
              detail: logged.detail,
              text: act.text,
              findings: act.findings ?? null,
            },
          ];
    }),
  };
}
