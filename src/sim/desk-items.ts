/**
 * What the desk's inbox shows at the current simulated time, all read from the engine: its open
 * tasks (with their deadlines), the negative feedback the scenario asks the trainee to handle,
 * and the FBM orders this shift must ship. Order details and return reasons come from the
 * engine's read model, so they include what choices and the rules did.
 */
import {
  formatCalendarDay,
  marketplaces,
  parseInstant,
  zoneClock,
  type AccountReading,
  type OrderState,
  type Task,
} from '../engine/index.ts';
import type { DeskAction, DeskRun } from './desk-run.ts';

/** One thing in the inbox. */
export interface DeskItem {
  /** Unique within the inbox: kind and subject. */
  key: string;
  kind: Task['kind'] | 'feedback' | 'shipment';
  subject: string;
  orderId: string | null;
  title: string;
  /** What it is about, for the trainee: the item and the order ("Standing desk · order 302-…"). */
  detail: string;
  /** Deadline (ISO) if the rules set one and the scenario shows it (see `deadlineHidden`). */
  dueAt: string | null;
  /** True when the scenario hides this task's deadline, as its decision asks for it. */
  deadlineHidden: boolean;
  /** The ship-by date of an order to ship (a calendar date). */
  shipBy: string | null;
  timeLeftMs: number | null;
  overdue: boolean;
  rule: string | null;
  /** The acts that handle it. */
  actions: DeskAction[];
  /** The engine's view of its order now. */
  order: OrderState | null;
  /** The buyer's reason, for a return request that gives one. */
  reason: string | null;
}

const ACTIONS: Record<DeskItem['kind'], DeskAction[]> = {
  message: ['reply', 'markNoReplyNeeded'],
  return: ['authoriseReturn'],
  invoice: ['uploadInvoice'],
  claim: ['answerClaim'],
  chargeback: ['answerChargeback'],
  feedback: ['requestFeedbackRemoval', 'postPublicReply'],
  shipment: ['confirmShipment', 'cancelOrder'],
};

const TITLES: Record<DeskItem['kind'], string> = {
  message: 'Buyer message',
  return: 'Return request',
  invoice: 'Invoice to upload',
  claim: 'A-to-Z claim notification',
  chargeback: 'Chargeback notification',
  feedback: 'Negative feedback',
  shipment: 'Order to ship',
};

/** A task's title and what it is about, as the inbox, the confirmation and the action log name it. */
function taskName(
  run: DeskRun,
  reading: AccountReading,
  kind: DeskItem['kind'],
  subject: string,
  orderId: string | null,
): { title: string; detail: string } {
  const order = orderId === null ? null : reading.order(orderId);
  const item = typeof order?.extra['item'] === 'string' ? order.extra['item'] : null;
  const title =
    (kind === 'message'
      ? run.scenario.messages.find((message) => message.messageId === subject)?.subject
      : undefined) ?? TITLES[kind];
  const detail = [item, orderId === null ? null : `order ${orderId}`]
    .filter((part) => part !== null)
    .join(' · ');
  return { title, detail };
}

/** The kind of task an act handles. */
const KIND_OF_ACTION: Record<DeskAction, DeskItem['kind']> = {
  reply: 'message',
  markNoReplyNeeded: 'message',
  authoriseReturn: 'return',
  uploadInvoice: 'invoice',
  answerClaim: 'claim',
  answerChargeback: 'chargeback',
  requestFeedbackRemoval: 'feedback',
  postPublicReply: 'feedback',
  confirmShipment: 'shipment',
  cancelOrder: 'shipment',
};

/** The order a subject belongs to (an order id is its own). */
export function orderOf(reading: AccountReading, subject: string): string | null {
  return (
    reading.message(subject)?.orderId ??
    reading.returnRequest(subject)?.orderId ??
    reading.claim(subject)?.orderId ??
    reading.chargeback(subject)?.orderId ??
    reading.feedback(subject)?.orderId ??
    reading.order(subject)?.orderId ??
    null
  );
}

/** The inbox now, most urgent first (items without a deadline last). */
export function deskItems(run: DeskRun, reading: AccountReading = run.reading()): DeskItem[] {
  const hidden = new Set(
    run.scenario.decisions
      .filter((decision) => decision.hideDeadline)
      .map((decision) => decision.subject),
  );
  const bare = (
    kind: DeskItem['kind'],
    subject: string,
    orderId: string | null,
  ): Omit<DeskItem, 'title' | 'dueAt' | 'timeLeftMs' | 'overdue' | 'rule'> => ({
    key: `${kind}:${subject}`,
    kind,
    subject,
    orderId,
    detail: taskName(run, reading, kind, subject, orderId).detail,
    deadlineHidden: hidden.has(subject),
    shipBy: null,
    actions: ACTIONS[kind],
    order: orderId === null ? null : reading.order(orderId),
    reason: kind === 'return' ? (reading.returnRequest(subject)?.reason ?? null) : null,
  });
  const tasks = reading
    .tasks()
    .sort((a, b) => a.timeLeftMs - b.timeLeftMs)
    .map((task): DeskItem => {
      const shown = !hidden.has(task.subject);
      return {
        ...bare(task.kind, task.subject, task.orderId),
        title: taskName(run, reading, task.kind, task.subject, task.orderId).title,
        dueAt: shown ? task.dueAt : null,
        timeLeftMs: shown ? task.timeLeftMs : null,
        overdue: shown && task.overdue,
        rule: task.rule,
      };
    });
  // Orders to ship: FBM orders this shift is responsible for (placed during it, or due to ship
  // on or after its first day); older background orders are not the desk's work.
  const shiftStart = parseInstant(run.scenario.start.at);
  const clock = zoneClock(marketplaces[run.scenario.marketplace].timeZone);
  const shiftStartDay = formatCalendarDay(clock.localDay(shiftStart));
  const shipments = reading
    .orders({ fulfillment: 'FBM', awaitingShipment: true })
    .filter(
      (order) =>
        parseInstant(order.placedAt) >= shiftStart ||
        (order.shipBy !== null && order.shipBy >= shiftStartDay),
    )
    .map((order): DeskItem => ({
      ...bare('shipment', order.orderId, order.orderId),
      title: TITLES.shipment,
      dueAt: null,
      shipBy: order.shipBy,
      timeLeftMs: null,
      overdue: false,
      rule: null,
    }));
  const feedback = run.scenario.feedback
    .map((entry) => reading.feedback(entry.feedbackId))
    .filter((entry) => entry !== null)
    .filter(
      (entry) =>
        !run.hasActed('requestFeedbackRemoval', entry.feedbackId) &&
        !run.hasActed('postPublicReply', entry.feedbackId),
    )
    .map((entry): DeskItem => ({
      ...bare('feedback', entry.feedbackId, entry.orderId),
      title: TITLES.feedback,
      dueAt: null,
      timeLeftMs: null,
      overdue: false,
      rule: null,
    }));
  return [...tasks, ...shipments, ...feedback];
}

/** One act in the shift's action log. */
export interface LoggedAct {
  /** When it was done (ISO-8601 in the marketplace's zone). */
  at: string;
  action: DeskAction;
  /** The task it handled, named as the inbox named it. */
  title: string;
  detail: string;
  /** The option chosen, as the trainee read it, if a decision governed the act. */
  choice: string | null;
  /** The tracking ID typed for a shipment; null when none was typed (or for other acts). */
  trackingId: string | null;
}

/** Every act of the run so far, oldest first, named for the trainee. */
export function actionLog(run: DeskRun, reading: AccountReading = run.reading()): LoggedAct[] {
  return run.acts.map((act) => {
    const kind = KIND_OF_ACTION[act.action];
    const { title, detail } = taskName(
      run,
      reading,
      kind,
      act.subject,
      orderOf(reading, act.subject),
    );
    const decision = run.scenario.decisions.find(
      (candidate) => candidate.subject === act.subject && candidate.action === act.action,
    );
    return {
      at: run.instantText(act.at),
      action: act.action,
      title,
      detail,
      choice: decision?.choices.find((option) => option.id === act.choice)?.label ?? null,
      trackingId: act.trackingId ? act.trackingId : null,
    };
  });
}
