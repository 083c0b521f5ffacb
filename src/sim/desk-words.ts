/**
 * How the desk names things for the trainee: the acts (as buttons and as done) and the metrics.
 * The debrief's sentences are in `debrief-words.ts` (loaded with the debrief).
 */
import type { MetricId } from '../engine/index.ts';
import type { DeskAction } from './desk-run.ts';

/** What each act's button says. */
export const actionLabels: Record<DeskAction, string> = {
  reply: 'Send the reply',
  markNoReplyNeeded: 'Mark “No response required”',
  authoriseReturn: 'Authorise the return and send a label',
  uploadInvoice: 'Upload the invoice',
  confirmShipment: 'Confirm shipment',
  answerClaim: 'Answer the claim',
  answerChargeback: 'Answer the chargeback',
  requestFeedbackRemoval: 'Ask Amazon to remove it',
  postPublicReply: 'Post a public reply',
  cancelOrder: 'Cancel the order',
};

/** Each act once done, for the confirmation and the action log. */
export const actionsDone: Record<DeskAction, string> = {
  reply: 'Reply sent',
  markNoReplyNeeded: 'Marked “No response required”',
  authoriseReturn: 'Return authorised, label sent',
  uploadInvoice: 'Invoice uploaded',
  confirmShipment: 'Shipment confirmed',
  answerClaim: 'Claim answered',
  answerChargeback: 'Chargeback answered',
  requestFeedbackRemoval: 'Removal requested from Amazon',
  postPublicReply: 'Public reply posted',
  cancelOrder: 'Order cancelled',
};

/** The metrics' names as the desk shows them. */
export const metricNames: Record<MetricId, string> = {
  odr: 'Order Defect Rate',
  idr: 'Invoice Defect Rate',
  lateResponse: 'Late response rate',
  lateShipment: 'Late shipment rate',
  preFulfillmentCancel: 'Pre-fulfilment cancel rate',
  validTracking: 'Valid tracking rate',
};
