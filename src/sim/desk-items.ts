/**
 * What the desk's inbox shows at the current simulated time: the engine's open tasks (with their
 * deadlines), plus the work the engine does not time: negative feedback to handle and FBM orders
 * to ship. Order details come from the scenario's events and the trainee's acts.
 */
import type { Task } from '../engine/tasks.ts';
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
  timeLeftMs: number | null;
  overdue: boolean;
  rule: string | null;
  /** The acts that handle it. */
  actions: DeskAction[];
  /** What the desk knows about its order now. */
  order: OrderDetails | null;
  /** The buyer's reason, for a return request that gives one. */
  reason: string | null;
}

/** An inbox entry before its order details are attached. */
type BareItem = Omit<DeskItem, 'order' | 'reason'>;

/** Facts about an order for the details pane. */
export interface OrderDetails {
  orderId: string;
  /** What was bought, where the scenario says. */
  item: string | null;
  fulfillment: string;
  business: boolean;
  placedAt: string;
  shipBy: string | null;
  deliverBy: string | null;
  shipped: string | null;
  trackingId: string | null;
  invoice: 'not needed' | 'uploaded' | 'not uploaded';
  cancelled: boolean;
}

type Loose = { type: string; at: string; [field: string]: unknown };

function eventsSoFar(run: DeskRun): Loose[] {
  const now = run.clock;
  return [
    ...run.scenario.start.history,
    ...run.scenario.arrivals.flatMap((arrival) => arrival.events),
  ].filter((event) => Date.parse(event.at) <= now) as Loose[];
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
export function deskItems(run: DeskRun): DeskItem[] {
  const tasks = run.account.openTasks(run.now).map((task): BareItem => ({
    key: `${task.kind}:${task.subject}`,
    kind: task.kind,
    subject: task.subject,
    orderId: task.orderId,
    title:
      run.scenario.messages.find((message) => message.messageId === task.subject)?.subject ??
      TITLES[task.kind],
    dueAt: task.dueAt,
    timeLeftMs: task.timeLeftMs,
    overdue: task.overdue,
    rule: task.rule,
    actions: ACTIONS[task.kind],
  }));
  const events = eventsSoFar(run);
  const feedback = run.scenario.feedback
    .filter((entry) =>
      events.some(
        (event) => event.type === 'feedback.posted' && event['feedbackId'] === entry.feedbackId,
      ),
    )
    .filter(
      (entry) =>
        !run.hasActed('requestFeedbackRemoval', entry.feedbackId) &&
        !run.hasActed('postPublicReply', entry.feedbackId),
    )
    .map((entry): BareItem => ({
      key: `feedback:${entry.feedbackId}`,
      kind: 'feedback',
      subject: entry.feedbackId,
      orderId:
        String(
          events.find((event) => event['feedbackId'] === entry.feedbackId)?.['orderId'] ?? '',
        ) || null,
      title: TITLES.feedback,
      dueAt: null,
      timeLeftMs: null,
      overdue: false,
      rule: null,
      actions: ACTIONS.feedback,
    }));
  // Orders to ship: FBM orders this shift is responsible for (placed during it, or due to ship
  // on or after its first day); older background orders in the history are not the desk's work.
  const shiftStartDay = run.scenario.start.at.slice(0, 10);
  const arrived = new Set(
    run.scenario.arrivals
      .flatMap((arrival) => arrival.events)
      .flatMap((event) => (event.type === 'order.placed' ? [String(event['orderId'])] : [])),
  );
  const shipments = events
    .filter((event) => event.type === 'order.placed' && event['fulfillment'] === 'FBM')
    .filter(
      (event) =>
        arrived.has(String(event['orderId'])) ||
        (typeof event['shipBy'] === 'string' && event['shipBy'] >= shiftStartDay),
    )
    .map((event) => String(event['orderId']))
    .filter((orderId) => {
      const details = orderDetails(run, orderId);
      return details !== null && details.shipped === null && !details.cancelled;
    })
    .map((orderId): BareItem => ({
      key: `shipment:${orderId}`,
      kind: 'shipment',
      subject: orderId,
      orderId,
      title: TITLES.shipment,
      dueAt: orderDetails(run, orderId)?.shipBy ?? null,
      timeLeftMs: null,
      overdue: false,
      rule: null,
      actions: ACTIONS.shipment,
    }));
  return [
    ...tasks.sort((a, b) => (a.timeLeftMs ?? 0) - (b.timeLeftMs ?? 0)),
    ...shipments,
    ...feedback,
  ].map((item): DeskItem => ({
    ...item,
    order: item.orderId ? orderDetails(run, item.orderId) : null,
    reason: item.kind === 'return' ? returnReason(run, item.subject) : null,
  }));
}

/** What the desk knows about an order now, or null if it has not been placed yet. */
export function orderDetails(run: DeskRun, orderId: string): OrderDetails | null {
  const events = eventsSoFar(run).filter((event) => event['orderId'] === orderId);
  const placed = events.find((event) => event.type === 'order.placed');
  if (!placed) return null;
  const shippedEvent = events.find((event) => event.type === 'order.shipped');
  const shippedAct = run.acts.find(
    (act) => act.action === 'confirmShipment' && act.subject === orderId,
  );
  const business = placed['business'] === true;
  const invoiced =
    events.some((event) => event.type === 'invoice.uploaded') ||
    run.hasActed('uploadInvoice', orderId);
  return {
    orderId,
    item: typeof placed['item'] === 'string' ? placed['item'] : null,
    fulfillment: String(placed['fulfillment']),
    business,
    placedAt: placed.at,
    shipBy: typeof placed['shipBy'] === 'string' ? placed['shipBy'] : null,
    deliverBy: typeof placed['deliverBy'] === 'string' ? placed['deliverBy'] : null,
    shipped: shippedEvent?.at ?? (shippedAct ? new Date(shippedAct.at).toISOString() : null),
    trackingId:
      (shippedEvent?.['trackingId'] as string | undefined) || shippedAct?.trackingId || null,
    invoice: !business ? 'not needed' : invoiced ? 'uploaded' : 'not uploaded',
    cancelled:
      events.some((event) => event.type === 'order.cancelled') ||
      run.hasActed('cancelOrder', orderId),
  };
}

/** The buyer's reason for a return request, where the scenario gives one. */
export function returnReason(run: DeskRun, returnId: string): string | null {
  const request = eventsSoFar(run).find(
    (event) => event.type === 'return.requested' && event['returnId'] === returnId,
  );
  return typeof request?.['reason'] === 'string' ? request['reason'] : null;
}
