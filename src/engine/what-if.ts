/**
 * What-if answers on ODR: how many more orders can turn defective before it breaches, when each
 * defective order leaves the window, and when ODR gets back under target if nothing else
 * happens (no new orders, no new defects; the window slides on).
 */
import { compareText } from './text-order.ts';
import { formatCalendarDay } from './iso.ts';
import { COLUMN } from './metric-table.ts';
import { odrOf, windowDays } from './report.ts';
import type { AccountView } from './report.ts';
import { DEFECT_BITS, orderContribution, rateOf, statusOf } from './rules.ts';
import type { OdrReport } from './types.ts';

/** A defective order and the first report date that no longer counts it. */
export interface LeavingDefect {
  orderId: string;
  placedOn: string;
  leavesWindowOn: string;
}

/** The what-if answers as of a view. */
export interface WhatIf {
  odr: OdrReport;
  /** More of the window's non-defective orders that can turn defective while ODR stays under target (0 when in breach). */
  headroom: number;
  /** Defective orders in or entering the window, earliest to leave first. */
  defectsLeaving: LeavingDefect[];
  /** The first report date (local) with ODR under target, nothing else happening; asOf's date if it already is; null if never (the window empties first). */
  backUnderTargetOn: string | null;
}

/**
 * Headroom: the largest k ≤ orders − defective with (defective + k) ÷ orders still meeting
 * the target, by the same status rule as the report. @see ODR-TARGET @see ODR-DEDUP
 */
export function odrHeadroom(
  odr: OdrReport,
  target: AccountView['profile']['odr']['target'],
): number {
  const ok = (defective: number): boolean =>
    statusOf(rateOf(defective, odr.orders), target) === 'ok';
  if (!ok(odr.defective)) return 0;
  const room = odr.orders - odr.defective;
  let k = Math.min(room, Math.max(0, Math.ceil(target.value * odr.orders) - odr.defective));
  while (k > 0 && !ok(odr.defective + k)) k--;
  while (k < room && ok(odr.defective + k + 1)) k++;
  return k;
}

/** What-if answers on ODR as of the view. @see ODR-WINDOW @see ODR-TARGET */
export function whatIfOf(view: AccountView): WhatIf {
  const odr = odrOf(view);
  const rule = view.profile.odr;
  const asOfDay = view.clock.localDay(view.asOf);
  const current = windowDays(rule.window, asOfDay);
  const defectsLeaving: LeavingDefect[] = [];
  for (const order of view.ledger.orders.values()) {
    if (!(order.placedDay >= current.from && order.placedDay <= asOfDay)) continue;
    if ((orderContribution(order, view.asOf, view.profile, view.marketplace) & DEFECT_BITS) === 0)
      continue;
    defectsLeaving.push({
      orderId: order.id,
      placedOn: formatCalendarDay(order.placedDay),
      leavesWindowOn: formatCalendarDay(
        order.placedDay + rule.window.days + rule.window.endDaysBefore,
      ),
    });
  }
  defectsLeaving.sort(
    (a, b) => compareText(a.leavesWindowOn, b.leavesWindowOn) || compareText(a.orderId, b.orderId),
  );
  let backUnderTargetOn: string | null = null;
  const lastDay = asOfDay + rule.window.days + rule.window.endDaysBefore;
  for (let day = asOfDay; day <= lastDay; day++) {
    const { from, to } = windowDays(rule.window, day);
    const orders =
      view.table.sum(COLUMN.orders, from, to) + view.table.sum(COLUMN.orders + 1, from, to);
    const defective =
      view.table.sum(COLUMN.defective, from, to) + view.table.sum(COLUMN.defective + 1, from, to);
    if (statusOf(rateOf(defective, orders), rule.target) === 'ok') {
      backUnderTargetOn = formatCalendarDay(day);
      break;
    }
  }
  return { odr, headroom: odrHeadroom(odr, rule.target), defectsLeaving, backUnderTargetOn };
}
