/**
 * State of one scenario at the desk: the run (on the engine), the simulated clock and its speed,
 * and intents for the trainee's acts. The run is saved when it changes (an act, a jump, a pause,
 * the end of the shift, the page being hidden), not on every tick; a reload replays the saved
 * acts to where the trainee was. Where the browser refuses to store, the desk goes on in memory
 * and the storage guard tells the page once. The store reads the clock; the run never does.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { MetricHealth, Report } from '../engine/index.ts';
import type { Debrief, debrief as debriefOfRun } from '../sim/debrief.ts';
import { actionLog, deskItems, type DeskItem, type LoggedAct } from '../sim/desk-items.ts';
import {
  DeskRun,
  scenarioEvents,
  type DeskAct,
  type DeskScenario,
  type ScenarioEvents,
} from '../sim/desk-run.ts';
import type { WhyView } from '../sim/why-view.ts';
import type { MarketplaceComparison } from '../sim/marketplace-comparison.ts';
import { recordDeskAct } from './activity.ts';
import { readDeskSave, writeDeskSave } from './desk-save.ts';
import { recordScenarioResult } from './progress.ts';
import { removeItem, saveItem, storage } from './storage.ts';

/** Simulated seconds per real second. */
export type DeskSpeed = 60 | 600 | 3600;

/** The speeds the clock offers, slowest first. */
export const DESK_SPEEDS: readonly DeskSpeed[] = [60, 600, 3600];

/** Everything the desk shows at one moment (the "why" view is asked for separately, when opened). */
interface DeskSnapshot {
  now: string;
  clock: number;
  ended: boolean;
  /** Where "jump to the next event" stops: the next arrival or open task's deadline. */
  nextStop: number;
  items: DeskItem[];
  /** Every act of the shift so far, oldest first. */
  log: LoggedAct[];
  report: Report;
  /** Each metric against its target, with its level (ok, at risk, breach, none). */
  health: readonly MetricHealth[];
  /** Once the shift has ended (and the debrief's code has loaded): the debrief. */
  debrief: Debrief | null;
  /** Set when a saved run could not be resumed and the shift starts again. */
  restartedBecause: string | null;
}

/** New tasks that reached the inbox while the clock played, which paused it. */
interface ArrivalNote {
  /** When they arrived (ISO-8601 in the marketplace's zone). */
  at: string;
  tasks: { title: string; detail: string }[];
}

/** One desk's stores and intents. */
export interface DeskStore {
  $snapshot: ReadableAtom<DeskSnapshot>;
  /** True while the clock plays. */
  $playing: ReadableAtom<boolean>;
  $speed: ReadableAtom<DeskSpeed>;
  /** Whether the clock pauses when new work reaches the inbox while it plays (on by default). */
  $pauseOnArrival: ReadableAtom<boolean>;
  /** The new work that paused the clock, until the clock plays again or moves on. */
  $arrivalNote: ReadableAtom<ArrivalNote | null>;
  play(): void;
  pause(): void;
  setSpeed(speed: DeskSpeed): void;
  setPauseOnArrival(pause: boolean): void;
  jumpToNext(): void;
  endShift(): void;
  restart(): void;
  act(act: Omit<DeskAct, 'at'>): void;
  /** The orders, defects and messages behind each figure now (computed when asked; its code loads then). */
  why(): Promise<WhyView>;
  /** The shift under other marketplaces' rules, if the scenario asks (its code loads when asked). */
  comparison(): Promise<MarketplaceComparison | null>;
  /** Stops the clock and lets go of the page (for tests and unmounting). */
  dispose(): void;
}

const TICK_MS = 250;

/** What a desk page fetches: its scenario, and the plain name of every policy fact by ID. */
export interface DeskData {
  scenario: DeskScenario;
  factNames: Record<string, string>;
}

/**
 * The desk data of a scenario, fetched from its static file (written at build time by
 * `pages/simulate/[scenario]/desk.json.ts`); rejects with a sentence a trainee can read.
 */
async function loadDeskData(url: string): Promise<DeskData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the scenario file answered ${response.status}`);
  const data: unknown = await response.json();
  const scenario: unknown =
    typeof data === 'object' && data !== null && 'scenario' in data ? data.scenario : null;
  if (typeof scenario !== 'object' || scenario === null || !('start' in scenario))
    throw new Error('the scenario file is not a desk scenario');
  return data as DeskData;
}

/** Reads a stored value; null where storage is missing, blocked or throws. */
function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Lets the browser paint and take input before the next piece of work (one task each). */
const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

/**
 * Fetches a scenario and makes its desk, in pieces (fetch, expand and check its events, run it),
 * each its own main-thread task so that loading the largest desk keeps the page responsive.
 */
export async function loadDesk(
  scenarioId: string,
  url: string,
): Promise<DeskData & { desk: DeskStore }> {
  const { scenario, factNames } = await loadDeskData(url);
  await nextTask();
  const events = scenarioEvents(scenario);
  await nextTask();
  const desk = createDesk(scenarioId, scenario, events);
  await nextTask();
  return { desk, scenario, factNames };
}

/** Creates the desk for one scenario, resuming a saved run if there is one. */
export function createDesk(
  scenarioId: string,
  scenario: DeskScenario,
  events: ScenarioEvents = scenarioEvents(scenario),
): DeskStore {
  const key = `sda:desk:${scenarioId}`;
  let recorded = false;
  let restartedBecause: string | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  function resume(): DeskRun {
    const raw = readStored(key);
    if (!raw) return new DeskRun(scenario, events);
    const read = readDeskSave(raw);
    try {
      if (!read.ok) throw new Error(read.reason);
      const run = new DeskRun(scenario, events);
      for (const { at, ...act } of read.save.acts) {
        run.advanceTo(at);
        run.act(act);
      }
      run.advanceTo(read.save.clock);
      recorded = read.save.recorded;
      return run;
    } catch (error) {
      // Keep the unreadable run aside rather than dropping it, and say so.
      saveItem(`${key}:backup:${new Date().toISOString()}`, raw);
      restartedBecause = error instanceof Error ? error.message : 'it could not be read';
      return new DeskRun(scenario, events);
    }
  }

  let run = resume();
  /** The debrief's code: loaded when a shift ends (a page never needs it before). */
  let debrief: typeof debriefOfRun | null = null;
  let loadingDebrief = false;
  function loadDebrief() {
    if (loadingDebrief) return;
    loadingDebrief = true;
    import('../sim/debrief.ts').then(
      (module) => {
        debrief = module.debrief;
        refresh();
      },
      () => {
        // Offline or a new deployment: the next refresh tries again.
        loadingDebrief = false;
      },
    );
  }
  const snapshot = (): DeskSnapshot => {
    const reading = run.reading();
    return {
      now: run.now,
      clock: run.clock,
      ended: run.ended,
      nextStop: run.ended ? run.end : run.nextStop(reading),
      items: run.ended ? [] : deskItems(run, reading),
      log: actionLog(run, reading),
      report: reading.report(),
      health: reading.health(),
      debrief: run.ended && debrief ? debrief(run, reading) : null,
      restartedBecause,
    };
  };
  const $snapshot = atom<DeskSnapshot>(snapshot());
  if (run.ended) loadDebrief();
  const $playing = atom(false);
  const $speed = atom<DeskSpeed>(600);
  const $pauseOnArrival = atom(true);
  const $arrivalNote = atom<ArrivalNote | null>(null);

  function save() {
    saveItem(key, writeDeskSave({ acts: run.acts, clock: run.clock, recorded }));
  }

  function refresh() {
    const next = snapshot();
    if (next.ended) {
      stopTimer();
      if (!debrief) loadDebrief();
      if (!recorded && next.debrief) {
        recordScenarioResult(scenarioId, next.debrief.score);
        recorded = true;
        save();
      }
    }
    $snapshot.set(next);
  }

  function stopTimer() {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    $playing.set(false);
  }

  function startTimer() {
    stopTimer();
    if (run.ended) return;
    $arrivalNote.set(null);
    $playing.set(true);
    timer = setInterval(() => {
      const before = new Set($snapshot.get().items.map((item) => item.key));
      run.advanceTo(run.clock + $speed.get() * TICK_MS);
      refresh();
      const arrived = $snapshot.get().items.filter((item) => !before.has(item.key));
      if (arrived.length > 0 && $pauseOnArrival.get() && timer !== undefined) {
        // New work while the clock plays: stop, and say what came in.
        stopTimer();
        save();
        $arrivalNote.set({
          at: run.now,
          tasks: arrived.map(({ title, detail }) => ({ title, detail })),
        });
      }
    }, TICK_MS);
  }

  // A page being hidden or left may not come back: keep where the clock is.
  const onHide = () => save();
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onHide);

  return {
    $snapshot,
    $playing,
    $speed,
    $pauseOnArrival,
    $arrivalNote,
    play: startTimer,
    pause() {
      stopTimer();
      save();
    },
    setSpeed(speed) {
      $speed.set(speed);
    },
    setPauseOnArrival(pause) {
      $pauseOnArrival.set(pause);
    },
    jumpToNext() {
      $arrivalNote.set(null);
      run.advanceTo(run.nextStop());
      refresh();
      save();
    },
    endShift() {
      $arrivalNote.set(null);
      stopTimer();
      run.advanceTo(run.end);
      refresh();
      save();
    },
    restart() {
      stopTimer();
      $arrivalNote.set(null);
      removeItem(key);
      recorded = false;
      restartedBecause = null;
      run = new DeskRun(scenario, events);
      refresh();
    },
    act(act) {
      if (run.ended) return;
      const at = run.clock;
      run.act(act);
      // The activity record (and a team's LMS) gets each act; the text written is not kept there.
      recordDeskAct({
        scenarioId,
        action: act.action,
        subject: act.subject,
        ...(act.choice ? { choice: act.choice } : {}),
        simulatedAt: new Date(at),
      });
      refresh();
      save();
    },
    why: async () => (await import('../sim/why-view.ts')).whyView(run.reading()),
    comparison: async () =>
      (run.scenario.compareWith ?? []).length === 0
        ? null
        : (await import('../sim/marketplace-comparison.ts')).comparisonOf(run),
    dispose() {
      stopTimer();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onHide);
    },
  };
}
