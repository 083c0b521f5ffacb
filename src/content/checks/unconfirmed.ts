/**
 * The rule for unconfirmed (`~`) clauses: a lesson may teach one with its caveat, but no quiz
 * answer and no rubric item may depend on it. Citing a clause among graded facts is refused by the
 * schemas (links.ts); these checks find what a citation does not show:
 * - a rubric that grades a metric whose target is a clause (RESP-METRIC~target);
 * - a graded text that matches a clause's signals (word sets in content/facts/facts.yaml);
 * - where the engine applies a clause, a score that changes when it is read the other way;
 * - on amazon-2026, a rubric that grades the answer time of an A-to-Z claim (NOTIFY-DAYS~a2z-help-days);
 * - a clause that no lesson teaches with its caveat.
 */
import type { UnconfirmedClause } from '../fact-schema.ts';
import type { Question } from '../quiz-schema.ts';
import type { Scenario } from '../scenario-schema.ts';
import { listOf } from './issues.ts';
import type { Problem } from './problem.ts';
import { playScenario, goodPlayOf, type PlayAct } from './scenario-play.ts';
import { describePath, lineOf, type SourceFile } from './source.ts';
import { CAVEAT } from './lesson-text.ts';

/** A clause with the fact it belongs to: `ref` is how content cites it (`CB-WHO~odr-scope`). */
export interface ClauseRef {
  ref: string;
  factId: string;
  clause: UnconfirmedClause;
}

/** A text shown to the trainee as part of something graded; a `lenient` one may carry the caveat. */
export interface GradedText {
  /** Path of the text in its file. */
  path: (string | number)[];
  text: string;
  lenient: boolean;
}

/** Every clause of the registry's facts. */
export function clausesOf(
  facts: readonly { id: string; unconfirmed: readonly UnconfirmedClause[] }[],
): ClauseRef[] {
  return facts.flatMap((fact) =>
    fact.unconfirmed.map((clause) => ({ ref: `${fact.id}~${clause.id}`, factId: fact.id, clause })),
  );
}

/** The texts of a quiz question: what is asked and answered (strict), and why (lenient). */
function questionTexts(question: Question, at: (string | number)[] = []): GradedText[] {
  const strict = (text: string, ...path: (string | number)[]) => ({
    path: [...at, ...path],
    text,
    lenient: false,
  });
  const lenient = (text: string, ...path: (string | number)[]) => ({
    path: [...at, ...path],
    text,
    lenient: true,
  });
  const texts = [strict(question.prompt, 'prompt'), lenient(question.explanation, 'explanation')];
  switch (question.type) {
    case 'single':
    case 'multiple':
      question.options.forEach((option, position) => {
        texts.push(strict(option.text, 'options', position, 'text'));
        texts.push(lenient(option.why, 'options', position, 'why'));
      });
      break;
    case 'true-false':
      texts.push(lenient(question.whyWrong, 'whyWrong'));
      break;
    case 'numeric':
    case 'datetime':
      question.mistakes.forEach((mistake, position) =>
        texts.push(lenient(mistake.why, 'mistakes', position, 'why')),
      );
      break;
    case 'ordering':
      question.steps.forEach((step, position) => texts.push(strict(step, 'steps', position)));
      break;
    case 'spot-the-problem':
      question.sentences.forEach((sentence, position) => {
        texts.push(strict(sentence.text, 'sentences', position, 'text'));
        if (sentence.why) texts.push(lenient(sentence.why, 'sentences', position, 'why'));
      });
      break;
  }
  return texts;
}

/** The texts of a rubric item: its description and the options it rewards (strict), their feedback (lenient). */
function rubricTexts(scenario: Scenario, position: number): GradedText[] {
  const item = scenario.rubric[position];
  if (!item) return [];
  const texts: GradedText[] = [
    { path: ['rubric', position, 'description'], text: item.description, lenient: false },
  ];
  const { check } = item;
  if (check.kind === 'choice') {
    const decisionAt = scenario.decisions.findIndex((candidate) => candidate.id === check.decision);
    scenario.decisions[decisionAt]?.choices.forEach((choice, n) => {
      if (!check.choices.includes(choice.id)) return;
      texts.push({
        path: ['decisions', decisionAt, 'choices', n, 'label'],
        text: choice.label,
        lenient: false,
      });
      texts.push({
        path: ['decisions', decisionAt, 'choices', n, 'feedback'],
        text: choice.feedback,
        lenient: true,
      });
    });
  }
  return texts;
}

/** The signal of `clause` a text matches (`fraud + ODR`), or null: a lenient text may name it with "not confirmed". */
export function restsOn(text: GradedText, clause: UnconfirmedClause): string | null {
  if (text.lenient && CAVEAT.test(text.text)) return null;
  const hit = clause.signals.find((set) =>
    set.every((pattern) => new RegExp(pattern, 'iu').test(text.text)),
  );
  return hit ? hit.join(' + ') : null;
}

/** A quiz file's questions, or a scenario, with where it is. */
export interface GradedSource<T> {
  source: SourceFile;
  raw: unknown;
  data: T;
}

/** A scenario to check, with its id (file name) for its good play. */
export interface ScenarioSource extends GradedSource<Scenario> {
  id: string;
}

/** Graded texts that rest on a clause by its signals. */
export function signalProblems(
  quizzes: readonly GradedSource<{ questions: Question[] }>[],
  scenarios: readonly GradedSource<Scenario>[],
  clauses: readonly ClauseRef[],
): Problem[] {
  const graded = [
    ...quizzes.flatMap((quiz) =>
      quiz.data.questions.flatMap((question, position) =>
        questionTexts(question, ['questions', position]).map((text) => ({ owner: quiz, text })),
      ),
    ),
    ...scenarios.flatMap((scenario) =>
      scenario.data.rubric.flatMap((_item, position) =>
        rubricTexts(scenario.data, position).map((text) => ({ owner: scenario, text })),
      ),
    ),
  ];
  return graded.flatMap(({ owner, text }) =>
    clauses.flatMap(({ ref, clause }) => {
      const signal = restsOn(text, clause);
      if (!signal) return [];
      return [
        {
          file: owner.source.file,
          line: lineOf(owner.source, text.path),
          where: describePath(owner.raw, text.path),
          message: `this graded text rests on the unconfirmed clause ${ref} ("${clause.text}"; it says ${signal}): reword it so the answer does not depend on the clause${text.lenient ? ', or say "not confirmed"' : ''}`,
          check: 'unconfirmed',
        },
      ];
    }),
  );
}

/** Rubric items that grade the status of a metric whose target is a clause. */
export function metricProblems(
  scenarios: readonly GradedSource<Scenario>[],
  clauses: readonly ClauseRef[],
): Problem[] {
  const byMetric = new Map<string, string>(
    clauses.flatMap(({ ref, clause }) => (clause.metric ? [[clause.metric, ref] as const] : [])),
  );
  return scenarios.flatMap(({ source, raw, data }) =>
    data.rubric.flatMap((item, position) => {
      if (item.check.kind !== 'metric') return [];
      const ref = byMetric.get(item.check.metric);
      if (!ref) return [];
      const path = ['rubric', position, 'check', 'metric'];
      return [
        {
          file: source.file,
          line: lineOf(source, path),
          where: describePath(raw, path),
          message: `grades the ${item.check.metric} metric, whose target is unconfirmed (${ref}): grade the rule instead (e.g. a no-violation check of its fact)`,
          check: 'unconfirmed',
        },
      ];
    }),
  );
}

/** On amazon-2026, rubric items that grade the answer time of an A-to-Z claim (3 calendar days, unconfirmed there). */
export function claimAnswerTimeProblems(scenarios: readonly GradedSource<Scenario>[]): Problem[] {
  return scenarios.flatMap(({ source, raw, data }) => {
    if (data.profile !== 'amazon-2026') return [];
    const claims = new Set(
      [...data.start.history, ...data.arrivals.flatMap((arrival) => arrival.events)]
        .filter((event) => event.type === 'claim.filed')
        .map((event) => String(event['claimId'])),
    );
    return data.rubric.flatMap((item, position) => {
      const { check } = item;
      if (check.kind !== 'no-violation' || check.rule !== 'NOTIFY-DAYS') return [];
      if (check.subject !== undefined && !claims.has(check.subject)) return [];
      const path = ['rubric', position, 'check'];
      return [
        {
          file: source.file,
          line: lineOf(source, path),
          where: describePath(raw, path),
          message:
            'grades the answer time of an A-to-Z claim on amazon-2026, where its 3 calendar days are unconfirmed (NOTIFY-DAYS~a2z-help-days): grade something confirmed instead',
          check: 'unconfirmed',
        },
      ];
    });
  });
}

/** A scenario with every fraud chargeback filed as a service one: CB-WHO~odr-scope read the other way. */
export function fraudCountsToo(scenario: Scenario): Scenario {
  const flip = <T extends { type: string }>(event: T): T =>
    event.type === 'chargeback.filed' && (event as { reason?: unknown }).reason === 'fraud'
      ? { ...event, reason: 'service' }
      : event;
  return {
    ...scenario,
    start: { ...scenario.start, history: scenario.start.history.map(flip) },
    arrivals: scenario.arrivals.map((arrival) => ({
      ...arrival,
      events: arrival.events.map(flip),
    })),
    decisions: scenario.decisions.map((decision) => ({
      ...decision,
      choices: decision.choices.map((choice) => ({ ...choice, events: choice.events.map(flip) })),
    })),
  };
}

/** Whether a scenario has a fraud chargeback anywhere (so the engine applies CB-WHO~odr-scope). */
export function hasFraudChargeback(scenario: Scenario): boolean {
  return [
    ...scenario.start.history,
    ...scenario.arrivals.flatMap((arrival) => arrival.events),
    ...scenario.decisions.flatMap((decision) =>
      decision.choices.flatMap((choice) => choice.events),
    ),
  ].some((event) => event.type === 'chargeback.filed' && event['reason'] === 'fraud');
}

/** Which rubric items pass after a play. */
function outcomes(scenario: Scenario, acts: readonly PlayAct[]): Map<string, boolean> {
  return new Map(playScenario(scenario, acts).rubric.map((item) => [item.id, item.passed]));
}

/** Scenarios with fraud chargebacks whose rubric outcomes change when fraud chargebacks count in the ODR. */
export function fraudScopeProblems(scenarios: readonly ScenarioSource[]): Problem[] {
  return scenarios
    .filter(({ data }) => hasFraudChargeback(data))
    .flatMap(({ id, source, data }) => {
      const plays: [string, readonly PlayAct[]][] = [['doing nothing', []]];
      const good = goodPlayOf(id, data);
      if (good) plays.push(['the good play', good.acts]);
      return plays.flatMap(([name, acts]) => {
        let changed: string[];
        try {
          const asIs = outcomes(data, acts);
          const flipped = outcomes(fraudCountsToo(data), acts);
          changed = [...asIs]
            .filter(([item, passed]) => flipped.get(item) !== passed)
            .map(([item]) => item);
        } catch {
          return []; // the plays check reports a scenario the engine cannot play
        }
        if (changed.length === 0) return [];
        return [
          {
            file: source.file,
            line: lineOf(source, ['rubric']),
            where: 'rubric',
            message: `after ${name}, rubric item${changed.length > 1 ? 's' : ''} ${listOf(changed)} ${changed.length > 1 ? 'pass or fail' : 'passes or fails'} depending on whether fraud chargebacks count in the ODR, which is unconfirmed (CB-WHO~odr-scope): grade something that does not depend on it`,
            check: 'unconfirmed',
          },
        ];
      });
    });
}

/** Clauses no lesson lists under `caveats` (each must be taught, with its caveat). */
export function untaughtClauseProblems(
  factsSource: SourceFile | undefined,
  factsRaw: readonly unknown[],
  clauses: readonly ClauseRef[],
  lessons: readonly { caveats: readonly string[] }[],
): Problem[] {
  const taught = new Set(lessons.flatMap((lesson) => lesson.caveats));
  return clauses
    .filter(({ ref }) => !taught.has(ref))
    .map(({ ref, factId, clause }) => {
      const position = factsRaw.findIndex(
        (fact) => (fact as { id?: unknown } | null)?.id === factId,
      );
      const clauseAt = (
        (factsRaw[position] as { unconfirmed?: { id?: string }[] } | undefined)?.unconfirmed ?? []
      ).findIndex((entry) => entry.id === clause.id);
      return {
        file: factsSource?.file ?? 'content/facts/facts.yaml',
        line: factsSource ? lineOf(factsSource, [position, 'unconfirmed', clauseAt]) : undefined,
        where: `fact "${factId}" → clause ${clauseAt + 1} (id: ${clause.id})`,
        message: `no lesson teaches ${ref}: list it under a lesson's caveats, with a Policy check on ${factId} that says "not confirmed"`,
        check: 'unconfirmed',
      };
    });
}
