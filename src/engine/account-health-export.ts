/**
 * The metrics as an account health report shaped like Amazon's Selling Partner API report
 * (accountHealthReport-2020-11-18.schema.json): `performanceMetrics[]` with the schema's
 * `properties` names where its examples disagree (`preFulfillmentCancellationRate`,
 * `documentRequests`). The schema requires every metric it lists; those the order history
 * cannot measure are exported with zero counts and status NONE.
 *
 * The schema's `rate` is a number: a rate of null (nothing counted) is exported as 0 with
 * status NONE. Reporting dates are the window's local days as UTC instants (minute precision,
 * `2026-01-01T23:00Z` for a Berlin day). Late response is not in the 2020-11-18 schema and is
 * added as `lateResponseRate`, an extra property the schema allows.
 */
import { COLUMN } from './metric-table.ts';
import type { DayWindow, RateTarget } from './profiles.ts';
import { idrOf, lateResponseOf, windowDays } from './report.ts';
import type { AccountView } from './report.ts';
import { rateOf, statusOf } from './rules.ts';
import { shippingOf } from './shipping.ts';
import type { MetricStatus } from './types.ts';

/** SP-API status. */
type ApiStatus = 'GOOD' | 'BAD' | 'NONE';
/** SP-API target condition. */
type ApiTargetCondition = 'GREATER_THAN' | 'LESS_THAN' | 'EQUALS';

/** SP-API reporting date range (UTC, minute precision). */
interface ReportingDateRange {
  reportingDateFrom: string;
  reportingDateTo: string;
}

/** The exported account health report (the schema's root object). */
export interface AccountHealthExport {
  accountStatuses: { marketplaceId: string; status: 'NORMAL' | 'AT_RISK' | 'DEACTIVATED' }[];
  performanceMetrics: Record<string, unknown>[];
}

const API_STATUS: Record<MetricStatus, ApiStatus> = { ok: 'GOOD', breach: 'BAD', none: 'NONE' };
const API_CONDITION: Record<RateTarget['condition'], ApiTargetCondition> = {
  lessThan: 'LESS_THAN',
  greaterThan: 'GREATER_THAN',
  atLeast: 'GREATER_THAN',
};

/** An instant as a UTC minute: `2026-01-01T23:00Z`. */
function utcMinute(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 16)}Z`;
}

/** A window of local days as the SP-API date range: local 00:00 of the first day to 23:59 of the last. */
function dateRange(view: AccountView, window: DayWindow): ReportingDateRange {
  const { from, to } = windowDays(window, view.clock.localDay(view.asOf));
  return {
    reportingDateFrom: utcMinute(view.clock.dayStart(from)),
    reportingDateTo: utcMinute(view.clock.dayEndSecond(to)),
  };
}

/** rate, targetValue, targetCondition and status in the schema's form (null rate → 0, NONE). */
function judged(
  rate: number | null,
  target: RateTarget,
): { status: ApiStatus; rate: number; targetValue: number; targetCondition: ApiTargetCondition } {
  return {
    status: API_STATUS[statusOf(rate, target)],
    rate: rate ?? 0,
    targetValue: target.value,
    targetCondition: API_CONDITION[target.condition],
  };
}

/** ODR of one fulfilment channel. @see ODR-DEF */
function orderDefectRate(view: AccountView, channel: 0 | 1): Record<string, unknown> {
  const rule = view.profile.odr;
  const { from, to } = windowDays(rule.window, view.clock.localDay(view.asOf));
  const sum = (column: number): number => view.table.sum(column + channel, from, to);
  const orders = sum(COLUMN.orders);
  const rate = rateOf(sum(COLUMN.defective), orders);
  const verdict = judged(rate, rule.target);
  return {
    reportingDateRange: dateRange(view, rule.window),
    orderCount: orders,
    orderWithDefects: { count: sum(COLUMN.defective), status: verdict.status },
    claims: { count: sum(COLUMN.claims), status: 'NONE' },
    chargebacks: { count: sum(COLUMN.chargebacks), status: 'NONE' },
    negativeFeedback: { count: sum(COLUMN.negativeFeedback), status: 'NONE' },
    fulfillmentType: channel === 1 ? 'mfn' : 'afn',
    ...verdict,
  };
}

/** A metric the history cannot measure: zero defects, status NONE. */
function unmeasured(view: AccountView, window: DayWindow): Record<string, unknown> {
  return {
    reportingDateRange: dateRange(view, window),
    defectsCount: 0,
    status: 'NONE',
    targetValue: 0,
    targetCondition: 'EQUALS',
  };
}

/**
 * The account health report of a view, for one marketplace. Account statuses and the Account
 * Health Rating are not computed (AHR: the formula is not public): `accountStatuses` is empty
 * and `accountHealthRating.ahrStatus` is null.
 * @see ODR-DEF @see IDR-DEF @see LSR @see PCR @see VTR @see RESP-METRIC @see AHR
 */
export function accountHealthExport(view: AccountView): AccountHealthExport {
  const profile = view.profile;
  const idr = idrOf(view);
  const shipping = shippingOf(view);
  const late = lateResponseOf(view);
  const recent = profile.accountHealth.window; // AHR
  const listing = (): Record<string, unknown> => unmeasured(view, recent);
  const delivery = profile.accountHealth.onTimeDeliveryTarget;
  const noData = {
    status: 'NONE',
    rate: 0,
    targetValue: delivery.value,
    targetCondition: API_CONDITION[delivery.condition],
  };
  return {
    accountStatuses: [],
    performanceMetrics: [
      {
        marketplaceId: view.marketplace.marketplaceId,
        invoiceDefectRate: {
          reportingDateRange: dateRange(view, profile.idr.window),
          orderCount: idr.orders,
          invoiceDefect: { count: idr.defective, status: API_STATUS[idr.status] },
          missingInvoice: { count: idr.missing, status: 'NONE' },
          lateInvoice: { count: idr.late, status: 'NONE' },
          ...judged(idr.rate, profile.idr.target),
        },
        lateShipmentRate: {
          reportingDateRange: dateRange(view, profile.shipping.lateShipment.window),
          orderCount: shipping.lateShipment.counted,
          lateShipmentCount: shipping.lateShipment.numerator,
          ...judged(shipping.lateShipment.rate, profile.shipping.lateShipment.target),
        },
        orderDefectRate: { mfn: orderDefectRate(view, 1), afn: orderDefectRate(view, 0) },
        onTimeDeliveryRate: {
          reportingDateRange: dateRange(view, recent),
          shipmentCountWithValidTracking: 0,
          onTimeDeliveryCount: 0,
          ...noData,
        },
        unitOnTimeDeliveryRate: {
          reportingDateRange: dateRange(view, recent),
          unitOnTimeDeliveryCount: 0,
          totalUnitCount: 0,
          ...noData,
        },
        validTrackingRate: {
          reportingDateRange: dateRange(view, profile.shipping.validTracking.window),
          shipmentCount: shipping.validTracking.counted,
          validTrackingCount: shipping.validTracking.numerator,
          ...judged(shipping.validTracking.rate, profile.shipping.validTracking.target),
        },
        preFulfillmentCancellationRate: {
          reportingDateRange: dateRange(view, profile.shipping.preFulfillmentCancel.window),
          orderCount: shipping.preFulfillmentCancel.counted,
          cancellationCount: shipping.preFulfillmentCancel.numerator,
          ...judged(
            shipping.preFulfillmentCancel.rate,
            profile.shipping.preFulfillmentCancel.target,
          ),
        },
        warningStates: [],
        accountHealthRating: { ahrStatus: null, reportingDateRange: dateRange(view, recent) },
        listingPolicyViolations: listing(),
        productAuthenticityCustomerComplaints: listing(),
        productConditionCustomerComplaints: listing(),
        productSafetyCustomerComplaints: listing(),
        receivedIntellectualPropertyComplaints: listing(),
        restrictedProductPolicyViolations: listing(),
        suspectedIntellectualPropertyViolations: listing(),
        foodAndProductSafetyIssues: listing(),
        otherPolicyViolations: listing(),
        documentRequests: listing(),
        lateResponseRate: {
          reportingDateRange: dateRange(view, profile.lateResponse.window),
          messageCount: late.messages,
          lateResponseCount: late.late,
          ...judged(late.rate, profile.lateResponse.target),
        },
      },
    ],
  };
}
