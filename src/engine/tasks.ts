/**
 * What the desk has to do and what happens if it does not: open tasks with their deadlines and
 * time left at a moment, and the derived events (claims the buyer can now file and win) that a
 * passed deadline produces, in the order-history event shape so a simulator can apply them.
 */
import { compareText } from './text-order.ts';
import type { EngineContext } from './context.ts';
import type {
  ChargebackRecord,
  ClaimRecord,
  MessageRecord,
  OrderRecord,
  ReturnRecord,
} from './records.ts';
import type { AccountView } from './report.ts';
import { invoiceDue } from './rules.ts';
import type { ClaimDecidedEvent, ClaimFiledEvent, FactId } from './types.ts';

/** Kinds of open task. */
export type TaskKind = 'message' | 'return' | 'invoice' | 'claim' | 'chargeback';

/** Something the desk must do by a deadline. */
export interface Task {
  kind: TaskKind;
  /** The message, return, order (for an invoice), claim or chargeback id. */
  subject: string;
  orderId: string | null;
  /** The deadline, ISO-8601 with the zone's offset. */
  dueAt: string;
  dueAtMs: number;
  /** dueAt − asOf in milliseconds; negative once overdue (the task stays open). */
  timeLeftMs: number;
  overdue: boolean;
  /** The fact that sets the deadline. */
  rule: FactId;
}

/** Records that may hold an open task (the account passes its open sets, the batch everything). */
export interface TaskSources {
  messages: Iterable<MessageRecord>;
  returns: Iterable<ReturnRecord>;
  orders: Iterable<OrderRecord>;
  claims: Iterable<ClaimRecord>;
  chargebacks: Iterable<ChargebackRecord>;
}

/** True if a buyer message still waits for a reply as of `asOf`. @see RESP-24H @see RESP-AUTO */
export function messageOpen(message: MessageRecord, asOf: number): boolean {
  return message.needsReply && message.receivedAt <= asOf && !(message.handledAt <= asOf);
}

/** True if a return request is still unanswered as of `asOf`. @see RET-48H */
export function returnOpen(request: ReturnRecord, asOf: number): boolean {
  return request.requestedAt <= asOf && !(request.answeredAt <= asOf);
}

/** True if an order still needs its invoice as of `asOf`. @see IDR-DEF */
export function invoiceOpen(context: EngineContext, order: OrderRecord, asOf: number): boolean {
  return invoiceDue(order, asOf, context.marketplace) && !(order.invoiceAt <= asOf);
}

/** True if a claim notification still needs an answer (not answered, not decided). @see NOTIFY-DAYS */
export function claimOpen(claim: ClaimRecord, asOf: number): boolean {
  return claim.filedAt <= asOf && !(claim.answeredAt <= asOf) && !(claim.decidedAt <= asOf);
}

/** True if a chargeback notification still needs an answer. @see NOTIFY-DAYS */
export function chargebackOpen(chargeback: ChargebackRecord, asOf: number): boolean {
  return chargeback.filedAt <= asOf && !(chargeback.answeredAt <= asOf);
}

const KIND_ORDER: Record<TaskKind, number> = {
  message: 0,
  return: 1,
  invoice: 2,
  claim: 3,
  chargeback: 4,
};

/** Open tasks as of `asOf` among the sources, sorted by deadline, kind, subject. */
export function openTasksOf(context: EngineContext, sources: TaskSources, asOf: number): Task[] {
  const tasks: Task[] = [];
  const add = (
    kind: TaskKind,
    subject: string,
    orderId: string | null,
    due: number,
    rule: FactId,
  ): void => {
    tasks.push({
      kind,
      subject,
      orderId,
      dueAt: context.clock.formatInstant(due),
      dueAtMs: due,
      timeLeftMs: due - asOf,
      overdue: due < asOf,
      rule,
    });
  };
  for (const m of sources.messages)
    if (messageOpen(m, asOf)) add('message', m.id, m.orderId, m.deadline, 'RESP-24H');
  for (const r of sources.returns)
    if (returnOpen(r, asOf)) add('return', r.id, r.orderId, r.deadline, 'RET-48H');
  for (const o of sources.orders)
    if (invoiceOpen(context, o, asOf)) add('invoice', o.id, o.id, o.invoiceDeadline, 'IDR-DEF');
  for (const c of sources.claims)
    if (claimOpen(c, asOf)) add('claim', c.id, c.orderId, c.deadline, 'NOTIFY-DAYS');
  for (const c of sources.chargebacks)
    if (chargebackOpen(c, asOf)) add('chargeback', c.id, c.orderId, c.deadline, 'NOTIFY-DAYS');
  return tasks.sort(
    (a, b) =>
      a.dueAtMs - b.dueAtMs ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.subject, b.subject),
  );
}

/** Open tasks of a view, scanning every record. */
export function openTasks(view: AccountView): Task[] {
  const { ledger } = view;
  return openTasksOf(
    view,
    {
      messages: ledger.messages.values(),
      returns: ledger.returns.values(),
      orders: ledger.orders.values(),
      claims: ledger.claims.values(),
      chargebacks: ledger.chargebacks.values(),
    },
    view.asOf,
  );
}

/** A derived event: a real event of the contract plus the rule that produced it. */
export type DerivedEvent = (ClaimFiledEvent | ClaimDecidedEvent) & { rule: FactId; derived: true };

/** One consequence before it becomes events. */
interface Consequence {
  at: number;
  rule: FactId;
  order: OrderRecord;
  subject: string;
  reason: string;
  grant: boolean;
}

/** True if the order has a claim filed at or before `at`. */
function hasClaimBy(order: OrderRecord, at: number): boolean {
  return order.claims !== null && order.claims.some((claim) => claim.filedAt <= at);
}

/**
 * The consequences of deadlines that pass in (from, to]: a return unanswered after its hours
 * (RET-48H) or answered without a label (A2Z-AUTO); an order not delivered within the grace
 * days after its latest delivery date (A2Z-REASONS: a claim is filed then), granted
 * automatically under A2Z-AUTO when the profile grants it or when the order was shipped
 * without tracking (the claim waits for the reason to exist, and then cannot be won). Each is a
 * `claim.filed` (and `claim.decided` granted, seller-funded, when the profile grants it) at the
 * moment the deadline passed, with deterministic ids `derived:<rule>:<subject>`, sorted by at.
 * Orders with a claim already filed by then get none.
 */
export function consequencesBetween(view: AccountView, from: number, to: number): DerivedEvent[] {
  const rules = view.profile.consequences;
  const found: Consequence[] = [];
  const within = (at: number): boolean => at > from && at <= to;
  // A record no event defined has NaN dates, which are never within the interval.
  for (const request of view.ledger.returns.values()) {
    const at = request.deadline;
    if (!within(at)) continue;
    // The ledger creates a request's order record when it folds the request.
    const order = view.ledger.orders.get(request.orderId)!;
    if (hasClaimBy(order, at)) continue;
    if (!(request.answeredAt <= at)) {
      if (rules.returnUnanswered)
        found.push({
          at,
          rule: 'RET-48H',
          order,
          subject: request.id,
          reason: 'return-not-answered',
          grant: true,
        });
    } else if (!(request.labelAt <= at) && rules.returnWithoutLabel) {
      found.push({
        at,
        rule: 'A2Z-AUTO',
        order,
        subject: request.id,
        reason: 'return-without-label',
        grant: true,
      });
    }
  }
  for (const order of view.ledger.orders.values()) {
    if (order.deliverByDay !== order.deliverByDay) continue;
    // A2Z-REASONS: a valid reason to file first exists when the grace days after the latest
    // delivery date have passed with the order not delivered; the claim is filed then.
    const at = view.clock.dayEndSecond(order.deliverByDay + rules.notDeliveredGraceDays);
    if (!within(at)) continue;
    if (order.deliveredAt <= at || order.cancelledAt <= at || hasClaimBy(order, at)) continue;
    if (rules.noTracking && order.shippedAt <= at && !order.hasTracking) {
      // A2Z-AUTO (course): shipped without tracking and never delivered: granted.
      found.push({
        at,
        rule: 'A2Z-AUTO',
        order,
        subject: order.id,
        reason: 'no-tracking',
        grant: true,
      });
      continue;
    }
    if (rules.notDelivered === 'none') continue;
    const grant = rules.notDelivered === 'grant';
    found.push({
      at,
      rule: grant ? 'A2Z-AUTO' : 'A2Z-REASONS',
      order,
      subject: order.id,
      reason: 'not-delivered',
      grant,
    });
  }
  found.sort((a, b) => a.at - b.at || compareText(a.subject, b.subject));
  const events: DerivedEvent[] = [];
  for (const item of found) {
    const claimId = `derived:${item.rule}:${item.subject}`;
    if (view.ledger.claims.get(claimId)?.defined === true) continue;
    const at = view.clock.formatInstant(item.at);
    events.push({
      type: 'claim.filed',
      at,
      claimId,
      orderId: item.order.id,
      reason: item.reason,
      rule: item.rule,
      derived: true,
    });
    if (item.grant)
      events.push({
        type: 'claim.decided',
        at,
        claimId,
        outcome: 'granted',
        fundedBy: 'seller',
        rule: item.rule,
        derived: true,
      });
  }
  return events;
}
