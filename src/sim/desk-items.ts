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
  /** Deadline (ISO) if the rules set one. */
  dueAt: string | null;
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

/** The inbox now, most urgent first (items without a deadline last). */
export function deskItems(run: DeskRun, reading: AccountReading = run.reading()): DeskItem[] {
  const bare = (
    kind: DeskItem['kind'],
    subject: string,
    orderId: string | null,
  ): Omit<DeskItem, 'title' | 'dueAt' | 'timeLeftMs' | 'overdue' | 'rule'> => ({
    key: `${kind}:${subject}`,
    kind,
    subject,
    orderId,
    shipBy: null,
    actions: ACTIONS[kind],
    order: orderId === null ? null : reading.order(orderId),
    reason: kind === 'return' ? (reading.returnRequest(subject)?.reason ?? null) : null,
  });
  const tasks = reading
    .tasks()
    .sort((a, b) => a.timeLeftMs - b.timeLeftMs)
    .map((task): DeskItem => ({
      ...bare(task.kind, task.subject, task.orderId),
      title:
        run.scenario.messages.find((message) => message.messageId === task.subject)?.subject ??
        TITLES[task.kind],
      dueAt: task.dueAt,
      timeLeftMs: task.timeLeftMs,
      overdue: task.overdue,
      rule: task.rule,
    }));
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
