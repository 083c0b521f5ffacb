/**
 * THE ADAPTER between content checks and the desk: plays a scenario on the engine and says how
 * it scored, and gives each scenario's good play. Everything else in src/content/checks calls
 * only this module to play a scenario.
 *
 * For now it drives the desk run the way the content tests do (DeskRun, then debrief) and reads
 * the good plays from tests/e2e/desk-plays.ts. When the desk exports a pure `playScenario` from
 * src/sim and scenarios carry their good play in YAML (`goodPlay:`), this file is the one to
 * change: `goodPlayOf` returns the scenario's own `goodPlay`, and `playScenario` calls the desk's.
 */
import { debrief } from '../../sim/debrief.ts';
import { DeskRun, type DeskAction, type DeskScenario } from '../../sim/desk-run.ts';
import { GOOD_PLAYS } from '../../../tests/e2e/desk-plays.ts';

/** One act of a play: when (ISO), what, on which subject, the option chosen, a tracking id. */
export interface PlayAct {
  at: string;
  action: string;
  subject: string;
  choice?: string | undefined;
  trackingId?: string | undefined;
}

/** A scenario's good play and where it is written, for messages. */
export interface GoodPlay {
  acts: PlayAct[];
  /** The file that holds it. */
  file: string;
  /** Its path in the scenario file (e.g. ['goodPlay']) when the scenario holds it, for line numbers. */
  path?: (string | number)[] | undefined;
}

/** How a play scored. */
export interface PlayScore {
  earned: number;
  available: number;
  /** Whether each rubric item passed, by id, in rubric order. */
  rubric: { id: string; passed: boolean }[];
}

/** Where good plays live until scenarios carry them. */
const GOOD_PLAYS_FILE = 'tests/e2e/desk-plays.ts';

/** The good play of a scenario (by its id), if it has one. */
export function goodPlayOf(scenarioId: string, _scenario: DeskScenario): GoodPlay | undefined {
  const play = GOOD_PLAYS[scenarioId];
  if (!play) return undefined;
  return {
    file: GOOD_PLAYS_FILE,
    acts: play.map(([at, action, subject, choice, trackingId]) => ({
      at,
      action,
      subject,
      choice,
      trackingId,
    })),
  };
}

/** Where a scenario's good play should be added, for the message that says one is missing. */
export const GOOD_PLAY_HOME = `an entry for the scenario in ${GOOD_PLAYS_FILE}`;

/**
 * Plays `acts` on a fresh run of the scenario (each at its time, or at once if that time has
 * passed) to the end of the shift, and scores it. Throws what the engine throws on an act it
 * cannot apply.
 */
export function playScenario(scenario: DeskScenario, acts: readonly PlayAct[]): PlayScore {
  const run = new DeskRun(scenario);
  for (const act of acts) {
    run.advanceTo(Date.parse(act.at));
    run.act({
      action: act.action as DeskAction,
      subject: act.subject,
      ...(act.choice ? { choice: act.choice } : {}),
      ...(act.action === 'confirmShipment' ? { trackingId: act.trackingId ?? '' } : {}),
    });
  }
  run.advanceTo(run.end);
  const result = debrief(run);
  return {
    earned: result.earned,
    available: result.available,
    rubric: result.rubric.map((item) => ({ id: item.id, passed: item.passed })),
  };
}
