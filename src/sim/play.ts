/**
 * A planned play of a scenario on the engine, without a browser: the acts at their times, then
 * the clock to the end of the shift, then the debrief. One pure function for vitest and for the
 * content checker (`npm run check-content`): "the good play reaches 100", "doing nothing does not".
 */
import { parseInstant } from '../engine/index.ts';
import type { Scenario } from '../content/scenario-schema.ts';
import { debrief, type Debrief } from './debrief.ts';
import { deskItems } from './desk-items.ts';
import { DeskRun, scenarioEvents, type DeskScenario, type ScenarioEvents } from './desk-run.ts';
import { replyInputFor, sentFindings, type CheckReply } from './drafts.ts';

/** One act of a planned play, as a scenario's `goodPlay` lists it. */
export type PlannedAct = Scenario['goodPlay'][number];

/** A problem found while playing or checking, with the scenario field it is about. */
export interface PlayProblem {
  /** The field's path in the scenario file, e.g. `['goodPlay', 2, 'subject']`. */
  path: (string | number)[];
  message: string;
}

/** What a planned play came to. */
export interface PlayResult {
  debrief: Debrief;
  /** Points earned ÷ points available (0..1), as the debrief gives it. */
  score: number;
  /** Acts that could not be played as planned (the task was not in the inbox, the engine refused). */
  problems: PlayProblem[];
  /** The run at the end of the shift, to read further (its acts, the account). */
  run: DeskRun;
}

/** What a planned play may be given. */
export interface PlayOptions {
  /** The scenario's expanded events, if already at hand (`scenarioEvents`). */
  events?: ScenarioEvents;
  /**
   * The reply checker, for acts with a written `text` (the engine's: `await loadReplyChecker()`).
   * Without it such an act is sent unchecked and noted as a problem.
   */
  checkReply?: CheckReply;
}

/**
 * Plays `acts` on a fresh run of the scenario: each at its time (never back in time), on its task
 * in the inbox (an act whose task is not in the inbox then is left out, as at the desk, and noted
 * as a problem), a written text checked as the desk checks it, then the clock to the end of the
 * shift.
 */
export function playScenario(
  scenario: DeskScenario,
  acts: readonly PlannedAct[],
  { events = scenarioEvents(scenario), checkReply }: PlayOptions = {},
): PlayResult {
  const run = new DeskRun(scenario, events);
  const problems: PlayProblem[] = [];
  acts.forEach((act, position) => {
    run.advanceTo(parseInstant(act.at));
    if (run.ended) {
      problems.push({ path: ['goodPlay', position, 'at'], message: 'the shift is over by then' });
      return;
    }
    const onTask = deskItems(run).some(
      (item) => item.subject === act.subject && item.actions.includes(act.action),
    );
    if (!onTask) {
      // A trainee cannot act on a task that is not in the inbox: the act is left out.
      problems.push({
        path: ['goodPlay', position, 'subject'],
        message: `no task in the inbox at ${run.now} takes ${act.action} on ${act.subject}`,
      });
      return;
    }
    const { text } = act;
    if (text !== undefined && !checkReply)
      problems.push({
        path: ['goodPlay', position, 'text'],
        message: 'a written text needs the reply checker to be judged: pass checkReply',
      });
    try {
      run.act({
        action: act.action,
        subject: act.subject,
        ...(act.choice === undefined ? {} : { choice: act.choice }),
        ...(act.action === 'confirmShipment' ? { trackingId: act.trackingId ?? '' } : {}),
        ...(text === undefined
          ? {}
          : {
              text,
              ...(checkReply
                ? {
                    findings: sentFindings(
                      checkReply(replyInputFor(scenario, act.action, act.subject, text)),
                    ),
                  }
                : {}),
            }),
      });
    } catch (error) {
      problems.push({
        path: ['goodPlay', position],
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
  run.advanceTo(run.end);
  const result = debrief(run);
  return { debrief: result, score: result.score, problems, run };
}

/**
 * The checks a scenario's plays must pass, for the content checker and the tests: its good play
 * is playable and earns full marks, and doing nothing does not. Empty when all is well.
 * `checkReply`: the reply checker, needed when the good play writes a text.
 */
export function checkScenarioPlays(
  scenario: DeskScenario & Pick<Scenario, 'goodPlay'>,
  checkReply?: CheckReply,
): PlayProblem[] {
  const events = scenarioEvents(scenario);
  const good = playScenario(scenario, scenario.goodPlay, {
    events,
    ...(checkReply ? { checkReply } : {}),
  });
  const problems = [...good.problems];
  const missed = good.debrief.rubric.filter((item) => !item.passed);
  if (missed.length > 0)
    problems.push({
      path: ['goodPlay'],
      message: `the good play earns ${good.debrief.earned} of ${good.debrief.available} points: it misses ${missed
        .map((item) => `rubric item "${item.id}"`)
        .join(', ')}`,
    });
  const idle = playScenario(scenario, [], { events });
  if (idle.score >= 1)
    problems.push({
      path: ['rubric'],
      message: 'doing nothing earns full marks: give the rubric an item that only an act can earn',
    });
  return problems;
}
