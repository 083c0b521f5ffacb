/**
 * The lesson's window timeline: an account taking the same number of orders every day, some
 * of them defective, and the ODR on each day a defective order leaves the window. Orders keep
 * coming at the same pace after today and no new defect arrives, so the figures show the
 * window sliding on its own. Every figure is the engine's report on a date; nothing is
 * computed here but the dates to ask for. @see ODR-WINDOW @see ODR-DEF @see ODR-TARGET
 */
import { odrFigures } from './calculators.ts';
import type { OdrFigures, OrderDefects } from './calculators.ts';
import { engineContext } from './context.ts';
import { formatCalendarDay, MS_PER_HOUR, parseCalendarDay, parseInstant } from './iso.ts';
import { computeReport, ledgerOf } from './report.ts';
import { levelOf } from './rules.ts';
import { compareText } from './text-order.ts';
import type { MetricLevel, MetricStatus, OrderEvent, ProfileName } from './types.ts';
import { validateHistory } from './validate.ts';

/** A defective order on the timeline, placed `daysAgo` days before today. */
export type TimelineDefect = OrderDefects & { daysAgo: number };

/** The ODR on one date. */
export interface TimelinePoint {
  date: string;
  orders: number;
  defective: number;
  rate: number | null;
  status: MetricStatus;
  /** The status with the at-risk level between ok and breach. */
  level: MetricLevel;
}

/** A defective order and the first date its defects stop counting. */
export interface TimelineOrder {
  orderId: string;
  placedOn: string;
  leavesOn: string;
  kinds: ('claim' | 'negativeFeedback' | 'chargeback')[];
}

/** The timeline's answer. */
export interface TimelineResult {
  /** The profile's ODR figures (target, window) the lesson shows beside it. */
  figures: OdrFigures;
  /** The most days before today a defective order can be placed and still count. */
  maxDaysAgo: number;
  /** Today's window, first and last day. */
  window: { from: string; to: string };
  today: TimelinePoint;
  /** Defective orders, earliest to leave first. */
  orders: TimelineOrder[];
  /** The ODR on each date a defective order leaves (several leaving the same day share one point). */
  departures: TimelinePoint[];
  /** The first of those dates with ODR under target; null if it already is, or never gets there. */
  backUnderTargetOn: string | null;
}

const KINDS = ['claim', 'negativeFeedback', 'chargeback'] as const;

/** How far back a defective order can be placed and still count under a profile. @see ODR-WINDOW */
export function timelineMaxDaysAgo(profile: ProfileName = 'course'): number {
  const figures = odrFigures(profile);
  return figures.windowDays + figures.windowEndsDaysBefore - 1;
}

/** The ODR timeline of a steady account with these defective orders, as of `today` (ISO-8601 with offset). */
export function odrTimelineCalculator(input: {
  ordersPerDay: number;
  defects: readonly TimelineDefect[];
  profile?: ProfileName;
  today: string;
}): TimelineResult {
  if (!Number.isInteger(input.ordersPerDay) || input.ordersPerDay < 1 || input.ordersPerDay > 200) {
    throw new RangeError(`ordersPerDay: a whole number from 1 to 200, got ${input.ordersPerDay}`);
  }
  const profile = input.profile ?? 'course';
  const context = engineContext({ profile, marketplace: 'amazon.de' });
  const { window } = context.profile.odr;
  const span = window.days + window.endDaysBefore;
  for (const defect of input.defects) {
    if (!Number.isInteger(defect.daysAgo) || defect.daysAgo < 0 || defect.daysAgo >= span) {
      throw new RangeError(`daysAgo: a whole number from 0 to ${span - 1}, got ${defect.daysAgo}`);
    }
  }
  const todayAt = parseInstant(input.today);
  if (todayAt !== todayAt)
    throw new RangeError(`today: not an ISO-8601 date-time with offset: ${input.today}`);
  const today = context.clock.localDay(todayAt);
  const noon = (day: number) =>
    context.clock.formatInstant(context.clock.dayStart(day) + 12 * MS_PER_HOUR);
  const events: OrderEvent[] = [];
  const defectiveOn = new Map<number, TimelineDefect[]>();
  for (const defect of input.defects)
    defectiveOn.set(today - defect.daysAgo, [
      ...(defectiveOn.get(today - defect.daysAgo) ?? []),
      defect,
    ]);
  // Orders from the oldest day any window up to the last departure can see, to that departure.
  for (let day = today - span + 1; day <= today + span; day += 1) {
    const placed = context.clock.dayStart(day) + 9 * MS_PER_HOUR;
    const defects = day <= today ? (defectiveOn.get(day) ?? []) : [];
    for (let index = 0; index < Math.max(input.ordersPerDay, defects.length); index += 1) {
      const orderId = `D${day - today}-${index + 1}`;
      events.push({
        type: 'order.placed',
        at: context.clock.formatInstant(placed + index * 60_000),
        orderId,
        fulfillment: 'FBM',
      });
      const defect = defects[index];
      const at = (hours: number) =>
        context.clock.formatInstant(placed + index * 60_000 + hours * MS_PER_HOUR);
      if (defect?.claim)
        events.push({ type: 'claim.filed', at: at(1), claimId: `C-${orderId}`, orderId });
      if (defect?.negativeFeedback)
        events.push({
          type: 'feedback.posted',
          at: at(2),
          feedbackId: `F-${orderId}`,
          orderId,
          rating: 1,
        });
      if (defect?.chargeback)
        events.push({
          type: 'chargeback.filed',
          at: at(3),
          chargebackId: `B-${orderId}`,
          orderId,
          reason: 'service',
        });
    }
  }
  const checked = validateHistory({ profile, marketplace: 'amazon.de', asOf: input.today, events });
  if (!checked.ok)
    throw new Error(`timeline built an invalid history: ${checked.errors[0]?.message ?? ''}`);
  const ledger = ledgerOf(context, checked.history);
  const pointOn = (day: number): TimelinePoint => {
    const { odr } = computeReport({ ...checked.history, asOf: noon(day) }, ledger);
    return {
      date: formatCalendarDay(day),
      orders: odr.orders,
      defective: odr.defective,
      rate: odr.rate,
      status: odr.status,
      level: levelOf(odr.rate, context.profile.odr.target),
    };
  };

  const todayPoint = pointOn(today);
  const orders: TimelineOrder[] = [...defectiveOn.entries()]
    .flatMap(([day, defects]) =>
      defects
        .filter((defect) => KINDS.some((kind) => defect[kind]))
        .map((defect, index) => ({
          orderId: `D${day - today}-${index + 1}`,
          placedOn: formatCalendarDay(day),
          leavesOn: formatCalendarDay(day + span),
          kinds: KINDS.filter((kind) => defect[kind]),
        })),
    )
    .sort((a, b) => compareText(a.leavesOn, b.leavesOn) || compareText(a.orderId, b.orderId));
  const departureDays = [...new Set(orders.map((order) => order.leavesOn))];
  const departures = departureDays.map((date) => pointOn(parseCalendarDay(date)));
  return {
    figures: odrFigures(profile),
    maxDaysAgo: span - 1,
    window: {
      from: formatCalendarDay(today - span + 1),
      to: formatCalendarDay(today - window.endDaysBefore),
    },
    today: todayPoint,
    orders,
    departures,
    backUnderTargetOn:
      todayPoint.status === 'breach'
        ? (departures.find((point) => point.status === 'ok')?.date ?? null)
        : null,
  };
}
