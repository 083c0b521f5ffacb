/**
 * The rule for unconfirmed (`~`) facts: a lesson may teach such a clause with its caveat, but no
 * quiz answer and no rubric item may depend on it. Four checks, from the cheapest:
 * 1. nothing graded cites a clause (`CB-WHO~odr-scope`) among its facts;
 * 2. no rubric checks the status of a metric whose target is a clause (RESP-METRIC~target);
 * 3. no graded text matches a clause's signals (word sets in content/facts/facts.yaml);
 * 4. where the engine applies a clause, flipping it must not change any rubric outcome of a
 *    scenario, played well or not played at all.
 * Each clause must also be taught somewhere, with a caveat in a Policy check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factSchema, type UnconfirmedClause } from '../../src/content/fact-schema.ts';
import type { Question } from '../../src/content/quiz-schema.ts';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema, type Scenario } from '../../src/content/scenario-schema.ts';
import { playScenario, type PlannedAct } from '../../src/sim/play.ts';

const root = resolve(import.meta.dirname, '../..');
const yaml = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));
const filesIn = (dir: string, pattern: RegExp): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));

/** Every unconfirmed clause, as `FACT-ID~clause-id` with its fact. */
const clauses = (yaml('content/facts/facts.yaml') as { id: string }[]).flatMap((raw) => {
  const fact = factSchema.parse(raw);
  return fact.unconfirmed.map((clause) => ({
    ref: `${raw.id}~${clause.id}`,
    factId: raw.id,
    clause,
  }));
});

/** A text shown to the trainee as part of something graded; `lenient` texts may carry the caveat. */
interface GradedText {
  where: string;
  text: string;
  lenient: boolean;
}

/** A caveat in an explanation or feedback: there the clause may be named, as in a lesson. */
const CAVEAT = /not confirmed|unconfirmed/i;

/** The texts of a quiz question: what is asked and answered (strict), and why (lenient). */
function questionTexts(where: string, question: Question): GradedText[] {
  const strict = (text: string, field: string) => ({
    where: `${where}.${field}`,
    text,
    lenient: false,
  });
  const lenient = (text: string, field: string) => ({
    where: `${where}.${field}`,
    text,
    lenient: true,
  });
  const texts = [strict(question.prompt, 'prompt'), lenient(question.explanation, 'explanation')];
  switch (question.type) {
    case 'single':
    case 'multiple':
      question.options.forEach((option, position) => {
        texts.push(strict(option.text, `options.${position}.text`));
        texts.push(lenient(option.why, `options.${position}.why`));
      });
      break;
    case 'true-false':
      texts.push(lenient(question.whyWrong, 'whyWrong'));
      break;
    case 'numeric':
    case 'datetime':
      (question.mistakes ?? []).forEach((mistake, position) =>
        texts.push(lenient(mistake.why, `mistakes.${position}.why`)),
      );
      break;
    case 'ordering':
      question.steps.forEach((step, position) => texts.push(strict(step, `steps.${position}`)));
      break;
    case 'spot-the-problem':
      question.sentences.forEach((sentence, position) => {
        texts.push(strict(sentence.text, `sentences.${position}.text`));
        if (sentence.why) texts.push(lenient(sentence.why, `sentences.${position}.why`));
      });
      break;
  }
  return texts;
}

/** The texts of a rubric item: its description and the options it rewards (strict), their feedback (lenient). */
function rubricTexts(where: string, scenario: Scenario, position: number): GradedText[] {
  const item = scenario.rubric[position];
  if (!item) return [];
  const texts: GradedText[] = [
    { where: `${where}.rubric.${position}.description`, text: item.description, lenient: false },
  ];
  const { check } = item;
  if (check.kind === 'choice') {
    const decision = scenario.decisions.find((candidate) => candidate.id === check.decision);
    for (const choice of decision?.choices.filter((option) => check.choices.includes(option.id)) ??
      []) {
      const at = `${where}.decisions.${check.decision}.${choice.id}`;
      texts.push({ where: `${at}.label`, text: choice.label, lenient: false });
      texts.push({ where: `${at}.feedback`, text: choice.feedback, lenient: true });
    }
  }
  return texts;
}

/** The clause a text rests on, judged by the clause's signals, or null. */
function restsOn(text: GradedText, clause: UnconfirmedClause): string | null {
  if (text.lenient && CAVEAT.test(text.text)) return null;
  const hit = clause.signals.find((set) =>
    set.every((pattern) => new RegExp(pattern, 'iu').test(text.text)),
  );
  return hit ? hit.join(' + ') : null;
}

const quizzes = filesIn('content/quizzes', /\.ya?ml$/).map((path) => ({
  path,
  questions: ((yaml(path) as { questions?: Question[] }).questions ?? []) as Question[],
}));
const scenarioSchemaForIndex = scenarioSchema(readContentIndex(root));
const scenarios = filesIn('content/scenarios', /\.ya?ml$/).map((path) => ({
  path,
  id: path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
  scenario: scenarioSchemaForIndex.parse(yaml(path)),
}));

const gradedTexts: GradedText[] = [
  ...quizzes.flatMap(({ path, questions }) =>
    questions.flatMap((question, position) =>
      questionTexts(`${path} questions.${position} (${question.id})`, question),
    ),
  ),
  ...scenarios.flatMap(({ path, scenario }) =>
    scenario.rubric.flatMap((_item, position) => rubricTexts(path, scenario, position)),
  ),
];

describe('the unconfirmed-clause detector', () => {
  const cbWho = clauses.find((entry) => entry.ref === 'CB-WHO~odr-scope')?.clause;
  const target = clauses.find((entry) => entry.ref === 'RESP-METRIC~target')?.clause;

  it.each([
    [
      'a fraud chargeback left out of the count',
      'A stolen-card chargeback does not count in the ODR.',
      cbWho,
      false,
    ],
    ['the old 10% target as an answer', 'The late response rate stayed under 10%.', target, false],
    [
      'the same sentence in feedback that carries its caveat',
      'Fraud chargebacks may not count in the ODR (not confirmed).',
      cbWho,
      true,
    ],
  ])('judges %s', (_case, text, clause, lenient) => {
    expect(clause).toBeDefined();
    const judged = restsOn({ where: 'fixture', text, lenient }, clause as UnconfirmedClause);
    if (lenient) expect(judged).toBeNull();
    else expect(judged).not.toBeNull();
  });

  it('lets a graded text name fraud chargebacks when it does not speak of counting them', () => {
    expect(
      restsOn(
        {
          where: 'fixture',
          text: 'Payment fraud (a stolen card) is Amazon’s responsibility.',
          lenient: false,
        },
        cbWho as UnconfirmedClause,
      ),
    ).toBeNull();
  });
});

describe('no quiz answer or rubric item rests on an unconfirmed clause', () => {
  it('has unconfirmed clauses to guard (the registry marks each ~ of the policy facts)', () => {
    expect(clauses.map((entry) => entry.ref)).toEqual(
      expect.arrayContaining([
        'RESP-METRIC~target',
        'CB-WHO~odr-scope',
        'NOTIFY-DAYS~a2z-help-days',
      ]),
    );
  });

  it('cites no clause among the facts of a question or a rubric item', () => {
    const cited = [
      ...quizzes.flatMap(({ path, questions }) =>
        questions.flatMap((question) =>
          question.facts
            .filter((id) => id.includes('~'))
            .map((id) => `${path} ${question.id}: ${id}`),
        ),
      ),
      ...scenarios.flatMap(({ path, scenario }) =>
        scenario.rubric.flatMap((item) =>
          item.facts.filter((id) => id.includes('~')).map((id) => `${path} ${item.id}: ${id}`),
        ),
      ),
    ];
    expect(cited).toEqual([]);
  });

  it('checks no metric whose target is an unconfirmed figure', () => {
    const metrics = new Map(
      clauses.flatMap(({ ref, clause }) => (clause.metric ? [[clause.metric, ref] as const] : [])),
    );
    expect(metrics.size).toBeGreaterThan(0);
    const graded = scenarios.flatMap(({ path, scenario }) =>
      scenario.rubric.flatMap((item) =>
        item.check.kind === 'metric' && metrics.has(item.check.metric)
          ? [`${path} rubric ${item.id}: ${item.check.metric} (${metrics.get(item.check.metric)})`]
          : [],
      ),
    );
    expect(graded).toEqual([]);
  });

  it.each(clauses.map((entry) => [entry.ref, entry] as const))(
    'grades no text that matches the signals of %s',
    (_ref, { clause }) => {
      const hits = gradedTexts.flatMap((text) => {
        const signal = restsOn(text, clause);
        return signal ? [`${text.where}: "${text.text}" matches ${signal}`] : [];
      });
      expect(hits).toEqual([]);
    },
  );
});

/** A scenario with every fraud chargeback filed as a service one: CB-WHO~odr-scope read the other way. */
function fraudCountsToo(scenario: Scenario): Scenario {
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

/** Which rubric items pass after a play (the scenario's good play, or none). */
function outcomes(scenario: Scenario, play: readonly PlannedAct[]) {
  const { rubric } = playScenario(scenario, play).debrief;
  return Object.fromEntries(rubric.map((item) => [item.id, item.passed]));
}

const withFraud = scenarios.filter(({ scenario }) =>
  [
    ...scenario.start.history,
    ...scenario.arrivals.flatMap((arrival) => arrival.events),
    ...scenario.decisions.flatMap((decision) =>
      decision.choices.flatMap((choice) => choice.events),
    ),
  ].some((event) => event.type === 'chargeback.filed' && event['reason'] === 'fraud'),
);

describe('the engine applies CB-WHO~odr-scope: reading it the other way changes no score', () => {
  it('has scenarios with fraud chargebacks to compare', () => {
    expect(withFraud.length).toBeGreaterThan(0);
  });

  it.each(withFraud.map(({ id, scenario }) => [id, scenario] as const))(
    '%s scores the same whether fraud chargebacks count or not',
    (_id, scenario) => {
      const flipped = fraudCountsToo(scenario);
      const good = scenario.goodPlay;
      expect(good.length).toBeGreaterThan(0);
      expect(outcomes(flipped, good)).toEqual(outcomes(scenario, good));
      expect(outcomes(flipped, [])).toEqual(outcomes(scenario, []));
    },
  );
});

describe('the engine applies NOTIFY-DAYS~a2z-help-days on amazon-2026', () => {
  it('grades no answer time of a claim notification in a scenario that follows the help pages', () => {
    const graded = scenarios.flatMap(({ path, scenario }) => {
      if (scenario.profile !== 'amazon-2026') return [];
      const claims = new Set(
        [...scenario.start.history, ...scenario.arrivals.flatMap((arrival) => arrival.events)]
          .filter((event) => event.type === 'claim.filed')
          .map((event) => String(event['claimId'])),
      );
      return scenario.rubric.flatMap((item) =>
        item.check.kind === 'no-violation' &&
        item.check.rule === 'NOTIFY-DAYS' &&
        (item.check.subject === undefined || claims.has(item.check.subject))
          ? [`${path} rubric ${item.id}`]
          : [],
      );
    });
    expect(graded).toEqual([]);
  });
});

describe('every unconfirmed clause is taught with its caveat', () => {
  const lessons = filesIn('content/lessons', /\.mdx$/).map((path) => {
    const text = readFileSync(join(root, path), 'utf8');
    const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as { caveats?: string[] };
    return { path, text, caveats: frontmatter.caveats ?? [] };
  });

  it.each(clauses.map((entry) => [entry.ref, entry] as const))(
    '%s is listed in a lesson whose Policy check on the fact says it is not confirmed',
    (ref, { factId }) => {
      const teaching = lessons.filter((lesson) => lesson.caveats.includes(ref));
      expect(teaching.map((lesson) => lesson.path)).not.toEqual([]);
      for (const lesson of teaching) {
        const checks = [
          ...lesson.text.matchAll(
            /<PolicyCheck\b[^>]*facts=\{\[([^\]]*)\]\}[^>]*>([\s\S]*?)<\/PolicyCheck>/g,
          ),
        ].filter((match) => (match[1] ?? '').includes(`"${factId}"`));
        expect(
          checks.some((match) => CAVEAT.test(match[2] ?? '')),
          lesson.path,
        ).toBe(true);
      }
    },
  );
});
