/**
 * State of one scenario at the desk: the run (on the engine), the simulated clock and its speed,
 * and intents for the trainee's acts. The list of acts is saved after each one, so a reload
 * replays the run to where the trainee was. The store reads the clock; the run never does.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Scenario } from '../content/scenario-schema.ts';
import type { ShippingReport } from '../engine/types.ts';
import type { Explanation } from '../engine/explain.ts';
import type { DerivedEvent } from '../engine/tasks.ts';
import type { Report } from '../engine/types.ts';
import { debrief, type Debrief } from '../sim/debrief.ts';
import { deskItems, type DeskItem } from '../sim/desk-items.ts';
import { DeskRun, type DeskAct } from '../sim/desk-run.ts';
import { storage } from './storage.ts';
import { recordScenarioResult } from './progress.ts';

/** Simulated seconds per real second. */
export type DeskSpeed = 0 | 60 | 600 | 3600;

/** Everything the desk shows at one moment. */
export interface DeskSnapshot {
  now: string;
  clock: number;
  ended: boolean;
  nextArrival: number;
  items: DeskItem[];
  report: Report;
  shipping: ShippingReport;
  explanation: Explanation;
  debrief: Debrief | null;
  /** Consequences the rules produced so far, each naming its rule. */
  consequences: DerivedEvent[];
  /** Set when a saved run could not be resumed and the shift starts again. */
  restartedBecause: string | null;
}

/** One desk's stores and intents. */
export interface DeskStore {
  $snapshot: ReadableAtom<DeskSnapshot>;
  $speed: ReadableAtom<DeskSpeed>;
  play(speed: Exclude<DeskSpeed, 0>): void;
  pause(): void;
  jumpToNext(): void;
  endShift(): void;
  restart(): void;
  act(act: Omit<DeskAct, 'at'>): void;
}

interface Saved {
  acts: DeskAct[];
  clock: number;
  recorded: boolean;
}

const TICK_MS = 250;

/** Creates the desk for one scenario, resuming a saved run if there is one. */
export function createDesk(scenarioId: string, scenario: Scenario): DeskStore {
  const key = `sda:desk:${scenarioId}`;
  let recorded = false;
  let restartedBecause: string | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  function resume(): DeskRun {
    const raw = storage()?.getItem(key);
    const run = new DeskRun(scenario);
    if (!raw) return run;
    try {
      const saved = JSON.parse(raw) as Saved;
      for (const act of saved.acts) {
        run.advanceTo(act.at);
        const { at: _at, ...rest } = act;
        run.act(rest);
      }
      run.advanceTo(saved.clock);
      recorded = saved.recorded === true;
      return run;
    } catch (error) {
      // Keep the unreadable run aside rather than dropping it, and say so.
      storage()?.setItem(`${key}:backup:${new Date().toISOString()}`, raw);
      restartedBecause = error instanceof Error ? error.message : 'it could not be read';
      return new DeskRun(scenario);
    }
  }

  let run = resume();
  const snapshot = (): DeskSnapshot => {
    const report = run.report();
    return {
      now: run.now,
      clock: run.clock,
      ended: run.ended,
      nextArrival: run.nextArrival,
      items: run.ended ? [] : deskItems(run),
      report,
      shipping: run.account.shipping(run.now),
      explanation: run.account.explain(run.now),
      debrief: run.ended ? debrief(run) : null,
      consequences: [...run.derived],
      restartedBecause,
    };
  };
  const $snapshot = atom<DeskSnapshot>(snapshot());
  const $speed = atom<DeskSpeed>(0);

  function refresh() {
    const next = snapshot();
    if (next.ended) {
      stopTimer();
      if (!recorded && next.debrief) {
        recordScenarioResult(scenarioId, next.debrief.score);
        recorded = true;
      }
    }
    storage()?.setItem(
      key,
      JSON.stringify({ acts: run.acts, clock: run.clock, recorded } satisfies Saved),
    );
    $snapshot.set(next);
  }

  function stopTimer() {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    $speed.set(0);
  }

  return {
    $snapshot,
    $speed,
    play(speed) {
      stopTimer();
      if (run.ended) return;
      $speed.set(speed);
      timer = setInterval(() => {
        run.advanceTo(run.clock + speed * TICK_MS);
        refresh();
      }, TICK_MS);
    },
    pause: stopTimer,
    jumpToNext() {
      run.advanceTo(run.nextArrival);
      refresh();
    },
    endShift() {
      stopTimer();
      run.advanceTo(Date.parse(scenario.end));
      refresh();
    },
    restart() {
      stopTimer();
      storage()?.removeItem(key);
      recorded = false;
      restartedBecause = null;
      run = new DeskRun(scenario);
      refresh();
    },
    act(act) {
      if (run.ended) return;
      run.act(act);
      refresh();
    },
  };
}
