/**
 * Checks of a scenario file beyond the shape of each field: the rubric is worth 100 points and
 * rewards options that exist, each decision is a real choice, and every id a decision or rubric
 * item names is a subject of the scenario's events. Run inside the scenario schema, so the build
 * and `npm run check-content` report the same.
 */
import type { IssueSink } from './issues.ts';
import { listOf } from './issues.ts';
import { didYouMean } from './suggest.ts';

/** Points a scenario's rubric is worth, so a score reads as a percentage. */
const RUBRIC_POINTS = 100;

type Path = (string | number)[];
type ScenarioEvent = { type: string } & Record<string, unknown>;

/** What these checks read of a scenario (the schema's output has more). */
export interface ScenarioShape {
  start: { history: readonly ScenarioEvent[] };
  arrivals: readonly { events: readonly ScenarioEvent[] }[];
  messages: readonly { messageId: string }[];
  feedback: readonly { feedbackId: string }[];
  decisions: readonly {
    id: string;
    subject: string;
    action: string;
    choices: readonly {
      id: string;
      label: string;
      feedback: string;
      verdict: string;
      events: readonly ScenarioEvent[];
    }[];
  }[];
  rubric: readonly {
    id: string;
    points: number;
    check:
      | { kind: 'no-violation'; rule: string; subject?: string | undefined }
      | { kind: 'choice'; decision: string; choices: readonly string[] }
      | { kind: 'metric' }
      | { kind: 'not-defective'; orderId: string }
      | { kind: 'action'; action: string; subject: string }
      | { kind: 'writing'; action: string; subject: string };
  }[];
}

/** The event field that names the subject each desk act works on. */
const SUBJECT_FIELD: Record<string, { field: string; what: string }> = {
  reply: { field: 'messageId', what: 'buyer message' },
  markNoReplyNeeded: { field: 'messageId', what: 'buyer message' },
  authoriseReturn: { field: 'returnId', what: 'return request' },
  uploadInvoice: { field: 'orderId', what: 'order' },
  confirmShipment: { field: 'orderId', what: 'order' },
  cancelOrder: { field: 'orderId', what: 'order' },
  answerClaim: { field: 'claimId', what: 'A-to-Z claim' },
  answerChargeback: { field: 'chargebackId', what: 'chargeback' },
  requestFeedbackRemoval: { field: 'feedbackId', what: 'feedback' },
  postPublicReply: { field: 'feedbackId', what: 'feedback' },
};

/** Every id the scenario's listed events give, by field (`orderId` → ids). */
function subjectIds(scenario: ScenarioShape): Map<string, Set<string>> {
  const events = [
    ...scenario.start.history,
    ...scenario.arrivals.flatMap((arrival) => arrival.events),
    ...scenario.decisions.flatMap((decision) =>
      decision.choices.flatMap((choice) => choice.events),
    ),
  ];
  const ids = new Map<string, Set<string>>();
  for (const event of events)
    for (const [field, value] of Object.entries(event))
      if (field.endsWith('Id') && typeof value === 'string') {
        const set = ids.get(field) ?? new Set<string>();
        set.add(value);
        ids.set(field, set);
      }
  return ids;
}

/** Adds an issue for each problem of the scenario. */
export function checkScenario(scenario: ScenarioShape, ctx: IssueSink): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ids = subjectIds(scenario);
  const known = (field: string) => ids.get(field) ?? new Set<string>();
  /** An id that must be one of the scenario's subjects of `field`. */
  const subject = (path: Path, id: string, field: string, what: string) => {
    if (!known(field).has(id))
      issue(
        path,
        `no ${what} "${id}" in this scenario's events (start.history, arrivals or a choice's events).${didYouMean(id, known(field))}`,
      );
  };

  checkUnique(scenario.decisions, (position) => ['decisions', position, 'id'], 'decision', issue);
  checkUnique(scenario.rubric, (position) => ['rubric', position, 'id'], 'rubric item', issue);

  scenario.messages.forEach((message, position) =>
    subject(['messages', position, 'messageId'], message.messageId, 'messageId', 'buyer message'),
  );
  scenario.feedback.forEach((entry, position) =>
    subject(['feedback', position, 'feedbackId'], entry.feedbackId, 'feedbackId', 'feedback'),
  );

  const acts = new Map<string, number>();
  scenario.decisions.forEach((decision, position) => {
    const at = (...path: Path): Path => ['decisions', position, ...path];
    const target = SUBJECT_FIELD[decision.action];
    if (target) subject(at('subject'), decision.subject, target.field, target.what);
    const act = `${decision.action} ${decision.subject}`;
    const earlier = acts.get(act);
    if (earlier !== undefined)
      issue(
        at('subject'),
        `decision ${earlier + 1} already governs ${decision.action} on "${decision.subject}": one decision per act`,
      );
    else acts.set(act, position);
    checkChoices(decision.choices, at, issue);
  });

  const total = scenario.rubric.reduce((sum, item) => sum + item.points, 0);
  if (total !== RUBRIC_POINTS)
    issue(
      ['rubric'],
      `the points of the rubric add up to ${total}, not ${RUBRIC_POINTS} (${scenario.rubric.map((item) => `${item.id}: ${item.points}`).join(', ')}): ${total < RUBRIC_POINTS ? `add ${RUBRIC_POINTS - total}` : `take away ${total - RUBRIC_POINTS}`} points`,
    );

  scenario.rubric.forEach((item, position) => {
    const at = (...path: Path): Path => ['rubric', position, 'check', ...path];
    const { check } = item;
    switch (check.kind) {
      case 'choice': {
        const decision = scenario.decisions.find((candidate) => candidate.id === check.decision);
        if (!decision) {
          issue(
            at('decision'),
            `no decision "${check.decision}" in this scenario, so its points can never be earned.${didYouMean(
              check.decision,
              scenario.decisions.map((candidate) => candidate.id),
            )}`,
          );
          break;
        }
        const options = decision.choices.map((choice) => choice.id);
        check.choices.forEach((choice, n) => {
          if (!options.includes(choice))
            issue(
              at('choices', n),
              `decision "${decision.id}" has no option "${choice}" (it has ${listOf(options)}), so these points can never be earned.${didYouMean(choice, options)}`,
            );
        });
        break;
      }
      case 'not-defective':
        subject(at('orderId'), check.orderId, 'orderId', 'order');
        break;
      case 'action':
      case 'writing': {
        const target = SUBJECT_FIELD[check.action];
        if (target) subject(at('subject'), check.subject, target.field, target.what);
        break;
      }
      case 'no-violation': {
        if (check.subject === undefined) break;
        const all = new Set([...ids.values()].flatMap((set) => [...set]));
        if (!all.has(check.subject))
          issue(
            at('subject'),
            `no subject "${check.subject}" in this scenario's events, so no violation can ever be found and the item always passes.${didYouMean(check.subject, all)}`,
          );
        break;
      }
      case 'metric':
        break;
    }
  });
}

/** A decision is a real choice: three or four options, each its own, not all good. */
function checkChoices(
  choices: ScenarioShape['decisions'][number]['choices'],
  at: (...path: Path) => Path,
  issue: (path: Path, message: string) => void,
): void {
  if (choices.length < 3 || choices.length > 4)
    issue(
      at('choices'),
      `has ${choices.length} options: offer three or four that a trainee could really pick (the best one and plausible mistakes)`,
    );
  const notGood = choices.filter((choice) => choice.verdict !== 'good').length;
  if (notGood < 2 && choices.length >= 3)
    issue(
      at('choices'),
      `only ${notGood} of its options ${notGood === 1 ? 'is' : 'are'} not good: give at least two options the verdict acceptable or poor`,
    );
  for (const field of ['id', 'label', 'feedback'] as const) {
    const seen = new Map<string, number>();
    choices.forEach((choice, position) => {
      const earlier = seen.get(choice[field]);
      if (earlier !== undefined)
        issue(
          at('choices', position, field),
          `the same ${field} as option ${earlier + 1}: each option needs its own ${field}`,
        );
      else seen.set(choice[field], position);
    });
  }
}

/** Ids unique in a list (decisions, rubric items). */
function checkUnique(
  items: readonly { id: string }[],
  path: (position: number) => Path,
  what: string,
  issue: (path: Path, message: string) => void,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, position) => {
    const earlier = seen.get(item.id);
    if (earlier !== undefined)
      issue(path(position), `${what} ${earlier + 1} already has the id "${item.id}"`);
    else seen.set(item.id, position);
  });
}
