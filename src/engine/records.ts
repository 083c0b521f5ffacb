/**
 * The ledger: one record per order, message, return, claim, feedback and chargeback, folded
 * from events. The fold is order-independent: every lifecycle field keeps its earliest event
 * (ties broken by a fixed rank), so the same events applied in any order give the same
 * records, and a record read "as of" an instant compares these times with it.
 */
import { MS_PER_HOUR } from './iso.ts';
import { parseCalendarDay } from './iso.ts';
import type { Profile } from './profiles.ts';
import type { ZoneClock } from './time.ts';
import type {
  ChargebackFiledEvent,
  ChargebackReason,
  ClaimFiledEvent,
  ClaimFunder,
  ClaimOutcome,
  FeedbackPostedEvent,
  MessageReceivedEvent,
  OrderEvent,
  OrderPlacedEvent,
  ReturnRequestedEvent,
  Violation,
} from './types.ts';

/** Book-keeping the incremental account keeps on a record (unused by the batch path). */
interface Tracked {
  /** Bits this record currently adds to the day table (see metric-table.ts). */
  contribution: number;
  /** Day rows the contribution was added to. */
  contributionDay: number;
  contributionDay2: number;
  /** The violation this record currently holds in the account's list. */
  violation: TrackedViolation | null;
}

/** A violation with its sort key. */
export interface TrackedViolation {
  atMs: number;
  view: Violation;
}

/** Everything known about one order. */
export interface OrderRecord extends Tracked {
  readonly id: string;
  /** True once `order.placed` was applied. */
  defined: boolean;
  placedAt: number;
  placedDay: number;
  fbm: boolean;
  business: boolean;
  shipByDay: number;
  deliverByDay: number;
  shippedAt: number;
  shippedDay: number;
  hasTracking: boolean;
  /** The tracking ID of the shipment in force ('' for none). */
  trackingId: string;
  /** @see IDR-DEF */
  invoiceDeadline: number;
  deliveredAt: number;
  cancelledAt: number;
  cancelledBySeller: boolean;
  invoiceAt: number;
  claims: ClaimRecord[] | null;
  feedback: FeedbackRecord[] | null;
  chargebacks: ChargebackRecord[] | null;
  returns: ReturnRecord[] | null;
  /** Buyer messages that name this order. */
  messages: MessageRecord[] | null;
  /** The `order.placed` event (its extra fields, such as an item name, are read from it). */
  source: OrderPlacedEvent | null;
}

/** A buyer message and its first handling. */
export interface MessageRecord extends Tracked {
  readonly id: string;
  defined: boolean;
  orderId: string | null;
  receivedAt: number;
  receivedDay: number;
  needsReply: boolean;
  /** receivedAt + the reply hours. @see RESP-24H */
  deadline: number;
  /** The first human reply or "no reply needed" mark. */
  handledAt: number;
  handledByReply: boolean;
  /** First automated reply (no reply, RESP-AUTO); kept for explanations. */
  automatedAt: number;
  /** The `message.received` event. */
  source: MessageReceivedEvent | null;
}

/** A return request. */
export interface ReturnRecord extends Tracked {
  readonly id: string;
  defined: boolean;
  orderId: string;
  requestedAt: number;
  /** requestedAt + the answer hours. @see RET-48H */
  deadline: number;
  answeredAt: number;
  /** First answer that sent a return label. */
  labelAt: number;
  /** The `return.requested` event (a `reason` the buyer gave is an extra field of it). */
  source: ReturnRequestedEvent | null;
}

/** One decision on a claim; a later one replaces an earlier one (an appeal). */
export interface ClaimDecision {
  readonly at: number;
  readonly outcome: ClaimOutcome;
  readonly fundedBy: ClaimFunder | null;
}

/** An A-to-Z claim. */
export interface ClaimRecord extends Tracked {
  readonly id: string;
  defined: boolean;
  orderId: string;
  reason: string | null;
  filedAt: number;
  /** @see NOTIFY-DAYS */
  deadline: number;
  answeredAt: number;
  /** The first decision's time: a claim decided by its notification deadline needs no answer. */
  decidedAt: number;
  /**
   * Every decision, by time; at one instant the one ranked first (granted < denied < withdrawn,
   * then funder seller < amazon) comes last, so it is the one in force. @see decisionInForce
   */
  decisions: ClaimDecision[] | null;
  /** The `claim.filed` event (derived claims carry `derived` and `rule` in it). */
  source: ClaimFiledEvent | null;
}

/** Seller feedback. */
export interface FeedbackRecord {
  readonly id: string;
  defined: boolean;
  orderId: string;
  postedAt: number;
  rating: number;
  removedAt: number;
  /** The `feedback.posted` event (its comment is read from it). */
  source: FeedbackPostedEvent | null;
}

/** A chargeback. */
export interface ChargebackRecord extends Tracked {
  readonly id: string;
  defined: boolean;
  orderId: string;
  reason: ChargebackReason | null;
  filedAt: number;
  /** @see NOTIFY-DAYS */
  deadline: number;
  answeredAt: number;
  /** The `chargeback.filed` event. */
  source: ChargebackFiledEvent | null;
}

/** A record an event changed, for the incremental account. */
export type TouchedRecord =
  | { kind: 'order'; record: OrderRecord }
  | { kind: 'message'; record: MessageRecord }
  | { kind: 'return'; record: ReturnRecord }
  | { kind: 'claim'; record: ClaimRecord }
  | { kind: 'chargeback'; record: ChargebackRecord };

/** Kinds of ids events define and reference. */
export type LedgerIdKind = 'order' | 'message' | 'return' | 'claim' | 'feedback' | 'chargeback';

/** Thrown when an event defines an id a previous event already defined. */
export class DuplicateIdError extends Error {}

const OUTCOME_RANK: Record<ClaimOutcome, number> = { granted: 0, denied: 1, withdrawn: 2 };
const FUNDER_RANK: Record<ClaimFunder, number> = { seller: 0, amazon: 1 };

/** True if `at` comes before `current` (NaN: nothing yet). */
function isEarlier(at: number, current: number): boolean {
  return current !== current || at < current;
}

/** All records of one account, folded from its events. */
export class Ledger {
  /** Orders by id. */
  readonly orders = new Map<string, OrderRecord>();
  /** Messages by id. */
  readonly messages = new Map<string, MessageRecord>();
  /** Return requests by id. */
  readonly returns = new Map<string, ReturnRecord>();
  /** Claims by id. */
  readonly claims = new Map<string, ClaimRecord>();
  /** Feedback by id. */
  readonly feedback = new Map<string, FeedbackRecord>();
  /** Chargebacks by id. */
  readonly chargebacks = new Map<string, ChargebackRecord>();
  readonly #clock: ZoneClock;
  readonly #profile: Profile;

  /** An empty ledger whose days are taken on `clock` and deadlines from `profile`. */
  constructor(clock: ZoneClock, profile: Profile) {
    this.#clock = clock;
    this.#profile = profile;
  }

  /** The order record of `id`, created empty if no event named it yet. */
  order(id: string): OrderRecord {
    let order = this.orders.get(id);
    if (order === undefined) {
      order = {
        id,
        defined: false,
        placedAt: NaN,
        placedDay: NaN,
        fbm: false,
        business: false,
        shipByDay: NaN,
        deliverByDay: NaN,
        shippedAt: NaN,
        shippedDay: NaN,
        hasTracking: false,
        trackingId: '',
        invoiceDeadline: NaN,
        deliveredAt: NaN,
        cancelledAt: NaN,
        cancelledBySeller: false,
        invoiceAt: NaN,
        claims: null,
        feedback: null,
        chargebacks: null,
        returns: null,
        messages: null,
        source: null,
        contribution: 0,
        contributionDay: 0,
        contributionDay2: 0,
        violation: null,
      };
      this.orders.set(id, order);
    }
    return order;
  }

  /** The message record of `id`, created empty if needed. */
  message(id: string): MessageRecord {
    let message = this.messages.get(id);
    if (message === undefined) {
      message = {
        id,
        defined: false,
        orderId: null,
        receivedAt: NaN,
        receivedDay: NaN,
        needsReply: false,
        deadline: NaN,
        handledAt: NaN,
        handledByReply: false,
        automatedAt: NaN,
        source: null,
        contribution: 0,
        contributionDay: 0,
        contributionDay2: 0,
        violation: null,
      };
      this.messages.set(id, message);
    }
    return message;
  }

  /** The return record of `id`, created empty if needed. */
  returnRequest(id: string): ReturnRecord {
    let request = this.returns.get(id);
    if (request === undefined) {
      request = {
        id,
        defined: false,
        orderId: '',
        requestedAt: NaN,
        deadline: NaN,
        answeredAt: NaN,
        labelAt: NaN,
        source: null,
        contribution: 0,
        contributionDay: 0,
        contributionDay2: 0,
        violation: null,
      };
      this.returns.set(id, request);
    }
    return request;
  }

  /** The claim record of `id`, created empty if needed. */
  claim(id: string): ClaimRecord {
    let claim = this.claims.get(id);
    if (claim === undefined) {
      claim = {
        id,
        defined: false,
        orderId: '',
        reason: null,
        filedAt: NaN,
        deadline: NaN,
        answeredAt: NaN,
        decidedAt: NaN,
        decisions: null,
        source: null,
        contribution: 0,
        contributionDay: 0,
        contributionDay2: 0,
        violation: null,
      };
      this.claims.set(id, claim);
    }
    return claim;
  }

  /** The feedback record of `id`, created empty if needed. */
  feedbackEntry(id: string): FeedbackRecord {
    let entry = this.feedback.get(id);
    if (entry === undefined) {
      entry = {
        id,
        defined: false,
        orderId: '',
        postedAt: NaN,
        rating: 0,
        removedAt: NaN,
        source: null,
      };
      this.feedback.set(id, entry);
    }
    return entry;
  }

  /** The chargeback record of `id`, created empty if needed. */
  chargeback(id: string): ChargebackRecord {
    let chargeback = this.chargebacks.get(id);
    if (chargeback === undefined) {
      chargeback = {
        id,
        defined: false,
        orderId: '',
        reason: null,
        filedAt: NaN,
        deadline: NaN,
        answeredAt: NaN,
        source: null,
        contribution: 0,
        contributionDay: 0,
        contributionDay2: 0,
        violation: null,
      };
      this.chargebacks.set(id, chargeback);
    }
    return chargeback;
  }

  /**
   * True once an event was folded that is dated before its subject existed (a shipment before
   * its order was placed), in whichever order the two came: validation then names it.
   */
  eventBeforeSubject = false;

  /** Kind of the record the last applied event changed (null: feedback, which has no deadline). */
  lastKind: TouchedRecord['kind'] | null = null;
  /** The record the last applied event changed. */
  lastRecord: OrderRecord | MessageRecord | ReturnRecord | ClaimRecord | ChargebackRecord | null =
    null;
  /** The order whose ODR the last applied event can change, when not lastRecord itself. */
  lastOrder: OrderRecord | null = null;

  /** Marks an id defined without folding an event (validation of a faulty event); false if it already was. */
  define(kind: LedgerIdKind, id: string): boolean {
    const record =
      kind === 'order'
        ? this.order(id)
        : kind === 'message'
          ? this.message(id)
          : kind === 'return'
            ? this.returnRequest(id)
            : kind === 'claim'
              ? this.claim(id)
              : kind === 'feedback'
                ? this.feedbackEntry(id)
                : this.chargeback(id);
    if (record.defined) return false;
    record.defined = true;
    return true;
  }

  /** Ids some event referenced but no event defined, by kind. */
  undefinedIds(): Record<LedgerIdKind, Set<string>> {
    const missing = <T extends { id: string; defined: boolean }>(
      records: Map<string, T>,
    ): Set<string> => {
      const ids = new Set<string>();
      for (const record of records.values()) if (!record.defined) ids.add(record.id);
      return ids;
    };
    return {
      order: missing(this.orders),
      message: missing(this.messages),
      return: missing(this.returns),
      claim: missing(this.claims),
      feedback: missing(this.feedback),
      chargeback: missing(this.chargebacks),
    };
  }

  /** The record the last applied event changed, for the incremental account. */
  lastTouched(): TouchedRecord | null {
    const record = this.lastRecord;
    if (record === null || this.lastKind === null) return null;
    return { kind: this.lastKind, record } as TouchedRecord;
  }

  /**
   * Folds one event (its `at` already parsed to `at`) into the records and notes in lastKind,
   * lastRecord and lastOrder what it changed (no allocation: the batch path folds a million).
   * Throws DuplicateIdError when the event defines an id that is already defined.
   */
  apply(event: OrderEvent, at: number): void {
    this.lastOrder = null;
    const clock = this.#clock;
    const profile = this.#profile;
    switch (event.type) {
      case 'order.placed': {
        const order = this.order(event.orderId);
        if (order.defined) throw new DuplicateIdError(`duplicate order id "${event.orderId}"`);
        order.defined = true;
        order.placedAt = at;
        if (
          order.shippedAt < at ||
          order.deliveredAt < at ||
          order.cancelledAt < at ||
          order.invoiceAt < at ||
          childBefore(order, at)
        )
          this.eventBeforeSubject = true;
        order.placedDay = clock.localDay(at);
        order.fbm = event.fulfillment === 'FBM';
        order.business = event.business === true;
        order.shipByDay = event.shipBy === undefined ? NaN : parseCalendarDay(event.shipBy);
        order.deliverByDay =
          event.deliverBy === undefined ? NaN : parseCalendarDay(event.deliverBy);
        order.source = event;
        this.#touch('order', order, order);
        return;
      }
      case 'order.shipped': {
        const order = this.order(event.orderId);
        if (at < order.placedAt) this.eventBeforeSubject = true;
        const hasTracking = typeof event.trackingId === 'string' && event.trackingId !== '';
        if (
          isEarlier(at, order.shippedAt) ||
          (at === order.shippedAt && hasTracking && !order.hasTracking)
        ) {
          order.shippedAt = at;
          order.shippedDay = clock.localDay(at);
          order.hasTracking = hasTracking;
          order.trackingId = hasTracking ? (event.trackingId as string) : '';
          order.invoiceDeadline = clock.invoiceDeadline(at, profile.idr.businessWeekdays); // IDR-DEF
        }
        this.#touch('order', order, order);
        return;
      }
      case 'order.delivered': {
        const order = this.order(event.orderId);
        if (at < order.placedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, order.deliveredAt)) order.deliveredAt = at;
        this.#touch('order', order, order);
        return;
      }
      case 'order.cancelled': {
        const order = this.order(event.orderId);
        if (at < order.placedAt) this.eventBeforeSubject = true;
        const bySeller = event.by === 'seller';
        if (isEarlier(at, order.cancelledAt) || (at === order.cancelledAt && bySeller)) {
          order.cancelledAt = at;
          order.cancelledBySeller = bySeller;
        }
        this.#touch('order', order, order);
        return;
      }
      case 'invoice.uploaded': {
        const order = this.order(event.orderId);
        if (at < order.placedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, order.invoiceAt)) order.invoiceAt = at;
        this.#touch('order', order, order);
        return;
      }
      case 'message.received': {
        const message = this.message(event.messageId);
        if (message.defined)
          throw new DuplicateIdError(`duplicate message id "${event.messageId}"`);
        message.defined = true;
        message.orderId = event.orderId ?? null;
        message.receivedAt = at;
        message.receivedDay = clock.localDay(at);
        message.needsReply = event.needsReply !== false;
        message.deadline = at + profile.lateResponse.replyHours * MS_PER_HOUR; // RESP-24H, RESP-ALLDAYS
        message.source = event;
        if (message.handledAt < at || message.automatedAt < at) this.eventBeforeSubject = true;
        if (event.orderId !== undefined) {
          const order = this.order(event.orderId);
          if (at < order.placedAt) this.eventBeforeSubject = true;
          (order.messages ??= []).push(message);
        }
        this.#touch('message', message, null);
        return;
      }
      case 'message.replied': {
        const message = this.message(event.messageId);
        if (at < message.receivedAt) this.eventBeforeSubject = true;
        if (event.automated === true) {
          if (isEarlier(at, message.automatedAt)) message.automatedAt = at; // RESP-AUTO: no reply
        } else if (
          isEarlier(at, message.handledAt) ||
          (at === message.handledAt && !message.handledByReply)
        ) {
          message.handledAt = at;
          message.handledByReply = true;
        }
        this.#touch('message', message, null);
        return;
      }
      case 'message.noReplyNeeded': {
        const message = this.message(event.messageId);
        if (at < message.receivedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, message.handledAt)) {
          message.handledAt = at; // RESP-NRR
          message.handledByReply = false;
        }
        this.#touch('message', message, null);
        return;
      }
      case 'return.requested': {
        const request = this.returnRequest(event.returnId);
        if (request.defined) throw new DuplicateIdError(`duplicate return id "${event.returnId}"`);
        request.defined = true;
        request.orderId = event.orderId;
        request.requestedAt = at;
        request.deadline = at + profile.returns.answerHours * MS_PER_HOUR; // RET-48H
        request.source = event;
        const order = this.order(event.orderId);
        if (request.answeredAt < at || at < order.placedAt) this.eventBeforeSubject = true;
        (order.returns ??= []).push(request);
        this.#touch('return', request, order);
        return;
      }
      case 'return.answered': {
        const request = this.returnRequest(event.returnId);
        if (at < request.requestedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, request.answeredAt)) request.answeredAt = at;
        if (event.labelSent !== false && isEarlier(at, request.labelAt)) request.labelAt = at;
        this.#touch('return', request, null);
        return;
      }
      case 'claim.filed': {
        const claim = this.claim(event.claimId);
        if (claim.defined) throw new DuplicateIdError(`duplicate claim id "${event.claimId}"`);
        claim.defined = true;
        claim.orderId = event.orderId;
        claim.reason = event.reason ?? null;
        claim.filedAt = at;
        claim.deadline = clock.addCalendarDays(at, profile.notify.claimDays); // NOTIFY-DAYS
        claim.source = event;
        const order = this.order(event.orderId);
        if (claim.answeredAt < at || claim.decidedAt < at || at < order.placedAt)
          this.eventBeforeSubject = true;
        (order.claims ??= []).push(claim);
        this.#touch('claim', claim, order);
        return;
      }
      case 'claim.answered': {
        const claim = this.claim(event.claimId);
        if (at < claim.filedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, claim.answeredAt)) claim.answeredAt = at;
        this.#touch('claim', claim, this.#orderOf(claim.orderId));
        return;
      }
      case 'claim.decided': {
        const claim = this.claim(event.claimId);
        if (at < claim.filedAt) this.eventBeforeSubject = true;
        // A2Z-COUNTS: a later decision replaces an earlier one (an appeal); all are kept, by time.
        insertDecision(claim, { at, outcome: event.outcome, fundedBy: event.fundedBy ?? null });
        if (isEarlier(at, claim.decidedAt)) claim.decidedAt = at;
        this.#touch('claim', claim, this.#orderOf(claim.orderId));
        return;
      }
      case 'feedback.posted': {
        const entry = this.feedbackEntry(event.feedbackId);
        if (entry.defined)
          throw new DuplicateIdError(`duplicate feedback id "${event.feedbackId}"`);
        entry.defined = true;
        entry.orderId = event.orderId;
        entry.postedAt = at;
        entry.rating = event.rating;
        entry.source = event;
        const order = this.order(event.orderId);
        if (entry.removedAt < at || at < order.placedAt) this.eventBeforeSubject = true;
        (order.feedback ??= []).push(entry);
        this.#touch(null, null, order);
        return;
      }
      case 'feedback.removed': {
        const entry = this.feedbackEntry(event.feedbackId);
        if (at < entry.postedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, entry.removedAt)) entry.removedAt = at;
        this.#touch(null, null, this.#orderOf(entry.orderId));
        return;
      }
      case 'chargeback.filed': {
        const chargeback = this.chargeback(event.chargebackId);
        if (chargeback.defined)
          throw new DuplicateIdError(`duplicate chargeback id "${event.chargebackId}"`);
        chargeback.defined = true;
        chargeback.orderId = event.orderId;
        chargeback.reason = event.reason;
        chargeback.filedAt = at;
        chargeback.deadline = clock.addCalendarDays(at, profile.notify.chargebackDays); // NOTIFY-DAYS
        chargeback.source = event;
        const order = this.order(event.orderId);
        if (chargeback.answeredAt < at || at < order.placedAt) this.eventBeforeSubject = true;
        (order.chargebacks ??= []).push(chargeback);
        this.#touch('chargeback', chargeback, order);
        return;
      }
      case 'chargeback.answered': {
        const chargeback = this.chargeback(event.chargebackId);
        if (at < chargeback.filedAt) this.eventBeforeSubject = true;
        if (isEarlier(at, chargeback.answeredAt)) chargeback.answeredAt = at;
        this.#touch('chargeback', chargeback, null);
        return;
      }
    }
  }

  #touch(
    kind: TouchedRecord['kind'] | null,
    record: Ledger['lastRecord'],
    order: OrderRecord | null,
  ): void {
    this.lastKind = kind;
    this.lastRecord = record;
    this.lastOrder = order === record ? null : order;
  }

  #orderOf(orderId: string): OrderRecord | null {
    return orderId === '' ? null : (this.orders.get(orderId) ?? null);
  }
}

function funderRank(funder: ClaimFunder | null): number {
  return funder === null ? 2 : FUNDER_RANK[funder];
}

/** True if a claim, return, feedback, chargeback or message of the order exists before `at`. */
function childBefore(order: OrderRecord, at: number): boolean {
  return (
    (order.claims !== null && order.claims.some((claim) => claim.filedAt < at)) ||
    (order.returns !== null && order.returns.some((request) => request.requestedAt < at)) ||
    (order.feedback !== null && order.feedback.some((entry) => entry.postedAt < at)) ||
    (order.chargebacks !== null && order.chargebacks.some((entry) => entry.filedAt < at)) ||
    (order.messages !== null && order.messages.some((message) => message.receivedAt < at))
  );
}

/** Sort key of decisions: by time; at one instant the first-ranked last (it is the one in force). */
function compareDecisions(a: ClaimDecision, b: ClaimDecision): number {
  return (
    a.at - b.at ||
    OUTCOME_RANK[b.outcome] - OUTCOME_RANK[a.outcome] ||
    funderRank(b.fundedBy) - funderRank(a.fundedBy)
  );
}

/** Adds a decision to a claim, keeping the list sorted (so the fold stays order-free). */
function insertDecision(claim: ClaimRecord, decision: ClaimDecision): void {
  const list = (claim.decisions ??= []);
  let index = list.length;
  while (index > 0 && compareDecisions(list[index - 1]!, decision) > 0) index--;
  list.splice(index, 0, decision);
}

/** The decision in force on a claim as of `asOf`: the latest one made by then, or null. @see A2Z-COUNTS */
export function decisionInForce(claim: ClaimRecord, asOf: number): ClaimDecision | null {
  const list = claim.decisions;
  if (list === null) return null;
  for (let index = list.length - 1; index >= 0; index--)
    if (list[index]!.at <= asOf) return list[index]!;
  return null;
}
