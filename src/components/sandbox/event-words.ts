/**
 * Order-history events in the words a trainee reads ("Return request R-1 on order 302-…"), and
 * the form of each event the sandbox can add. Presentation only: what an event does to the
 * account is the engine's to say.
 */
import type { EventType, OrderEvent } from '../../engine/index.ts';

/** True for an event the engine derived from a passed deadline. */
export function isDerivedEvent(event: OrderEvent): boolean {
  return (event as unknown as Record<string, unknown>)['derived'] === true;
}

/** The rule a derived event cites (RET-48H, A2Z-AUTO, A2Z-REASONS), or null. */
export function ruleOf(event: OrderEvent): string | null {
  const rule = (event as unknown as Record<string, unknown>)['rule'];
  return isDerivedEvent(event) && typeof rule === 'string' ? rule : null;
}

/**
 * A claim id as read: the claim the rules let the buyer file (which the engine assumes filed,
 * as the desk does), or the id.
 */
function claimName(claimId: string): string {
  return claimId.startsWith('derived:') ? 'the assumed claim' : `claim ${claimId}`;
}

/** One event as a sentence (without its time). */
export function describeEvent(event: OrderEvent): string {
  switch (event.type) {
    case 'order.placed':
      return `Order ${event.orderId} placed (${event.fulfillment}${event.business === true ? ', business order' : ''})`;
    case 'order.shipped':
      return event.trackingId
        ? `Order ${event.orderId} shipped with tracking ${event.trackingId}`
        : `Order ${event.orderId} shipped without tracking`;
    case 'order.delivered':
      return `Order ${event.orderId} delivered`;
    case 'order.cancelled':
      return `Order ${event.orderId} cancelled by the ${event.by}`;
    case 'invoice.uploaded':
      return `Invoice uploaded for order ${event.orderId}`;
    case 'message.received':
      return `Buyer message ${event.messageId}${event.orderId ? ` about order ${event.orderId}` : ''}${event.needsReply === false ? ' (needs no reply)' : ''}`;
    case 'message.replied':
      return event.automated === true
        ? `Automated reply to message ${event.messageId} (it counts as no reply)`
        : `Reply to message ${event.messageId}`;
    case 'message.noReplyNeeded':
      return `Message ${event.messageId} marked “no reply needed”`;
    case 'return.requested':
      return `Return request ${event.returnId} on order ${event.orderId}`;
    case 'return.answered':
      return event.labelSent === false
        ? `Return request ${event.returnId} answered without a label`
        : `Return request ${event.returnId} answered with a return label`;
    case 'claim.filed':
      return isDerivedEvent(event)
        ? `A-to-Z claim on order ${event.orderId}: the rules let the buyer file it, and the sandbox assumes they do`
        : `A-to-Z claim ${event.claimId} on order ${event.orderId}`;
    case 'claim.answered':
      return `Answer to ${claimName(event.claimId)}`;
    case 'claim.decided':
      return `${claimName(event.claimId).replace(/^./, (first) => first.toUpperCase())} was decided: ${event.outcome}${event.fundedBy ? `, paid by ${event.fundedBy === 'amazon' ? 'Amazon' : 'the seller'}` : ''}`;
    case 'feedback.posted':
      return `${event.rating}-star feedback ${event.feedbackId} on order ${event.orderId}`;
    case 'feedback.removed':
      return `Feedback ${event.feedbackId} removed`;
    case 'chargeback.filed':
      return `${event.reason === 'fraud' ? 'Fraud' : 'Service'} chargeback ${event.chargebackId} on order ${event.orderId}`;
    case 'chargeback.answered':
      return `Answer to chargeback ${event.chargebackId}`;
  }
}

/** Kinds of id an event names. */
type IdKind = 'order' | 'message' | 'return' | 'claim' | 'feedback' | 'chargeback';

/** One field of an event form. */
export type EventField =
  | { name: string; label: string; kind: 'new-id'; ids: IdKind; prefix: string }
  | { name: string; label: string; kind: 'id'; ids: IdKind; optional?: true }
  | { name: string; label: string; kind: 'choice'; values: readonly (readonly [string, string])[] }
  | { name: string; label: string; kind: 'yes-no'; initial: boolean }
  | { name: string; label: string; kind: 'rating' }
  | { name: string; label: string; kind: 'date'; optional: true }
  | { name: string; label: string; kind: 'text'; optional: true };

/** An event the user can add, who it comes from, and its fields. */
export interface EventForm {
  type: EventType;
  label: string;
  from: 'buyer' | 'others' | 'seller';
  fields: readonly EventField[];
}

const order = { name: 'orderId', label: 'Order', kind: 'id', ids: 'order' } as const;

/** Every event of the order-history contract as a form, grouped by who it comes from. */
export const EVENT_FORMS: readonly EventForm[] = [
  {
    type: 'order.placed',
    label: 'A new order',
    from: 'buyer',
    fields: [
      { name: 'orderId', label: 'Order number', kind: 'new-id', ids: 'order', prefix: 'SBX-' },
      {
        name: 'fulfillment',
        label: 'Fulfilled by',
        kind: 'choice',
        values: [
          ['FBM', 'the seller (FBM)'],
          ['FBA', 'Amazon (FBA)'],
        ],
      },
      {
        name: 'business',
        label: 'Amazon Business order (needs an invoice)',
        kind: 'yes-no',
        initial: false,
      },
      { name: 'shipBy', label: 'Ship by (date)', kind: 'date', optional: true },
      { name: 'deliverBy', label: 'Latest delivery date', kind: 'date', optional: true },
    ],
  },
  {
    type: 'message.received',
    label: 'A buyer message',
    from: 'buyer',
    fields: [
      { name: 'messageId', label: 'Message id', kind: 'new-id', ids: 'message', prefix: 'MSG-' },
      { ...order, optional: true },
      { name: 'needsReply', label: 'It needs a reply', kind: 'yes-no', initial: true },
    ],
  },
  {
    type: 'return.requested',
    label: 'A return request',
    from: 'buyer',
    fields: [
      { name: 'returnId', label: 'Return id', kind: 'new-id', ids: 'return', prefix: 'RET-' },
      order,
    ],
  },
  {
    type: 'claim.filed',
    label: 'An A-to-Z claim',
    from: 'buyer',
    fields: [
      { name: 'claimId', label: 'Claim id', kind: 'new-id', ids: 'claim', prefix: 'A2Z-' },
      order,
      { name: 'reason', label: 'Reason (optional)', kind: 'text', optional: true },
    ],
  },
  {
    type: 'feedback.posted',
    label: 'Seller feedback',
    from: 'buyer',
    fields: [
      { name: 'feedbackId', label: 'Feedback id', kind: 'new-id', ids: 'feedback', prefix: 'FB-' },
      order,
      { name: 'rating', label: 'Rating (stars)', kind: 'rating' },
      { name: 'comment', label: 'Comment (optional)', kind: 'text', optional: true },
    ],
  },
  {
    type: 'chargeback.filed',
    label: 'A chargeback',
    from: 'buyer',
    fields: [
      {
        name: 'chargebackId',
        label: 'Chargeback id',
        kind: 'new-id',
        ids: 'chargeback',
        prefix: 'CB-',
      },
      order,
      {
        name: 'reason',
        label: 'Reason',
        kind: 'choice',
        values: [
          ['service', 'service (the seller answers for it)'],
          ['fraud', 'fraud (Amazon answers for it)'],
        ],
      },
    ],
  },
  {
    type: 'claim.decided',
    label: 'A decision on a claim',
    from: 'others',
    fields: [
      { name: 'claimId', label: 'Claim', kind: 'id', ids: 'claim' },
      {
        name: 'outcome',
        label: 'Outcome',
        kind: 'choice',
        values: [
          ['granted', 'granted'],
          ['denied', 'denied'],
          ['withdrawn', 'withdrawn by the buyer'],
        ],
      },
      {
        name: 'fundedBy',
        label: 'Paid by',
        kind: 'choice',
        values: [
          ['seller', 'the seller'],
          ['amazon', 'Amazon'],
        ],
      },
    ],
  },
  {
    type: 'feedback.removed',
    label: 'Feedback removed or struck through',
    from: 'others',
    fields: [{ name: 'feedbackId', label: 'Feedback', kind: 'id', ids: 'feedback' }],
  },
  { type: 'order.delivered', label: 'A delivery', from: 'others', fields: [order] },
  {
    type: 'order.shipped',
    label: 'A shipment confirmed',
    from: 'seller',
    fields: [
      order,
      {
        name: 'trackingId',
        label: 'Tracking ID (empty: no tracking)',
        kind: 'text',
        optional: true,
      },
    ],
  },
  {
    type: 'order.cancelled',
    label: 'A cancellation',
    from: 'seller',
    fields: [
      order,
      {
        name: 'by',
        label: 'Cancelled by',
        kind: 'choice',
        values: [
          ['seller', 'the seller'],
          ['buyer', 'the buyer'],
        ],
      },
    ],
  },
  { type: 'invoice.uploaded', label: 'An invoice upload', from: 'seller', fields: [order] },
  {
    type: 'message.replied',
    label: 'A reply to a message',
    from: 'seller',
    fields: [
      { name: 'messageId', label: 'Message', kind: 'id', ids: 'message' },
      {
        name: 'automated',
        label: 'An automated reply (it counts as no reply)',
        kind: 'yes-no',
        initial: false,
      },
    ],
  },
  {
    type: 'message.noReplyNeeded',
    label: 'A “no reply needed” mark',
    from: 'seller',
    fields: [{ name: 'messageId', label: 'Message', kind: 'id', ids: 'message' }],
  },
  {
    type: 'return.answered',
    label: 'An answer to a return request',
    from: 'seller',
    fields: [
      { name: 'returnId', label: 'Return request', kind: 'id', ids: 'return' },
      { name: 'labelSent', label: 'A return label was sent', kind: 'yes-no', initial: true },
    ],
  },
  {
    type: 'claim.answered',
    label: 'An answer to a claim notification',
    from: 'seller',
    fields: [{ name: 'claimId', label: 'Claim', kind: 'id', ids: 'claim' }],
  },
  {
    type: 'chargeback.answered',
    label: 'An answer to a chargeback',
    from: 'seller',
    fields: [{ name: 'chargebackId', label: 'Chargeback', kind: 'id', ids: 'chargeback' }],
  },
];
