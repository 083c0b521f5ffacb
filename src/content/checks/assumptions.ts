/**
 * Where the real outcome is someone else's choice, the desk plays one case and says so. A buyer
 * *may* file an A-to-Z claim after a return request waits 48 hours (RET-48H), and Amazon
 * *decides* on a feedback-removal request (FB-REPORT): the summary says what the desk assumes,
 * and so does each rubric item that rests on a removal. Nothing says such an outcome is certain.
 */
import type { IssueSink } from './issues.ts';
import type { ScenarioShape } from './scenario.ts';

/** What these checks read of a scenario, besides its events and decisions. */
export interface AssumptionShape extends ScenarioShape {
  summary: string;
  decisions: (ScenarioShape['decisions'][number] & { prompt: string })[];
  rubric: (ScenarioShape['rubric'][number] & { description: string })[];
}

/** Wording that makes an outcome someone else decides sound certain. */
const CERTAIN =
  /\b(Amazon (always|will) remove|removal (always|will) succeed|buyer (always|will) file)/i;

/** Adds an issue for each place that does not say what the desk assumes. */
export function checkAssumptions(scenario: AssumptionShape, ctx: IssueSink): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const events = [
    ...scenario.start.history,
    ...scenario.arrivals.flatMap((arrival) => arrival.events),
  ];
  if (events.some((event) => event.type === 'return.requested')) {
    if (
      !/\bmay file an A-to-Z claim\b/.test(scenario.summary) ||
      !/\bdesk assumes\b/.test(scenario.summary)
    )
      issue(
        ['summary'],
        'this scenario has a return request: say in the summary that the buyer "may file an A-to-Z claim" after 48 hours and that "the desk assumes" they do (RET-48H)',
      );
  }
  const removals = [
    ...scenario.decisions.map((decision) => decision.action),
    ...scenario.rubric.flatMap((item) => (item.check.kind === 'action' ? [item.check.action] : [])),
  ].includes('requestFeedbackRemoval');
  if (removals) {
    if (!/\bAmazon decides\b/.test(scenario.summary) || !/\bdesk assumes\b/.test(scenario.summary))
      issue(
        ['summary'],
        'this scenario has a feedback-removal request: say in the summary that "Amazon decides" and what "the desk assumes" (FB-REPORT)',
      );
    scenario.rubric.forEach((item, position) => {
      if (
        item.check.kind === 'not-defective' &&
        /removed|struck/i.test(item.description) &&
        !/\bdesk assumes\b/.test(item.description)
      )
        issue(
          ['rubric', position, 'description'],
          'this item rests on Amazon removing the feedback: say that "the desk assumes" it does',
        );
    });
  }
  const texts: [(string | number)[], string][] = [
    [['summary'], scenario.summary],
    ...scenario.rubric.map((item, position): [(string | number)[], string] => [
      ['rubric', position, 'description'],
      item.description,
    ]),
    ...scenario.decisions.flatMap((decision, position) => [
      [['decisions', position, 'prompt'], decision.prompt] as [(string | number)[], string],
      ...decision.choices.map((choice, n): [(string | number)[], string] => [
        ['decisions', position, 'choices', n, 'feedback'],
        choice.feedback,
      ]),
    ]),
  ];
  for (const [path, text] of texts) {
    const certain = CERTAIN.exec(text);
    if (certain)
      issue(
        path,
        `"${certain[0]}" makes an outcome someone else decides sound certain: say what the desk assumes instead`,
      );
  }
}
