/**
 * The read model: what an account is, as of a moment, in the words a screen shows. Each order
 * with its details (extra fields of the history included), shipment and tracking, delivery,
 * its invoice under the marketplace's rule, cancellation and defects; messages, returns,
 * claims, feedback and chargebacks with their state; derived claims marked with their rule.
 *
 * Read-only: nothing here changes a record, and every object handed out is new and frozen
 * (extra fields are copied), so a caller can keep or change what it got without touching the
 * account. A record that does not exist yet at the moment (placed, received, filed later) is
 * not shown. Single records are map look-ups; lists scan the records once.
 */
import { compareText } from './text-order.ts';
import type { EngineContext } from './context.ts';
import { defectLines } from './explain.ts';
import type { DefectLine } from './explain.ts';
import {
  ORDER_BITS,
  claimCounts,
  chargebackCounts,
  feedbackCounts,
  invoiceRequired,
} from './rules.ts';
import {
  chargebackViolation,
  claimViolation,
  levelOf,
  messageViolation,
  orderContribution,
  returnViolation,
} from './rules.ts';
import { decisionInForce } from './records.ts';
import type { Ledger } from './records.ts';
import type {
  ChargebackRecord,
  ClaimRecord,
  FeedbackRecord,
  MessageRecord,
  OrderRecord,
  ReturnRecord,
} from './records.ts';
import { explain } from './explain.ts';
import type { Explanation } from './explain.ts';
import { historyView, reportOf, windowDays } from './report.ts';
import type { AccountView } from './report.ts';
import { shippingOf } from './shipping.ts';
import { chargebackOpen, claimOpen, messageOpen, openTasks, returnOpen } from './tasks.ts';
import type { Task } from './tasks.ts';
import { whatIfOf } from './what-if.ts';
import type { WhatIf } from './what-if.ts';
import type {
  ChargebackReason,
  ClaimFunder,
  ClaimOutcome,
  FactId,
  Fulfillment,
  History,
  MetricLevel,
  MetricStatus,
  Report,
  ShippingReport,
} from './types.ts';
import { CONTRACT_FIELDS } from './validate.ts';

/** Fields an event carries beyond the contract's (an item name, a return reason), copied. */
export type ExtraFields = Readonly<Record<string, unknown>>;

/** Set on a record the engine derived from a passed deadline, with the rule that did it. */
export interface DerivedMark {
  readonly rule: FactId;
}

/**
 * An order's invoice under the marketplace's rule as of the moment. @see IDR-DEF @see IDR-WINDOW
 * - `not-needed`: not a business order, a marketplace without invoices, or cancelled by its deadline
 * - `not-shipped`: needed; its deadline starts with the shipment confirmation
 * - `due`: the deadline runs; `uploaded` in by it; `late` uploaded after it; `missing` passed without one
 */
export type InvoiceState = 'not-needed' | 'not-shipped' | 'due' | 'uploaded' | 'late' | 'missing';

/** One order as of a moment. */
export interface OrderState {
  readonly orderId: string;
  /** ISO-8601 in the account's zone. */
  readonly placedAt: string;
  readonly fulfillment: Fulfillment;
  readonly business: boolean;
  /** Calendar dates as the history gives them, or null. */
  readonly shipBy: string | null;
  readonly deliverBy: string | null;
  /** The history's fields beyond the contract's (e.g. `item`). */
  readonly extra: ExtraFields;
  /** The shipment confirmation in force, with its tracking ID (null: none). */
  readonly shipped: { readonly at: string; readonly trackingId: string | null } | null;
  readonly deliveredAt: string | null;
  readonly cancelled: { readonly at: string; readonly by: 'seller' | 'buyer' } | null;
  readonly invoice: {
    readonly state: InvoiceState;
    /** The IDR-DEF deadline once the shipment is confirmed (when an invoice is needed). */
    readonly deadline: string | null;
    readonly uploadedAt: string | null;
  };
  /** Claims, negative feedback and chargebacks on it so far, each saying whether it counts. */
  readonly defects: readonly DefectLine[];
  /** True if at least one defect counts toward ODR now (counted once, ODR-DEDUP). */
  readonly defective: boolean;
  /** True if it is placed in the ODR window of the moment. @see ODR-WINDOW */
  readonly inOdrWindow: boolean;
  readonly messageIds: readonly string[];
  readonly returnIds: readonly string[];
  readonly claimIds: readonly string[];
  readonly feedbackIds: readonly string[];
  readonly chargebackIds: readonly string[];
}

/** A buyer message as of a moment. @see RESP-24H @see RESP-NRR @see RESP-AUTO */
export interface MessageState {
  readonly messageId: string;
  readonly orderId: string | null;
  readonly receivedAt: string;
  readonly needsReply: boolean;
  /** Receipt + the reply hours (null when no reply is needed). */
  readonly deadline: string | null;
  /** The first human reply or "no reply needed" mark so far. */
  readonly handled: { readonly at: string; readonly by: 'reply' | 'no-reply-needed' } | null;
  /** The first automated reply (which is no reply). */
  readonly automatedReplyAt: string | null;
  /** Still waiting for a reply. */
  readonly open: boolean;
  /** Its deadline passed unhandled (a RESP-24H violation). */
  readonly late: boolean;
  readonly extra: ExtraFields;
}

/** A return request as of a moment. @see RET-48H */
export interface ReturnState {
  readonly returnId: string;
  readonly orderId: string;
  readonly requestedAt: string;
  readonly deadline: string;
  readonly answeredAt: string | null;
  readonly labelSentAt: string | null;
  /** The buyer's reason, where the history gives one (an extra field). */
  readonly reason: string | null;
  readonly open: boolean;
  /** Its deadline passed unanswered (a RET-48H violation). */
  readonly late: boolean;
  readonly extra: ExtraFields;
}

/** One decision on a claim. */
export interface ClaimDecisionState {
  readonly at: string;
  readonly outcome: ClaimOutcome;
  readonly fundedBy: ClaimFunder | null;
}

/** An A-to-Z claim as of a moment. @see A2Z-COUNTS @see NOTIFY-DAYS */
export interface ClaimState {
  readonly claimId: string;
  readonly orderId: string;
  readonly filedAt: string;
  readonly reason: string | null;
  /** The notification deadline. */
  readonly deadline: string;
  readonly answeredAt: string | null;
  /** The decision in force (the latest made so far: a later one replaces an earlier). */
  readonly decision: ClaimDecisionState | null;
  /** Every decision made so far, in time order. */
  readonly decisions: readonly ClaimDecisionState[];
  /** True if it counts toward ODR now. */
  readonly counts: boolean;
  /** Its notification still needs an answer. */
  readonly open: boolean;
  /** Its notification deadline passed unanswered (a NOTIFY-DAYS violation). */
  readonly late: boolean;
  /** Set when the engine derived it from a passed deadline. */
  readonly derived: DerivedMark | null;
  readonly extra: ExtraFields;
}

/** Seller feedback as of a moment. @see FB-NEGATIVE @see FB-REPORT */
export interface FeedbackState {
  readonly feedbackId: string;
  readonly orderId: string;
  readonly postedAt: string;
  readonly rating: number;
  readonly comment: string | null;
  readonly removedAt: string | null;
  /** Rated within the profile's negative band. */
  readonly negative: boolean;
  /** Negative and not removed: it counts toward ODR now. */
  readonly counts: boolean;
  readonly extra: ExtraFields;
}

/** A chargeback as of a moment. @see CB-WHO @see NOTIFY-DAYS */
export interface ChargebackState {
  readonly chargebackId: string;
  readonly orderId: string;
  readonly filedAt: string;
  readonly reason: ChargebackReason | null;
  readonly deadline: string;
  readonly answeredAt: string | null;
  /** The seller's (a service chargeback): it counts toward ODR. */
  readonly counts: boolean;
  readonly open: boolean;
  readonly late: boolean;
  readonly extra: ExtraFields;
}

/** Which account metric a health line is about. */
export type MetricId =
  'odr' | 'idr' | 'lateResponse' | 'lateShipment' | 'preFulfillmentCancel' | 'validTracking';

/** One metric against its target, with the warning level between ok and breach. */
export interface MetricHealth {
  readonly metric: MetricId;
  readonly rate: number | null;
  readonly target: number;
  readonly condition: 'lessThan' | 'greaterThan' | 'atLeast';
  readonly status: MetricStatus;
  readonly level: MetricLevel;
  /** What the rate counts (orders, invoices, messages, shipments) and how many of them are bad (or, for VTR, valid). */
  readonly counted: number;
  readonly numerator: number;
}

/** Which orders `orders()` lists. */
export interface OrderQuery {
  readonly fulfillment?: Fulfillment;
  /** Placed, not shipped and not cancelled: an order waiting to be shipped. */
  readonly awaitingShipment?: boolean;
  /** Only orders with a defect that counts now. */
  readonly defective?: boolean;
}

/** An ISO text of an instant, or null for NaN. */
function textOf(view: AccountView, ms: number): string | null {
  return ms === ms ? view.clock.formatInstant(ms) : null;
}

/** A frozen copy of the fields of `source` the contract does not define. */
function extrasOf(source: object | null): ExtraFields {
  const extra: Record<string, unknown> = {};
  if (source !== null) {
    const record = source as Record<string, unknown>;
    const known = CONTRACT_FIELDS.get(String(record['type']));
    for (const key of Object.keys(record)) {
      if (known?.has(key)) continue;
      const value = record[key];
      extra[key] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
    }
  }
  return Object.freeze(extra);
}

/** The derived mark of a record whose defining event the engine produced. */
function derivedOf(source: object | null): DerivedMark | null {
  const record = source as Record<string, unknown> | null;
  return record !== null && record['derived'] === true && typeof record['rule'] === 'string'
    ? Object.freeze({ rule: record['rule'] })
    : null;
}

/** Ids of the records in a list that exist at `asOf`. */
function idsBy<T extends { id: string }>(
  list: readonly T[] | null,
  exists: (record: T) => boolean,
): readonly string[] {
  return Object.freeze((list ?? []).filter(exists).map((record) => record.id));
}

/** How the order's invoice stands as of the view. @see IDR-DEF */
function invoiceStateOf(view: AccountView, order: OrderRecord): InvoiceState {
  const asOf = view.asOf;
  if (!invoiceRequired(order, view.marketplace)) return 'not-needed';
  const cancelled = order.cancelledAt <= asOf;
  if (!(order.shippedAt <= asOf)) return cancelled ? 'not-needed' : 'not-shipped';
  if (order.invoiceAt <= asOf)
    return order.invoiceAt <= order.invoiceDeadline ? 'uploaded' : 'late';
  if (cancelled && order.cancelledAt <= order.invoiceDeadline) return 'not-needed';
  return asOf > order.invoiceDeadline ? 'missing' : 'due';
}

/** The order as of the view, or null if it is not placed by then. */
function orderStateOf(view: AccountView, order: OrderRecord): OrderState | null {
  const asOf = view.asOf;
  if (!order.defined || !(order.placedAt <= asOf)) return null;
  const source = order.source;
  const bits = orderContribution(order, asOf, view.profile, view.marketplace);
  const odrWindow = windowDays(view.profile.odr.window, view.clock.localDay(asOf));
  const shipped = order.shippedAt <= asOf;
  const invoiceState = invoiceStateOf(view, order);
  const needsInvoice = invoiceState !== 'not-needed' && invoiceState !== 'not-shipped';
  return Object.freeze({
    orderId: order.id,
    placedAt: view.clock.formatInstant(order.placedAt),
    fulfillment: order.fbm ? 'FBM' : 'FBA',
    business: order.business,
    shipBy: source?.shipBy ?? null,
    deliverBy: source?.deliverBy ?? null,
    extra: extrasOf(source),
    shipped: shipped
      ? Object.freeze({
          at: view.clock.formatInstant(order.shippedAt),
          trackingId: order.trackingId === '' ? null : order.trackingId,
        })
      : null,
    deliveredAt: order.deliveredAt <= asOf ? view.clock.formatInstant(order.deliveredAt) : null,
    cancelled:
      order.cancelledAt <= asOf
        ? Object.freeze({
            at: view.clock.formatInstant(order.cancelledAt),
            by: order.cancelledBySeller ? 'seller' : 'buyer',
          } as const)
        : null,
    invoice: Object.freeze({
      state: invoiceState,
      deadline: needsInvoice ? textOf(view, order.invoiceDeadline) : null,
      uploadedAt: order.invoiceAt <= asOf ? view.clock.formatInstant(order.invoiceAt) : null,
    }),
    defects: Object.freeze(
      defectLines(order, asOf, view.profile, view.clock).map((line) => Object.freeze(line)),
    ),
    defective:
      (bits & (ORDER_BITS.claim | ORDER_BITS.negativeFeedback | ORDER_BITS.chargeback)) !== 0,
    inOdrWindow: order.placedDay >= odrWindow.from && order.placedDay <= odrWindow.to,
    messageIds: idsBy(order.messages, (message) => message.receivedAt <= asOf),
    returnIds: idsBy(order.returns, (request) => request.requestedAt <= asOf),
    claimIds: idsBy(order.claims, (claim) => claim.filedAt <= asOf),
    feedbackIds: idsBy(order.feedback, (entry) => entry.postedAt <= asOf),
    chargebackIds: idsBy(order.chargebacks, (chargeback) => chargeback.filedAt <= asOf),
  });
}

/** The message as of the view, or null if it is not received by then. */
function messageStateOf(view: AccountView, message: MessageRecord): MessageState | null {
  const asOf = view.asOf;
  if (!message.defined || !(message.receivedAt <= asOf)) return null;
  const handled = message.handledAt <= asOf;
  return Object.freeze({
    messageId: message.id,
    orderId: message.orderId,
    receivedAt: view.clock.formatInstant(message.receivedAt),
    needsReply: message.needsReply,
    deadline: message.needsReply ? view.clock.formatInstant(message.deadline) : null,
    handled: handled
      ? Object.freeze({
          at: view.clock.formatInstant(message.handledAt),
          by: message.handledByReply ? 'reply' : 'no-reply-needed',
        } as const)
      : null,
    automatedReplyAt:
      message.automatedAt <= asOf ? view.clock.formatInstant(message.automatedAt) : null,
    open: messageOpen(message, asOf),
    late: messageViolation(message, asOf) === messageViolation(message, asOf),
    extra: extrasOf(message.source),
  });
}

/** The return request as of the view, or null if it is not requested by then. */
function returnStateOf(view: AccountView, request: ReturnRecord): ReturnState | null {
  const asOf = view.asOf;
  if (!request.defined || !(request.requestedAt <= asOf)) return null;
  const extra = extrasOf(request.source);
  const reason = extra['reason'];
  return Object.freeze({
    returnId: request.id,
    orderId: request.orderId,
    requestedAt: view.clock.formatInstant(request.requestedAt),
    deadline: view.clock.formatInstant(request.deadline),
    answeredAt: request.answeredAt <= asOf ? view.clock.formatInstant(request.answeredAt) : null,
    labelSentAt: request.labelAt <= asOf ? view.clock.formatInstant(request.labelAt) : null,
    reason: typeof reason === 'string' ? reason : null,
    open: returnOpen(request, asOf),
    late: returnViolation(request, asOf) === returnViolation(request, asOf),
    extra,
  });
}

/** The claim as of the view, or null if it is not filed by then. */
function claimStateOf(view: AccountView, claim: ClaimRecord): ClaimState | null {
  const asOf = view.asOf;
  if (!claim.defined || !(claim.filedAt <= asOf)) return null;
  const decisionText = (decision: {
    at: number;
    outcome: ClaimOutcome;
    fundedBy: ClaimFunder | null;
  }): ClaimDecisionState =>
    Object.freeze({
      at: view.clock.formatInstant(decision.at),
      outcome: decision.outcome,
      fundedBy: decision.fundedBy,
    });
  const inForce = decisionInForce(claim, asOf);
  const violation = claimViolation(claim, asOf);
  return Object.freeze({
    claimId: claim.id,
    orderId: claim.orderId,
    filedAt: view.clock.formatInstant(claim.filedAt),
    reason: claim.reason,
    deadline: view.clock.formatInstant(claim.deadline),
    answeredAt: claim.answeredAt <= asOf ? view.clock.formatInstant(claim.answeredAt) : null,
    decision: inForce === null ? null : decisionText(inForce),
    decisions: Object.freeze(
      (claim.decisions ?? []).filter((decision) => decision.at <= asOf).map(decisionText),
    ),
    counts: claimCounts(claim, asOf, view.profile),
    open: claimOpen(claim, asOf),
    late: violation === violation,
    derived: derivedOf(claim.source),
    extra: extrasOf(claim.source),
  });
}

/** The feedback as of the view, or null if it is not posted by then. */
function feedbackStateOf(view: AccountView, entry: FeedbackRecord): FeedbackState | null {
  const asOf = view.asOf;
  if (!entry.defined || !(entry.postedAt <= asOf)) return null;
  return Object.freeze({
    feedbackId: entry.id,
    orderId: entry.orderId,
    postedAt: view.clock.formatInstant(entry.postedAt),
    rating: entry.rating,
    comment: entry.source?.comment ?? null,
    removedAt: entry.removedAt <= asOf ? view.clock.formatInstant(entry.removedAt) : null,
    negative: entry.rating <= view.profile.odr.negativeFeedbackMaxRating,
    counts: feedbackCounts(entry, asOf, view.profile),
    extra: extrasOf(entry.source),
  });
}

/** The chargeback as of the view, or null if it is not filed by then. */
function chargebackStateOf(
  view: AccountView,
  chargeback: ChargebackRecord,
): ChargebackState | null {
  const asOf = view.asOf;
  if (!chargeback.defined || !(chargeback.filedAt <= asOf)) return null;
  const violation = chargebackViolation(chargeback, asOf);
  return Object.freeze({
    chargebackId: chargeback.id,
    orderId: chargeback.orderId,
    filedAt: view.clock.formatInstant(chargeback.filedAt),
    reason: chargeback.reason,
    deadline: view.clock.formatInstant(chargeback.deadline),
    answeredAt:
      chargeback.answeredAt <= asOf ? view.clock.formatInstant(chargeback.answeredAt) : null,
    counts: chargebackCounts(chargeback, asOf, view.profile),
    open: chargebackOpen(chargeback, asOf),
    late: violation === violation,
    extra: extrasOf(chargeback.source),
  });
}

/** Every metric of a report and its shipping metrics against its target, with its level. */
function healthOf(
  context: EngineContext,
  report: Report,
  shipping: ShippingReport,
): readonly MetricHealth[] {
  const { profile } = context;
  const line = (
    metric: MetricId,
    rate: number | null,
    target: typeof profile.odr.target,
    status: MetricStatus,
    counted: number,
    numerator: number,
  ): MetricHealth =>
    Object.freeze({
      metric,
      rate,
      target: target.value,
      condition: target.condition,
      status,
      level: levelOf(rate, target),
      counted,
      numerator,
    });
  const { odr, idr, lateResponse } = report;
  return Object.freeze([
    line('odr', odr.rate, profile.odr.target, odr.status, odr.orders, odr.defective),
    line('idr', idr.rate, profile.idr.target, idr.status, idr.orders, idr.defective),
    line(
      'lateResponse',
      lateResponse.rate,
      profile.lateResponse.target,
      lateResponse.status,
      lateResponse.messages,
      lateResponse.late,
    ),
    ...(
      [
        ['lateShipment', shipping.lateShipment, profile.shipping.lateShipment.target],
        [
          'preFulfillmentCancel',
          shipping.preFulfillmentCancel,
          profile.shipping.preFulfillmentCancel.target,
        ],
        ['validTracking', shipping.validTracking, profile.shipping.validTracking.target],
      ] as const
    ).map(([metric, value, target]) =>
      line(metric, value.rate, target, value.status, value.counted, value.numerator),
    ),
  ]);
}

/** Orders matching a query as of the view, by placement time then id. */
function orderStatesOf(view: AccountView, query: OrderQuery = {}): OrderState[] {
  const asOf = view.asOf;
  const found: OrderRecord[] = [];
  for (const order of view.ledger.orders.values()) {
    if (!order.defined || !(order.placedAt <= asOf)) continue;
    if (query.fulfillment !== undefined && order.fbm !== (query.fulfillment === 'FBM')) continue;
    if (query.awaitingShipment === true && (order.shippedAt <= asOf || order.cancelledAt <= asOf))
      continue;
    if (
      query.defective === true &&
      (orderContribution(order, asOf, view.profile, view.marketplace) &
        (ORDER_BITS.claim | ORDER_BITS.negativeFeedback | ORDER_BITS.chargeback)) ===
        0
    )
      continue;
    found.push(order);
  }
  found.sort((a, b) => a.placedAt - b.placedAt || compareText(a.id, b.id));
  return found.map((order) => orderStateOf(view, order)!);
}

/** The records that exist at the view's moment (by `time`), as states, in time then id order. */
function statesOf<R extends { id: string; defined: boolean }, S>(
  view: AccountView,
  records: Iterable<R>,
  time: (record: R) => number,
  state: (view: AccountView, record: R) => S | null,
): S[] {
  const found: R[] = [];
  for (const record of records) if (record.defined && time(record) <= view.asOf) found.push(record);
  found.sort((a, b) => time(a) - time(b) || compareText(a.id, b.id));
  return found.map((record) => state(view, record)!);
}

/**
 * The account as of one moment, read-only. Every method returns new, frozen objects. A reading
 * of a live account belongs to the moment it was taken: once an event is applied to the account
 * (or it is read at a later moment), its methods throw rather than mix two moments; take a new
 * one.
 */
export interface AccountReading {
  /** The moment, ISO-8601 as given. */
  readonly asOf: string;
  /** The report of the contract. */
  report(): Report;
  /** FBM shipping metrics (LSR, PCR, VTR). */
  shipping(): ShippingReport;
  /** Each metric against its target with its level (ok, at-risk, breach, none). */
  health(): readonly MetricHealth[];
  /** Open tasks, earliest deadline first. */
  tasks(): Task[];
  /** The orders, defects and messages behind each figure. */
  explain(): Explanation;
  /** ODR headroom, defects leaving the window, the day it is back under target. */
  whatIf(): WhatIf;
  order(orderId: string): OrderState | null;
  orders(query?: OrderQuery): OrderState[];
  message(messageId: string): MessageState | null;
  messages(): MessageState[];
  returnRequest(returnId: string): ReturnState | null;
  returns(): ReturnState[];
  claim(claimId: string): ClaimState | null;
  claims(): ClaimState[];
  feedback(feedbackId: string): FeedbackState | null;
  feedbackList(): FeedbackState[];
  chargeback(chargebackId: string): ChargebackState | null;
  chargebacks(): ChargebackState[];
}

/** Thrown by a reading used after its account changed. */
export class StaleReadingError extends Error {}

/** The view behind each reading, for the engine's own readers of a reading (reading-reports.ts). */
const readingViews = new WeakMap<AccountReading, () => AccountView>();

/** The view a reading reads (throws StaleReadingError as its methods do). Engine-internal. */
export function readingView(reading: AccountReading): AccountView {
  const view = readingViews.get(reading);
  if (view === undefined) throw new TypeError('not a reading of the engine');
  return view();
}

/**
 * A reading of a view. `current` says whether the view still describes the account (a live
 * account's view shares its day table, which moves on with the account).
 */
export function readingOf(
  view: AccountView,
  asOfText: string,
  current: () => boolean = () => true,
): AccountReading {
  const ledger = view.ledger;
  const fresh = <T>(read: () => T): T => {
    if (!current())
      throw new StaleReadingError(
        `the account changed after this reading of ${asOfText} was taken: take a new one`,
      );
    return read();
  };
  const one = <R, S>(
    map: ReadonlyMap<string, R>,
    id: string,
    state: (view: AccountView, record: R) => S | null,
  ): S | null =>
    fresh(() => {
      const record = map.get(id);
      return record === undefined ? null : state(view, record);
    });
  const reading: AccountReading = Object.freeze({
    asOf: asOfText,
    report: () => fresh(() => reportOf(view, asOfText)),
    shipping: () => fresh(() => shippingOf(view)),
    health: () => fresh(() => healthOf(view, reportOf(view, asOfText), shippingOf(view))),
    tasks: () => fresh(() => openTasks(view)),
    explain: () => fresh(() => explain(view)),
    whatIf: () => fresh(() => whatIfOf(view)),
    order: (orderId: string) => one(ledger.orders, orderId, orderStateOf),
    orders: (query?: OrderQuery) => fresh(() => orderStatesOf(view, query)),
    message: (messageId: string) => one(ledger.messages, messageId, messageStateOf),
    messages: () =>
      fresh(() => statesOf(view, ledger.messages.values(), (m) => m.receivedAt, messageStateOf)),
    returnRequest: (returnId: string) => one(ledger.returns, returnId, returnStateOf),
    returns: () =>
      fresh(() => statesOf(view, ledger.returns.values(), (r) => r.requestedAt, returnStateOf)),
    claim: (claimId: string) => one(ledger.claims, claimId, claimStateOf),
    claims: () =>
      fresh(() => statesOf(view, ledger.claims.values(), (c) => c.filedAt, claimStateOf)),
    feedback: (feedbackId: string) => one(ledger.feedback, feedbackId, feedbackStateOf),
    feedbackList: () =>
      fresh(() => statesOf(view, ledger.feedback.values(), (f) => f.postedAt, feedbackStateOf)),
    chargeback: (chargebackId: string) => one(ledger.chargebacks, chargebackId, chargebackStateOf),
    chargebacks: () =>
      fresh(() => statesOf(view, ledger.chargebacks.values(), (c) => c.filedAt, chargebackStateOf)),
  });
  readingViews.set(reading, () => fresh(() => view));
  return reading;
}

/** A reading of a validated history at its asOf (the batch path); `ledger` as for historyView. */
export function readHistory(history: History, ledger?: Ledger): AccountReading {
  return readingOf(historyView(history, ledger), history.asOf);
}
