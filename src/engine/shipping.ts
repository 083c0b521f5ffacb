/**
 * Seller-fulfilled (FBM) shipping metrics where the events carry the data: late shipment rate
 * (needs `shipBy`), pre-fulfilment cancel rate, valid tracking rate. FBA orders are Amazon's
 * to ship and are left out.
 * Windows: LSR and VTR count shipments by their confirmation day, PCR orders by placement day.
 */
import { formatCalendarDay } from './iso.ts';
import { COLUMN } from './metric-table.ts';
import type { DayWindow, RateTarget } from './profiles.ts';
import { windowDays } from './report.ts';
import type { AccountView } from './report.ts';
import { rateOf, statusOf } from './rules.ts';
import type { ShippingMetric, ShippingReport } from './types.ts';

function metric(
  view: AccountView,
  rule: { window: DayWindow; target: RateTarget },
  counted: number,
  numerator: number,
): ShippingMetric {
  const { from, to } = windowDays(rule.window, view.clock.localDay(view.asOf));
  const total = view.table.sum(counted, from, to);
  const hits = view.table.sum(numerator, from, to);
  const rate = rateOf(hits, total);
  return {
    from: formatCalendarDay(from),
    to: formatCalendarDay(to),
    counted: total,
    numerator: hits,
    rate,
    target: rule.target.value,
    condition: rule.target.condition,
    status: statusOf(rate, rule.target),
  };
}

/**
 * LSR: FBM shipments confirmed in the window that had a ship-by date, late when the local day
 * of confirmation is after it (ok when < 4%, 30 days). PCR: FBM orders placed in the 7 days,
 * cancelled by the seller before shipment (ok when < 2.5%). VTR: FBM shipments confirmed in
 * the 30 days with a non-empty tracking ID (ok when > 95%).
 * @see LSR @see PCR @see VTR
 */
export function shippingOf(view: AccountView): ShippingReport {
  const rules = view.profile.shipping;
  return {
    lateShipment: metric(view, rules.lateShipment, COLUMN.lsrCounted, COLUMN.lsrLate),
    preFulfillmentCancel: metric(
      view,
      rules.preFulfillmentCancel,
      COLUMN.pcrCounted,
      COLUMN.pcrCancelled,
    ),
    validTracking: metric(view, rules.validTracking, COLUMN.vtrCounted, COLUMN.vtrValid),
  };
}
