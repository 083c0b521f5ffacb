/**
 * The metrics report of the contract, read from a view of the account (its records, its day
 * table and its violations as of an instant), and the batch path that builds that view from a
 * whole history in one pass.
 */
import { compareText } from './text-order.ts';
import { engineContext } from './context.ts';
import type { EngineContext } from './context.ts';
import { formatCalendarDay, parseInstant } from './iso.ts';
import { COLUMN, DayTable } from './metric-table.ts';
import type { DayWindow } from './profiles.ts';
import { Ledger } from './records.ts';
import type { TrackedViolation } from './records.ts';
import {
  chargebackViolation,
  claimViolation,
  invoiceViolation,
  messageContribution,
  messageViolation,
  orderContribution,
  rateOf,
  returnViolation,
  statusOf,
} from './rules.ts';
import type {
  History,
  IdrReport,
  LateResponseReport,
  OdrReport,
  Report,
  Violation,
} from './types.ts';

/** An account as of one instant: what every reader (report, explain, what-if, tasks) reads. */
export interface AccountView extends EngineContext {
  readonly ledger: Ledger;
  /** Contributions of every record as of `asOf`. */
  readonly table: DayTable;
  /** Violations up to `asOf`, sorted by at, rule, subject. */
  readonly violations: readonly Violation[];
  /** The instant the view describes. */
  readonly asOf: number;
}

/** First and last local day (day numbers) of a window as of a local day. */
export function windowDays(window: DayWindow, asOfDay: number): { from: number; to: number } {
  const to = asOfDay - window.endDaysBefore;
  return { from: to - window.days + 1, to };
}

/** Orders versus violations: sort by at, then rule, then subject (code-unit order). */
export function compareViolations(a: TrackedViolation, b: TrackedViolation): number {
  if (a.atMs !== b.atMs) return a.atMs - b.atMs;
  return compareText(a.view.rule, b.view.rule) || compareText(a.view.subject, b.view.subject);
}

/** A violation entry of the report. */
export function trackedViolation(
  context: EngineContext,
  rule: string,
  subject: string,
  atMs: number,
): TrackedViolation {
  return { atMs, view: Object.freeze({ rule, subject, at: context.clock.formatInstant(atMs) }) };
}

/**
 * Every missed deadline up to `asOf`, over the whole history, sorted.
 * @see RESP-24H @see RET-48H @see IDR-DEF @see NOTIFY-DAYS
 */
function collectViolations(
  context: EngineContext,
  ledger: Ledger,
  asOf: number,
): TrackedViolation[] {
  const found: TrackedViolation[] = [];
  for (const message of ledger.messages.values()) {
    const at = messageViolation(message, asOf);
    if (at === at) found.push(trackedViolation(context, 'RESP-24H', message.id, at));
  }
  for (const request of ledger.returns.values()) {
    const at = returnViolation(request, asOf);
    if (at === at) found.push(trackedViolation(context, 'RET-48H', request.id, at));
  }
  for (const order of ledger.orders.values()) {
    const at = invoiceViolation(order, asOf, context.marketplace);
    if (at === at) found.push(trackedViolation(context, 'IDR-DEF', order.id, at));
  }
  for (const claim of ledger.claims.values()) {
    const at = claimViolation(claim, asOf);
    if (at === at) found.push(trackedViolation(context, 'NOTIFY-DAYS', claim.id, at));
  }
  for (const chargeback of ledger.chargebacks.values()) {
    const at = chargebackViolation(chargeback, asOf);
    if (at === at) found.push(trackedViolation(context, 'NOTIFY-DAYS', chargeback.id, at));
  }
  return found.sort(compareViolations);
}

/** Builds the day table of a ledger as of `asOf` by classifying every record (full recompute). */
function scanTable(context: EngineContext, ledger: Ledger, asOf: number): DayTable {
  const table = new DayTable();
  // A record that adds nothing (bits 0) leaves the table as it is.
  for (const order of ledger.orders.values()) {
    const bits = orderContribution(order, asOf, context.profile, context.marketplace);
    table.addOrder(bits, order.placedDay, order.shippedDay, 1);
  }
  for (const message of ledger.messages.values())
    table.addMessage(messageContribution(message, asOf), message.receivedDay, 1);
  return table;
}

/** The view of a ledger as of `asOf`, computed from scratch. */
export function scanView(context: EngineContext, ledger: Ledger, asOf: number): AccountView {
  return {
    ...context,
    ledger,
    table: scanTable(context, ledger, asOf),
    violations: Object.freeze(collectViolations(context, ledger, asOf).map((entry) => entry.view)),
    asOf,
  };
}

/**
 * Folds a validated history into a ledger. One pass, no sort: the ledger's fold does not
 * depend on the order of the events (see records.ts).
 */
export function ledgerOf(context: EngineContext, history: History): Ledger {
  const ledger = new Ledger(context.clock, context.profile);
  for (const event of history.events) ledger.apply(event, parseInstant(event.at));
  return ledger;
}

/**
 * The view of a validated history at its asOf. Events after asOf are in the ledger but every
 * rule compares their times with asOf, so they count for nothing. `ledger`: the one
 * validateHistory built for this history (saves folding the events twice).
 */
export function historyView(history: History, ledger?: Ledger): AccountView {
  const context = engineContext(history);
  const asOf = parseInstant(history.asOf);
  if (asOf !== asOf) throw new RangeError(`asOf: not an ISO-8601 date-time with offset`);
  return scanView(context, ledger ?? ledgerOf(context, history), asOf);
}

const odrSums = new Int32Array(10);

/**
 * ODR as of the view: orders placed in the window (local days), each counted once however many
 * defects it has; rate = defective ÷ orders, exact; ok when rate < target.
 * @see ODR-DEF @see ODR-WINDOW @see ODR-DEDUP @see ODR-TARGET
 */
export function odrOf(view: AccountView, fulfilment: 'all' | 'FBA' | 'FBM' = 'all'): OdrReport {
  const { from, to } = windowDays(view.profile.odr.window, view.clock.localDay(view.asOf));
  // The ten ODR columns (five FBA/FBM pairs) are adjacent: one pass over the window's rows.
  const sums = view.table.sumColumns(COLUMN.orders, 10, from, to, odrSums);
  const sum = (column: number): number =>
    (fulfilment === 'FBM' ? 0 : sums[column]!) + (fulfilment === 'FBA' ? 0 : sums[column + 1]!);
  const orders = sum(COLUMN.orders);
  const defective = sum(COLUMN.defective);
  const rate = rateOf(defective, orders);
  return {
    from: formatCalendarDay(from),
    to: formatCalendarDay(to),
    orders,
    defective,
    claims: sum(COLUMN.claims),
    negativeFeedback: sum(COLUMN.negativeFeedback),
    chargebacks: sum(COLUMN.chargebacks),
    rate,
    target: view.profile.odr.target.value,
    status: statusOf(rate, view.profile.odr.target),
  };
}

/**
 * IDR as of the view: business orders placed in the IDR window, shipped, not cancelled, whose
 * deadline passed or whose invoice is in; late + missing are defective. Marketplaces outside
 * the EU count nothing (rate null).
 * @see IDR-DEF @see IDR-WINDOW @see IDR-TARGET
 */
export function idrOf(view: AccountView): IdrReport {
  const { from, to } = windowDays(view.profile.idr.window, view.clock.localDay(view.asOf));
  const onTime = view.table.sum(COLUMN.invoiceOnTime, from, to);
  const late = view.table.sum(COLUMN.invoiceLate, from, to);
  const missing = view.table.sum(COLUMN.invoiceMissing, from, to);
  const orders = onTime + late + missing;
  const rate = rateOf(late + missing, orders);
  return {
    orders,
    defective: late + missing,
    late,
    missing,
    rate,
    target: view.profile.idr.target.value,
    status: statusOf(rate, view.profile.idr.target),
  };
}

/**
 * Late response as of the view: messages needing a reply received in the window whose hours
 * passed or that were handled; ok when rate < target.
 * @see RESP-METRIC @see RESP-24H
 */
export function lateResponseOf(view: AccountView): LateResponseReport {
  const { from, to } = windowDays(view.profile.lateResponse.window, view.clock.localDay(view.asOf));
  const messages = view.table.sum(COLUMN.messages, from, to);
  const late = view.table.sum(COLUMN.lateMessages, from, to);
  const rate = rateOf(late, messages);
  return {
    messages,
    late,
    rate,
    target: view.profile.lateResponse.target.value,
    status: statusOf(rate, view.profile.lateResponse.target),
  };
}

/** The contract's report of a view; `asOfText` is echoed as given. */
export function reportOf(view: AccountView, asOfText: string): Report {
  return {
    asOf: asOfText,
    profile: view.settings.profile,
    odr: odrOf(view),
    idr: idrOf(view),
    lateResponse: lateResponseOf(view),
    violations: view.violations,
  };
}

/** The report of a validated history (the batch path of the `metrics` command); `ledger` as for historyView. */
export function computeReport(history: History, ledger?: Ledger): Report {
  return reportOf(historyView(history, ledger), history.asOf);
}
