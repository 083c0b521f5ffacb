/**
 * What a scenario author needs to see before a trainee plays it: which events become inbox tasks
 * (at the start and as the shift goes, with their deadlines, on a run where nobody acts), and the
 * scripted events that would do a trainee's work. Such events are forbidden: an arrival may not
 * reply, answer, upload, ship, cancel or remove feedback on a task that is in the inbox, since the
 * engine keeps the earliest of two such events and would silently overwrite (or pre-empt) what
 * the trainee did. `checkScriptedEvents` names them for the content checker; `checkScenarioOnDesk`
 * runs it with the play checks.
 */
import type { OrderEvent } from '../engine/index.ts';
import { parseInstant } from '../engine/index.ts';
import type { Scenario } from '../content/scenario-schema.ts';
import { deskItems, type DeskItem } from './desk-items.ts';
import { DeskRun, scenarioEvents, type DeskScenario, type ScenarioEvents } from './desk-run.ts';
import type { CheckReply } from './drafts.ts';
import { checkScenarioPlays, type PlayProblem } from './play.ts';

/** A task as the preview lists it. */
export interface PreviewTask {
  /** When it reached the inbox (ISO-8601 in the marketplace's zone). */
  at: string;
  title: string;
  detail: string;
  /** Its deadline, or null when the rules set none (feedback, an order to ship). */
  dueAt: string | null;
  /** The ship-by day of an order to ship. */
  shipBy: string | null;
  /** The fact that sets the deadline. */
  rule: string | null;
  /** True when the scenario hides the deadline from the trainee (`hideDeadline`). */
  deadlineHidden: boolean;
}

/** The start-of-shift preview of a scenario. */
export interface ShiftPreview {
  /** The inbox when the shift starts. */
  atStart: PreviewTask[];
  /** Tasks that reach the inbox during the shift if nobody acts, in time order. */
  arriving: PreviewTask[];
  /** Scripted events that would do a trainee's work (each one an error). */
  overrides: PlayProblem[];
}

/** The subject a scripted event would handle, and which kind of task that is, if any. */
function handles(event: OrderEvent): { kind: DeskItem['kind']; subject: string } | null {
  switch (event.type) {
    case 'message.replied':
      return event.automated === true ? null : { kind: 'message', subject: event.messageId };
    case 'message.noReplyNeeded':
      return { kind: 'message', subject: event.messageId };
    case 'return.answered':
      return { kind: 'return', subject: event.returnId };
    case 'invoice.uploaded':
      return { kind: 'invoice', subject: event.orderId };
    case 'order.shipped':
      return { kind: 'shipment', subject: event.orderId };
    case 'order.cancelled':
      return event.by === 'seller' ? { kind: 'shipment', subject: event.orderId } : null;
    case 'claim.answered':
      return { kind: 'claim', subject: event.claimId };
    case 'chargeback.answered':
      return { kind: 'chargeback', subject: event.chargebackId };
    case 'feedback.removed':
      return { kind: 'feedback', subject: event.feedbackId };
    default:
      return null;
  }
}

const asTask = (item: DeskItem, at: string, run: DeskRun): PreviewTask => {
  const hiddenDue = item.deadlineHidden
    ? (run
        .reading()
        .tasks()
        .find((task) => task.subject === item.subject)?.dueAt ?? null)
    : null;
  return {
    at,
    title: item.title,
    detail: item.detail,
    dueAt: item.dueAt ?? hiddenDue,
    shipBy: item.shipBy,
    rule: item.rule,
    deadlineHidden: item.deadlineHidden,
  };
};

/**
 * Plays the shift with nobody acting, arrival by arrival: the tasks at the start and those that
 * come, and before each arrival lands, whether one of its events handles a task then in the inbox.
 */
export function shiftPreview(
  scenario: DeskScenario,
  events: ScenarioEvents = scenarioEvents(scenario),
): ShiftPreview {
  const run = new DeskRun(scenario, events);
  const atStart = deskItems(run).map((item) => asTask(item, run.now, run));
  const seen = new Set(deskItems(run).map((item) => item.key));
  const arriving: PreviewTask[] = [];
  const overrides: PlayProblem[] = [];
  const arrivals = scenario.arrivals
    .map((arrival, position) => ({ arrival, position, ms: parseInstant(arrival.at) }))
    .sort((a, b) => a.ms - b.ms || a.position - b.position);
  for (const { arrival, position, ms } of arrivals) {
    // The inbox just before this arrival lands (an arrival at the start meets the start's inbox).
    run.advanceTo(ms - 1);
    const inbox = deskItems(run);
    // Cast: the validator checked every arrival event against the contract (scenarioEvents).
    (arrival.events as unknown as OrderEvent[]).forEach((event, index) => {
      const handled = handles(event);
      const task =
        handled &&
        inbox.find((item) => item.kind === handled.kind && item.subject === handled.subject);
      if (task)
        overrides.push({
          path: ['arrivals', position, 'events', index],
          message: `this scripted ${event.type} does the trainee's work on "${task.title}" (${task.detail}), which is in the inbox then: the desk's acts are the trainee's alone. Remove it, or put it in start.history before the shift starts`,
        });
    });
    run.advanceTo(ms);
    for (const item of deskItems(run)) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      arriving.push(asTask(item, run.now, run));
    }
  }
  return { atStart, arriving, overrides };
}

/** The scripted events that would do a trainee's work (forbidden; see the module comment). */
function checkScriptedEvents(scenario: DeskScenario): PlayProblem[] {
  return shiftPreview(scenario).overrides;
}

/**
 * Every check a scenario must pass on the desk, for the content checker: no scripted event does
 * the trainee's work, the good play is playable and earns full marks, doing nothing does not.
 * `checkReply`: the reply checker (`await loadReplyChecker()` from the engine), needed when the
 * good play writes a text.
 */
export function checkScenarioOnDesk(
  scenario: DeskScenario & Pick<Scenario, 'goodPlay'>,
  checkReply?: CheckReply,
): PlayProblem[] {
  return [...checkScriptedEvents(scenario), ...checkScenarioPlays(scenario, checkReply)];
}
