/**
 * THE ADAPTER between content checks and the desk: plays a scenario on the engine and says how
 * it scored, and gives each scenario's good play. Everything else in src/content/checks calls
 * only this module to play a scenario. It plays through the desk's own `playScenario`
 * (src/sim/play.ts), on the scenario's `goodPlay` list.
 */
import { loadReplyChecker } from '../../engine/index.ts';
import type { Scenario } from '../scenario-schema.ts';
import type { DeskScenario } from '../../sim/desk-run.ts';
import type { CheckReply } from '../../sim/drafts.ts';
import { playScenario as playAtTheDesk, type PlannedAct } from '../../sim/play.ts';

/** One act of a play, as a scenario's `goodPlay` lists it. */
export type PlayAct = PlannedAct;

/** A scenario's good play and where it is written, for messages. */
export interface GoodPlay {
  acts: readonly PlayAct[];
  /** Its path in the scenario file, for line numbers. */
  path: (string | number)[];
}

/** How a play scored. */
export interface PlayScore {
  earned: number;
  available: number;
  /** Whether each rubric item passed, by id, in rubric order. */
  rubric: { id: string; passed: boolean }[];
  /** Acts that could not be played as planned, at their place in the scenario file. */
  problems: { path: (string | number)[]; message: string }[];
}

/** The reply checker written replies are judged by, once loaded. */
let checkReply: CheckReply | undefined;

/**
 * Loads the reply checker once, so good plays with written replies are judged as the desk judges
 * them. Call it before playing (the checker's data loads asynchronously).
 */
export async function prepareScenarioPlays(): Promise<void> {
  checkReply ??= await loadReplyChecker();
}

/** The good play of a scenario: its `goodPlay` list. */
export function goodPlayOf(_scenarioId: string, scenario: Scenario): GoodPlay | undefined {
  return scenario.goodPlay.length > 0 ? { acts: scenario.goodPlay, path: ['goodPlay'] } : undefined;
}

/** Where a scenario's good play should be added, for the message that says one is missing. */
export const GOOD_PLAY_HOME = 'a `goodPlay:` list in the scenario';

/**
 * Plays `acts` on a fresh run of the scenario (each at its time, on its task in the inbox) to the
 * end of the shift, and scores it. Throws what the engine throws on an event it cannot apply.
 */
export function playScenario(scenario: DeskScenario, acts: readonly PlayAct[]): PlayScore {
  const { debrief, problems } = playAtTheDesk(
    scenario,
    acts,
    checkReply === undefined ? {} : { checkReply },
  );
  return {
    earned: debrief.earned,
    available: debrief.available,
    rubric: debrief.rubric.map((item) => ({ id: item.id, passed: item.passed })),
    problems,
  };
}
