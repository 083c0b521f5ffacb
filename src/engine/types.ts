/**
 * Types of the order-history contract (../shared/formats/order-history.md): the events the
 * engine reads and the report it writes. Field names and meanings follow the contract exactly.
 */

/** Which reading of the policy applies: the course's or Amazon's help pages of 2026. */
export type ProfileName = 'course' | 'amazon-2026';

/** Marketplaces the engine knows, each with its own time zone and rules. */
export type MarketplaceName =
  'amazon.de' | 'amazon.fr' | 'amazon.it' | 'amazon.es' | 'amazon.co.uk' | 'amazon.com';

/** A fact ID from facts.md, cited by every rule the engine applies. */
export type FactId = string;

/** FBA (Amazon ships) or FBM (the seller ships). @see FBA-CS @see FBM-CS */
export type Fulfillment = 'FBA' | 'FBM';

/** `order.placed`: a new order; `business` orders need an invoice (IDR-DEF). */
export interface OrderPlacedEvent {
  type: 'order.placed';
  at: string;
  orderId: string;
  fulfillment: Fulfillment;
  business?: boolean;
  shipBy?: string;
  deliverBy?: string;
}

/** `order.shipped`: shipment confirmed; an absent or empty `trackingId` means no tracking. */
export interface OrderShippedEvent {
  type: 'order.shipped';
  at: string;
  orderId: string;
  trackingId?: string;
}

/** `order.delivered`: the carrier delivered the order. */
export interface OrderDeliveredEvent {
  type: 'order.delivered';
  at: string;
  orderId: string;
}

/** `order.cancelled`: cancelled by the seller or the buyer. */
export interface OrderCancelledEvent {
  type: 'order.cancelled';
  at: string;
  orderId: string;
  by: 'seller' | 'buyer';
}

/** `invoice.uploaded`: the seller uploaded the order's invoice. */
export interface InvoiceUploadedEvent {
  type: 'invoice.uploaded';
  at: string;
  orderId: string;
}

/** `message.received`: a buyer message; `needsReply` defaults to true. */
export interface MessageReceivedEvent {
  type: 'message.received';
  at: string;
  messageId: string;
  orderId?: string;
  needsReply?: boolean;
}

/** `message.replied`: a reply; an `automated` one is no reply (RESP-AUTO). */
export interface MessageRepliedEvent {
  type: 'message.replied';
  at: string;
  messageId: string;
  automated?: boolean;
}

/** `message.noReplyNeeded`: marked "No response required" (RESP-NRR). */
export interface MessageNoReplyNeededEvent {
  type: 'message.noReplyNeeded';
  at: string;
  messageId: string;
}

/** `return.requested`: the buyer asked to return an order. */
export interface ReturnRequestedEvent {
  type: 'return.requested';
  at: string;
  returnId: string;
  orderId: string;
}

/** `return.answered`: the seller answered; `labelSent` defaults to true. */
export interface ReturnAnsweredEvent {
  type: 'return.answered';
  at: string;
  returnId: string;
  labelSent?: boolean;
}

/** `claim.filed`: an A-to-Z Guarantee claim on an order. */
export interface ClaimFiledEvent {
  type: 'claim.filed';
  at: string;
  claimId: string;
  orderId: string;
  reason?: string;
}

/** `claim.answered`: the seller answered Amazon's notification about the claim. */
export interface ClaimAnsweredEvent {
  type: 'claim.answered';
  at: string;
  claimId: string;
}

/** Outcome of a decided claim. */
export type ClaimOutcome = 'granted' | 'denied' | 'withdrawn';

/** Who paid a claim. */
export type ClaimFunder = 'seller' | 'amazon';

/** `claim.decided`: Amazon decided the claim. */
export interface ClaimDecidedEvent {
  type: 'claim.decided';
  at: string;
  claimId: string;
  outcome: ClaimOutcome;
  fundedBy?: ClaimFunder;
}

/** `feedback.posted`: seller feedback rated 1..5. */
export interface FeedbackPostedEvent {
  type: 'feedback.posted';
  at: string;
  feedbackId: string;
  orderId: string;
  rating: number;
  comment?: string;
}

/** `feedback.removed`: removed or struck through; it no longer counts (FB-REPORT). */
export interface FeedbackRemovedEvent {
  type: 'feedback.removed';
  at: string;
  feedbackId: string;
}

/** Chargeback reasons: `service` is the seller's, `fraud` is Amazon's (CB-WHO). */
export type ChargebackReason = 'service' | 'fraud';

/** `chargeback.filed`: a cardholder disputed the charge. */
export interface ChargebackFiledEvent {
  type: 'chargeback.filed';
  at: string;
  chargebackId: string;
  orderId: string;
  reason: ChargebackReason;
}

/** `chargeback.answered`: the seller answered Amazon's chargeback notification. */
export interface ChargebackAnsweredEvent {
  type: 'chargeback.answered';
  at: string;
  chargebackId: string;
}

/** Any event of the order history, discriminated on `type`. */
export type OrderEvent =
  | OrderPlacedEvent
  | OrderShippedEvent
  | OrderDeliveredEvent
  | OrderCancelledEvent
  | InvoiceUploadedEvent
  | MessageReceivedEvent
  | MessageRepliedEvent
  | MessageNoReplyNeededEvent
  | ReturnRequestedEvent
  | ReturnAnsweredEvent
  | ClaimFiledEvent
  | ClaimAnsweredEvent
  | ClaimDecidedEvent
  | FeedbackPostedEvent
  | FeedbackRemovedEvent
  | ChargebackFiledEvent
  | ChargebackAnsweredEvent;

/** The `type` of an event. */
export type EventType = OrderEvent['type'];

/** A validated order history with its defaults filled in (profile, marketplace, zone). */
export interface History {
  profile: ProfileName;
  marketplace: MarketplaceName;
  timeZone: string;
  asOf: string;
  events: OrderEvent[];
}

/** What the account is judged on: the profile, the marketplace and the zone of its days. */
export interface AccountSettings {
  profile: ProfileName;
  marketplace: MarketplaceName;
  timeZone: string;
}

/** `ok` when the rate meets the target, `breach` when not, `none` when nothing is counted. */
export type MetricStatus = 'ok' | 'breach' | 'none';

/** A metric's status with the warning level between: `at-risk` meets the target but is close to it. */
export type MetricLevel = MetricStatus | 'at-risk';

/** The report's ODR block. @see ODR-DEF */
export interface OdrReport {
  from: string;
  to: string;
  orders: number;
  defective: number;
  claims: number;
  negativeFeedback: number;
  chargebacks: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
}

/** The report's IDR block. @see IDR-DEF */
export interface IdrReport {
  orders: number;
  defective: number;
  late: number;
  missing: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
}

/** The report's late-response block. @see RESP-METRIC */
export interface LateResponseReport {
  messages: number;
  late: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
}

/** One missed deadline or broken rule. */
export interface Violation {
  rule: FactId;
  subject: string;
  at: string;
}

/** The metrics report of the contract, keys in the contract's order. */
export interface Report {
  asOf: string;
  profile: ProfileName;
  odr: OdrReport;
  idr: IdrReport;
  lateResponse: LateResponseReport;
  violations: readonly Violation[];
}

/** One seller-fulfilled shipping metric (LSR, PCR or VTR). */
export interface ShippingMetric {
  from: string;
  to: string;
  /** Orders or shipments in the window that the metric counts (the denominator). */
  counted: number;
  /** Those in the numerator: late shipments, seller cancellations, or valid tracking IDs. */
  numerator: number;
  rate: number | null;
  target: number;
  /** `lessThan`: ok when rate < target; `greaterThan`: ok when rate > target. */
  condition: 'lessThan' | 'greaterThan' | 'atLeast';
  status: MetricStatus;
}

/** Seller-fulfilled shipping metrics. @see LSR @see PCR @see VTR */
export interface ShippingReport {
  /** Late shipment rate: numerator = shipments confirmed after the ship-by date. */
  lateShipment: ShippingMetric;
  /** Pre-fulfilment cancel rate: numerator = orders the seller cancelled before shipping. */
  preFulfillmentCancel: ShippingMetric;
  /** Valid tracking rate: numerator = shipments with a non-empty tracking ID. */
  validTracking: ShippingMetric;
}
