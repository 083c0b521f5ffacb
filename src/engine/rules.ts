/**
 * The rules: what each record adds to each metric as of an instant, and which deadline it has
 * missed. Every function reads its parameters from the profile and the marketplace and cites
 * the fact it applies. The batch report and the incremental account both call these, so the
 * two can only differ in how they add the results up.
 */
import type { Marketplace, Profile, RateTarget } from './profiles.ts';
import { decisionInForce } from './records.ts';
import type {
  ChargebackRecord,
  ClaimRecord,
  FeedbackRecord,
  MessageRecord,
  OrderRecord,
  ReturnRecord,
} from './records.ts';
import type { ChargebackReason, ClaimFunder, MetricLevel, MetricStatus } from './types.ts';

/** Contribution bits of an order (see orderContribution). */
export const ORDER_BITS = {
  /** Placed by asOf: counted in ODR. @see ODR-DEF */
  odrCounted: 1,
  /** Seller-fulfilled (splits ODR into mfn/afn). @see FBM-CS */
  fbm: 2,
  /** At least one counting A-to-Z claim. @see A2Z-COUNTS */
  claim: 4,
  /** At least one negative feedback still standing. @see FB-NEGATIVE */
  negativeFeedback: 8,
  /** At least one seller-responsible chargeback. @see CB-WHO */
  chargeback: 16,
  /** IDR: invoice in by its deadline. @see IDR-DEF */
  invoiceOnTime: 32,
  /** IDR: invoice uploaded after its deadline. @see IDR-DEF */
  invoiceLate: 64,
  /** IDR: deadline passed, no invoice. @see IDR-DEF */
  invoiceMissing: 128,
  /** PCR denominator. @see PCR */
  pcrCounted: 256,
  /** Cancelled by the seller before shipping. @see PCR */
  pcrCancelled: 512,
  /** LSR denominator (shipment confirmed, ship-by known). @see LSR */
  lsrCounted: 1024,
  /** Shipment confirmed after the ship-by date. @see LSR */
  lsrLate: 2048,
  /** VTR denominator (shipment confirmed). @see VTR */
  vtrCounted: 4096,
  /** Shipment with a non-empty tracking ID. @see VTR */
  vtrValid: 8192,
} as const;

/** The three ODR defect bits. @see ODR-DEF */
export const DEFECT_BITS = ORDER_BITS.claim | ORDER_BITS.negativeFeedback | ORDER_BITS.chargeback;

/** Contribution bits of a message (see messageContribution). */
export const MESSAGE_BITS = {
  /** Counted in the late response rate. @see RESP-METRIC */
  counted: 1,
  /** No human reply within the reply hours. @see RESP-24H */
  late: 2,
} as const;

/**
 * True if the claim counts toward ODR as of `asOf`, by the decision in force then (a later
 * decision replaces an earlier one: an appeal). @see A2Z-COUNTS
 */
export function claimCounts(claim: ClaimRecord, asOf: number, profile: Profile): boolean {
  if (!(claim.filedAt <= asOf)) return false;
  const decision = decisionInForce(claim, asOf);
  if (decision === null) return true;
  if (profile.odr.claimExcludedOutcomes.includes(decision.outcome)) return false;
  const excludedFunders: readonly (ClaimFunder | null)[] = profile.odr.claimExcludedFunders;
  return !excludedFunders.includes(decision.fundedBy);
}

/** True if the feedback is negative and still counts as of `asOf`. @see FB-NEGATIVE @see FB-REPORT */
export function feedbackCounts(feedback: FeedbackRecord, asOf: number, profile: Profile): boolean {
  return (
    feedback.postedAt <= asOf &&
    feedback.rating <= profile.odr.negativeFeedbackMaxRating &&
    !(feedback.removedAt <= asOf)
  );
}

/** True if the chargeback is the seller's and counts as of `asOf`. @see CB-WHO */
export function chargebackCounts(
  chargeback: ChargebackRecord,
  asOf: number,
  profile: Profile,
): boolean {
  const reasons: readonly (ChargebackReason | null)[] = profile.odr.chargebackReasons;
  return chargeback.filedAt <= asOf && reasons.includes(chargeback.reason);
}

/** True if the order's invoice is required: business order, on an IDR marketplace. @see IDR-DEF @see IDR-WINDOW */
export function invoiceRequired(order: OrderRecord, marketplace: Marketplace): boolean {
  return marketplace.invoiceRequired && order.business;
}

/**
 * True if the order's invoice deadline runs as of `asOf`: shipped, not cancelled (a shipment is
 * never dated before its order was placed: validation refuses it). @see IDR-DEF
 */
export function invoiceDue(order: OrderRecord, asOf: number, marketplace: Marketplace): boolean {
  return (
    invoiceRequired(order, marketplace) && order.shippedAt <= asOf && !(order.cancelledAt <= asOf)
  );
}

/**
 * What an order adds to the order metrics as of `asOf`, as ORDER_BITS. An order counts once
 * whatever the number of its defects. @see ODR-DEF @see ODR-DEDUP @see IDR-DEF @see LSR @see PCR @see VTR
 */
export function orderContribution(
  order: OrderRecord,
  asOf: number,
  profile: Profile,
  marketplace: Marketplace,
): number {
  if (!(order.placedAt <= asOf)) return 0;
  let bits = ORDER_BITS.odrCounted;
  if (order.fbm) bits |= ORDER_BITS.fbm;
  if (order.claims !== null && order.claims.some((claim) => claimCounts(claim, asOf, profile)))
    bits |= ORDER_BITS.claim;
  if (
    order.feedback !== null &&
    order.feedback.some((entry) => feedbackCounts(entry, asOf, profile))
  ) {
    bits |= ORDER_BITS.negativeFeedback;
  }
  if (
    order.chargebacks !== null &&
    order.chargebacks.some((entry) => chargebackCounts(entry, asOf, profile))
  ) {
    bits |= ORDER_BITS.chargeback;
  }
  // IDR-DEF: counted once the deadline has passed or the invoice is in; cancelled orders never.
  if (invoiceDue(order, asOf, marketplace)) {
    if (order.invoiceAt <= asOf)
      bits |=
        order.invoiceAt <= order.invoiceDeadline
          ? ORDER_BITS.invoiceOnTime
          : ORDER_BITS.invoiceLate;
    else if (asOf > order.invoiceDeadline) bits |= ORDER_BITS.invoiceMissing;
  }
  if (order.fbm) {
    bits |= ORDER_BITS.pcrCounted; // PCR: seller-fulfilled orders by placement date
    if (
      order.cancelledBySeller &&
      order.cancelledAt <= asOf &&
      !(order.shippedAt <= order.cancelledAt)
    )
      bits |= ORDER_BITS.pcrCancelled;
    if (order.shippedAt <= asOf) {
      bits |= ORDER_BITS.vtrCounted; // VTR
      if (order.hasTracking) bits |= ORDER_BITS.vtrValid;
      if (order.shipByDay === order.shipByDay) {
        bits |= ORDER_BITS.lsrCounted; // LSR: confirmed after the ship-by date, local days
        if (order.shippedDay > order.shipByDay) bits |= ORDER_BITS.lsrLate;
      }
    }
  }
  return bits;
}

/**
 * What a message adds to the late response rate as of `asOf`, as MESSAGE_BITS: counted once
 * its reply hours have passed or it was handled; a "no reply needed" mark within the hours
 * takes it out; late unless a human replied within the hours (a reply exactly at the deadline
 * is on time; an automated reply is none; a late "no reply needed" mark handles it, late).
 * @see RESP-METRIC @see RESP-24H @see RESP-NRR @see RESP-AUTO
 */
export function messageContribution(message: MessageRecord, asOf: number): number {
  return messageContributionBy(message, asOf, message.deadline);
}

/** messageContribution with another reply deadline (a marketplace pack's hours). @see RESP-KAUFLAND */
export function messageContributionBy(
  message: MessageRecord,
  asOf: number,
  deadline: number,
): number {
  // A message received after asOf has its deadline (never before its receipt) and any handling
  // after asOf too, so the two checks below leave it out: no test of receipt needed.
  if (!message.needsReply) return 0;
  // RESP-NRR: marked "no reply needed" within the hours (by asOf, or later and so still inside
  // them): not counted.
  if (!message.handledByReply && message.handledAt <= deadline) return 0;
  if (!(message.handledAt <= asOf) && !(asOf > deadline)) return 0; // still inside its hours
  // A reply within the hours is one by asOf: once asOf is past the hours, a later one is late.
  const onTime = message.handledByReply && message.handledAt <= deadline;
  return onTime ? MESSAGE_BITS.counted : MESSAGE_BITS.counted | MESSAGE_BITS.late;
}

// A deadline comes after the event that sets it, so a deadline passed by asOf is one of a
// record that exists by then; a record no event defined has a NaN deadline, which never passes.

/** The missed RESP-24H deadline of a message as of `asOf`, or NaN. @see RESP-24H */
export function messageViolation(message: MessageRecord, asOf: number): number {
  return message.needsReply && message.deadline < asOf && !(message.handledAt <= message.deadline)
    ? message.deadline
    : NaN;
}

/** The missed RET-48H deadline of a return request as of `asOf`, or NaN. @see RET-48H */
export function returnViolation(request: ReturnRecord, asOf: number): number {
  return request.deadline < asOf && !(request.answeredAt <= request.deadline)
    ? request.deadline
    : NaN;
}

/**
 * The missed invoice deadline of an order as of `asOf`, or NaN. A deadline missed stays missed
 * when the order is cancelled afterwards; an order cancelled by its deadline owes no invoice.
 * @see IDR-DEF
 */
export function invoiceViolation(
  order: OrderRecord,
  asOf: number,
  marketplace: Marketplace,
): number {
  return invoiceRequired(order, marketplace) &&
    order.invoiceDeadline < asOf &&
    !(order.invoiceAt <= order.invoiceDeadline) &&
    !(order.cancelledAt <= order.invoiceDeadline)
    ? order.invoiceDeadline
    : NaN;
}

/** The missed notification deadline of a claim as of `asOf`, or NaN; a claim decided by then needs no answer. @see NOTIFY-DAYS */
export function claimViolation(claim: ClaimRecord, asOf: number): number {
  return claim.deadline < asOf &&
    !(claim.answeredAt <= claim.deadline) &&
    !(claim.decidedAt <= claim.deadline)
    ? claim.deadline
    : NaN;
}

/**
 * The missed notification deadline of a chargeback as of `asOf`, or NaN. Every chargeback needs
 * its answer in time, fraud ones too: only the ODR leaves fraud out (CB-WHO). @see NOTIFY-DAYS
 */
export function chargebackViolation(chargeback: ChargebackRecord, asOf: number): number {
  return chargeback.deadline < asOf && !(chargeback.answeredAt <= chargeback.deadline)
    ? chargeback.deadline
    : NaN;
}

/** defective ÷ counted, exact (no rounding); null when nothing is counted. */
export function rateOf(numerator: number, counted: number): number | null {
  return counted === 0 ? null : numerator / counted;
}

/** `ok` if the rate meets the target (strictly below, strictly above, or at least), `breach` if not, `none` if null. */
export function statusOf(rate: number | null, target: RateTarget): MetricStatus {
  if (rate === null) return 'none';
  const met =
    target.condition === 'lessThan'
      ? rate < target.value
      : target.condition === 'greaterThan'
        ? rate > target.value
        : rate >= target.value;
  return met ? 'ok' : 'breach';
}

/**
 * The report's status with a warning level between ok and breach: `at-risk` when the rate meets
 * the target but has used the profile's share of the room the target allows (ODR 0.9% against
 * 1% is at risk, not a green "OK"). The contract's `status` stays ok/breach/none.
 * @see ODR-TARGET @see IDR-TARGET @see RESP-METRIC @see LSR @see PCR @see VTR
 */
export function levelOf(rate: number | null, target: RateTarget): MetricLevel {
  const status = statusOf(rate, target);
  if (status !== 'ok' || rate === null || target.atRiskShare === undefined) return status;
  const atRisk =
    target.condition === 'lessThan'
      ? rate >= target.atRiskShare * target.value
      : 1 - rate >= target.atRiskShare * (1 - target.value) && target.value < 1;
  return atRisk ? 'at-risk' : 'ok';
}
