/**
 * Thin helpers behind the lesson calculators. Each builds a small order history and runs the
 * same engine (validation, report, what-if) that measures real histories; none computes a
 * figure on its own.
 */
import { engineContext } from './context.ts';
import { localDateTimeToInstant } from './local-time.ts';
import { MS_PER_HOUR, parseInstant } from './iso.ts';
import { marketplaces, profiles } from './profiles.ts';
import { computeReport, historyView } from './report.ts';
import { levelOf } from './rules.ts';
import type {
  MetricLevel,
  MetricStatus,
  MarketplaceName,
  OrderEvent,
  ProfileName,
} from './types.ts';
import { validateHistory } from './validate.ts';
import { whatIfOf } from './what-if.ts';

/** The defects of one order in the ODR calculator (several on one order are allowed). */
export interface OrderDefects {
  claim?: boolean;
  negativeFeedback?: boolean;
  chargeback?: boolean;
}

/** The ODR calculator's input: N orders, the defects of the first few, and the day it is. */
export interface OdrCalculatorInput {
  orders: number;
  defects: readonly OrderDefects[];
  profile?: ProfileName;
  /** The moment the ODR is measured (ISO-8601 with offset): time is an argument. */
  asOf: string;
}

/** The ODR figures of a profile that a lesson shows beside its calculators. */
export interface OdrFigures {
  /** @see ODR-TARGET */
  target: number;
  /** The rate from which ODR is "at risk" (RateTarget.atRiskShare of the target). */
  atRiskFrom: number | null;
  /** @see FB-NEGATIVE */
  negativeFeedbackMaxRating: number;
  /** @see ODR-WINDOW */
  windowDays: number;
  windowEndsDaysBefore: number;
}

/** The ODR figures of a profile, read from its parameters. @see ODR-TARGET @see ODR-WINDOW @see FB-NEGATIVE */
export function odrFigures(profile: ProfileName = 'course'): OdrFigures {
  const { target, window, negativeFeedbackMaxRating } = profiles[profile].odr;
  return {
    target: target.value,
    atRiskFrom: target.atRiskShare === undefined ? null : target.atRiskShare * target.value,
    negativeFeedbackMaxRating,
    windowDays: window.days,
    windowEndsDaysBefore: window.endDaysBefore,
  };
}

/** The ODR calculator's answer. */
export interface OdrCalculatorResult {
  orders: number;
  /** Orders with at least one defect: what ODR counts (ODR-DEDUP). */
  defectiveOrders: number;
  /** Every defect entered, so the lesson can show one count per order at work. */
  defectsEntered: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
  /** The status with the warning level between: 0.9% against 1% is at risk. */
  level: MetricLevel;
  /** More orders that could turn defective before ODR breaches. */
  headroom: number;
}

/** Throws a RangeError unless n is a whole number from 0 to max. */
function requireCount(n: number, max: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new RangeError(`${what}: a whole number from 0 to ${max}, got ${n}`);
}

/**
 * ODR of "N orders, these defects": a history of N orders placed on one day inside the
 * profile's window, a claim / 1-star feedback / service chargeback on each order as entered,
 * measured by the engine. @see ODR-DEF @see ODR-DEDUP @see ODR-EXAMPLE
 */
export function odrCalculator(input: OdrCalculatorInput): OdrCalculatorResult {
  requireCount(input.orders, 100_000, 'orders');
  requireCount(input.defects.length, input.orders, 'orders with defects');
  const profile = input.profile ?? 'course';
  const context = engineContext({ profile, marketplace: 'amazon.de' });
  const { asOf } = input;
  if (parseInstant(asOf) !== parseInstant(asOf))
    throw new RangeError(`asOf: not an ISO-8601 date-time with offset: ${asOf}`);
  const asOfDay = context.clock.localDay(parseInstant(asOf));
  const placedDay = asOfDay - context.profile.odr.window.endDaysBefore - 1;
  const placedAt = context.clock.dayStart(placedDay) + 10 * MS_PER_HOUR;
  const at = (hours: number): string => context.clock.formatInstant(placedAt + hours * MS_PER_HOUR);
  const events: OrderEvent[] = [];
  let defectsEntered = 0;
  for (let i = 0; i < input.orders; i++) {
    const orderId = `O${i + 1}`;
    events.push({ type: 'order.placed', at: at(0), orderId, fulfillment: 'FBM' });
    const defects = input.defects[i];
    if (defects === undefined) continue;
    if (defects.claim === true)
      events.push({ type: 'claim.filed', at: at(1), claimId: `C${i + 1}`, orderId });
    if (defects.negativeFeedback === true)
      events.push({
        type: 'feedback.posted',
        at: at(2),
        feedbackId: `F${i + 1}`,
        orderId,
        rating: 1,
      });
    if (defects.chargeback === true)
      events.push({
        type: 'chargeback.filed',
        at: at(3),
        chargebackId: `B${i + 1}`,
        orderId,
        reason: 'service',
      });
    defectsEntered +=
      Number(defects.claim === true) +
      Number(defects.negativeFeedback === true) +
      Number(defects.chargeback === true);
  }
  const checked = validateHistory({ profile, marketplace: 'amazon.de', asOf, events });
  if (!checked.ok)
    throw new Error(`calculator built an invalid history: ${checked.errors[0]?.message ?? ''}`);
  const whatIf = whatIfOf(historyView(checked.history));
  const { odr } = whatIf;
  return {
    orders: odr.orders,
    defectiveOrders: odr.defective,
    defectsEntered,
    rate: odr.rate,
    target: odr.target,
    status: odr.status,
    level: levelOf(odr.rate, context.profile.odr.target),
    headroom: whatIf.headroom,
  };
}

/** The invoice deadline calculator's answer. */
export interface InvoiceDeadlineResult {
  /** ISO-8601 with the marketplace's offset, or null where IDR does not apply. */
  deadline: string | null;
  /** The marketplace's IANA zone, on whose clock the deadline falls (the page words it). */
  timeZone: string;
  /** Why there is no deadline, when there is none. */
  note: string | null;
}

/**
 * The invoice deadline of a shipment confirmed at a local date-time (`2026-03-27T15:00`) on a
 * marketplace: the engine measures a business order shipped then with no invoice and reports
 * when the IDR-DEF deadline passed. @see IDR-DEF @see IDR-BDAYS @see IDR-WINDOW
 */
export function invoiceDeadlineCalculator(
  shippedAtLocal: string,
  marketplace: MarketplaceName = 'amazon.de',
): InvoiceDeadlineResult {
  const { timeZone } = marketplaces[marketplace];
  const context = engineContext({ marketplace });
  const shippedAt = localDateTimeToInstant(shippedAtLocal, timeZone);
  if (Number.isNaN(shippedAt)) {
    throw new RangeError(`not a local date-time (YYYY-MM-DDTHH:mm): ${shippedAtLocal}`);
  }
  const text = (ms: number): string => context.clock.formatInstant(ms);
  const history = {
    marketplace,
    asOf: text(shippedAt + 14 * 24 * MS_PER_HOUR),
    events: [
      {
        type: 'order.placed',
        at: text(shippedAt - MS_PER_HOUR),
        orderId: 'INV-1',
        fulfillment: 'FBM',
        business: true,
      },
      { type: 'order.shipped', at: text(shippedAt), orderId: 'INV-1', trackingId: 'T' },
    ],
  };
  const checked = validateHistory(history);
  if (!checked.ok)
    throw new RangeError(`${shippedAtLocal}: ${checked.errors[0]?.message ?? 'invalid'}`);
  const violation = computeReport(checked.history).violations.find(
    (entry) => entry.rule === 'IDR-DEF',
  );
  if (violation === undefined)
    return {
      deadline: null,
      timeZone,
      note: `No invoice deadline: invoices are required on EU marketplaces only, not on ${marketplace}.`,
    };
  return { deadline: violation.at, timeZone, note: null };
}
