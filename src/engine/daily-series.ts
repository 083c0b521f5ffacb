/**
 * The daily series of the account metrics: ODR, IDR and the late response rate as of the end of
 * each local day of a range, as the report would give them at that moment, in one sweep.
 *
 * A report sums a window of day rows of what each record adds as of its moment. What a record
 * adds changes only at the instants of its own events and deadlines (placed, shipped, invoice
 * in, the invoice deadline passing, a claim filed or decided, feedback posted or removed...).
 * So each record is classified by the rules only on the days such an instant falls on, and the
 * difference is added to one day table as the sweep reaches that day: the cost is the number of
 * records and their events, plus one window sum per day, instead of one full report per day.
 * The rules are the report's own (`orderContribution`, `messageContribution` of rules.ts; the
 * windows and sums of report.ts), so a point equals the report at its day's last millisecond.
 * @see ODR-DEF @see ODR-WINDOW @see IDR-DEF @see IDR-WINDOW @see RESP-METRIC
 */
import type { EngineContext } from './context.ts';
import { formatCalendarDay, parseCalendarDay } from './iso.ts';
import { DayTable } from './metric-table.ts';
import { readingView } from './read-model.ts';
import type { AccountReading } from './read-model.ts';
import type { Ledger, MessageRecord, OrderRecord } from './records.ts';
import { idrOf, lateResponseOf, odrOf } from './report.ts';
import type { AccountView } from './report.ts';
import { messageContribution, orderContribution } from './rules.ts';

/** The most days one series may cover (ten years): a guard against a typing slip in a range. */
export const MAX_SERIES_DAYS = 3660;

/** The metrics on each day of a range, column by column (index k is `days[k]`). */
export interface DailySeries {
  /** Local calendar days (YYYY-MM-DD) in the account's zone, first to last. */
  days: string[];
  /** ODR as of the end of each day (null: no order counted). */
  odr: (number | null)[];
  /** Orders in the ODR window, and those defective, on each day. */
  odrOrders: number[];
  odrDefective: number[];
  /** IDR as of the end of each day (null: no invoice counted). */
  idr: (number | null)[];
  idrOrders: number[];
  idrDefective: number[];
  /** Late response rate as of the end of each day (null: no message counted). */
  lateResponse: (number | null)[];
  messages: number[];
  lateMessages: number[];
  /** The profile's targets, for the target lines. */
  targets: { odr: number; idr: number; lateResponse: number };
}

/** A change in what one record adds to the day table, on the day it happens. */
interface Change {
  order: OrderRecord | null;
  message: MessageRecord | null;
  before: number;
  after: number;
}

/** The last millisecond of a local day: the moment a point describes. */
function dayEnd(context: EngineContext, day: number): number {
  return context.clock.dayStart(day + 1) - 1;
}

/** The distinct local days of some instants (NaN skipped), in increasing order. */
function daysOf(context: EngineContext, instants: number[]): number[] {
  const days: number[] = [];
  for (const instant of instants)
    if (instant === instant) days.push(context.clock.localDay(instant));
  days.sort((a, b) => a - b);
  return days.filter((day, index) => index === 0 || day !== days[index - 1]);
}

/** The instants at which what an order adds can change (a deadline: the moment after it). */
function orderInstants(order: OrderRecord): number[] {
  const instants = [
    order.placedAt,
    order.shippedAt,
    order.invoiceAt,
    order.invoiceDeadline + 1,
    order.cancelledAt,
  ];
  for (const claim of order.claims ?? []) {
    instants.push(claim.filedAt, claim.decidedAt);
    for (const decision of claim.decisions ?? []) instants.push(decision.at);
  }
  for (const entry of order.feedback ?? []) instants.push(entry.postedAt, entry.removedAt);
  for (const chargeback of order.chargebacks ?? []) instants.push(chargeback.filedAt);
  return instants;
}

/**
 * ODR, IDR and late response as of the end of each local day from `from` to `to` (YYYY-MM-DD,
 * both included) of the account a reading belongs to: every event its account holds counts
 * from its own time on (a reading of an earlier moment gives the same series).
 */
export function dailySeries(reading: AccountReading, from: string, to: string): DailySeries {
  const first = parseCalendarDay(from);
  const last = parseCalendarDay(to);
  if (first !== first) throw new RangeError(`from: not a calendar date (YYYY-MM-DD): ${from}`);
  if (last !== last) throw new RangeError(`to: not a calendar date (YYYY-MM-DD): ${to}`);
  const view = readingView(reading);
  return dailySeriesOf(view, view.ledger, first, last);
}

/**
 * ODR, IDR and late response as of the last millisecond of each local day from `fromDay` to
 * `toDay` (day numbers, both included), from the records of a ledger.
 */
function dailySeriesOf(
  context: EngineContext,
  ledger: Ledger,
  fromDay: number,
  toDay: number,
): DailySeries {
  if (!Number.isInteger(fromDay) || !Number.isInteger(toDay) || toDay < fromDay)
    throw new RangeError(
      `daily series: a range of days from first to last, got ${fromDay}..${toDay}`,
    );
  if (toDay - fromDay + 1 > MAX_SERIES_DAYS)
    throw new RangeError(`daily series: at most ${MAX_SERIES_DAYS} days`);
  const { profile, marketplace } = context;
  const table = new DayTable();
  const length = toDay - fromDay + 1;
  const pending: Change[][] = Array.from({ length }, () => []);

  /** Applies a change now (before the range) or keeps it for its day (beyond the range: never). */
  const note = (day: number, change: Change): void => {
    if (day < fromDay) apply(change);
    else if (day <= toDay) pending[day - fromDay]!.push(change);
  };
  const apply = (change: Change): void => {
    if (change.order !== null) {
      const { placedDay, shippedDay } = change.order;
      table.addOrder(change.before, placedDay, shippedDay, -1);
      table.addOrder(change.after, placedDay, shippedDay, 1);
    } else if (change.message !== null) {
      const { receivedDay } = change.message;
      table.addMessage(change.before, receivedDay, -1);
      table.addMessage(change.after, receivedDay, 1);
    }
  };

  for (const order of ledger.orders.values()) {
    if (!order.defined) continue;
    let before = 0;
    for (const day of daysOf(context, orderInstants(order))) {
      const after = orderContribution(order, dayEnd(context, day), profile, marketplace);
      if (after !== before) note(day, { order, message: null, before, after });
      before = after;
    }
  }
  for (const message of ledger.messages.values()) {
    if (!message.defined) continue;
    let before = 0;
    const instants = [message.receivedAt, message.handledAt, message.deadline + 1];
    for (const day of daysOf(context, instants)) {
      const after = messageContribution(message, dayEnd(context, day));
      if (after !== before) note(day, { order: null, message, before, after });
      before = after;
    }
  }

  const series: DailySeries = {
    days: [],
    odr: [],
    odrOrders: [],
    odrDefective: [],
    idr: [],
    idrOrders: [],
    idrDefective: [],
    lateResponse: [],
    messages: [],
    lateMessages: [],
    targets: {
      odr: profile.odr.target.value,
      idr: profile.idr.target.value,
      lateResponse: profile.lateResponse.target.value,
    },
  };
  for (let day = fromDay; day <= toDay; day++) {
    for (const change of pending[day - fromDay]!) apply(change);
    const view: AccountView = {
      ...context,
      ledger,
      table,
      violations: [],
      asOf: dayEnd(context, day),
    };
    const odr = odrOf(view);
    const idr = idrOf(view);
    const late = lateResponseOf(view);
    series.days.push(formatCalendarDay(day));
    series.odr.push(odr.rate);
    series.odrOrders.push(odr.orders);
    series.odrDefective.push(odr.defective);
    series.idr.push(idr.rate);
    series.idrOrders.push(idr.orders);
    series.idrDefective.push(idr.defective);
    series.lateResponse.push(late.rate);
    series.messages.push(late.messages);
    series.lateMessages.push(late.late);
  }
  return series;
}
