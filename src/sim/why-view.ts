/**
 * "Why these figures?" at the desk: the engine's explanation, re-keyed for a trainee. Orders are
 * named by their number and item, messages by their order and time, never by internal ids; each
 * line keeps the fact that decides it. What needs a reply late or not at all comes first; the
 * messages answered in time are counted, not listed.
 */
import type {
  AccountReading,
  DefectLine,
  FactId,
  Fulfillment,
  InvoiceLine,
} from '../engine/index.ts';
import { orderOf } from './desk-items.ts';

/** An order behind the ODR, with every defect on it and whether each counts. */
export interface WhyOrder {
  orderId: string;
  item: string | null;
  fulfillment: Fulfillment;
  /** The local day it was placed (a calendar date). */
  placedOn: string;
  defective: boolean;
  defects: readonly DefectLine[];
}

/** How a counted message fared. */
export type MessageFate = 'answered-late' | 'marked-late' | 'automated-only' | 'unanswered';

/** A message counted late. */
export interface WhyLateMessage {
  orderId: string | null;
  receivedAt: string;
  deadline: string;
  fate: MessageFate;
  /** When it was handled, if it was (late). */
  handledAt: string | null;
  fact: FactId;
}

/** What a missed deadline was for. */
export type MissedKind = 'message' | 'return' | 'claim' | 'chargeback' | 'invoice';

/** A missed deadline. */
export interface WhyMissed {
  rule: FactId;
  kind: MissedKind | null;
  orderId: string | null;
  /** The deadline. */
  at: string;
}

/** The lists behind the figures now. */
export interface WhyView {
  orders: WhyOrder[];
  invoices: InvoiceLine[];
  lateMessages: WhyLateMessage[];
  /** Messages in the window answered (or marked) in time. */
  messagesInTime: number;
  missed: WhyMissed[];
}

/** What kind of record a subject is, read from the engine. */
function kindOf(reading: AccountReading, subject: string): MissedKind | null {
  if (reading.message(subject)) return 'message';
  if (reading.returnRequest(subject)) return 'return';
  if (reading.claim(subject)) return 'claim';
  if (reading.chargeback(subject)) return 'chargeback';
  if (reading.order(subject)) return 'invoice';
  return null;
}

/** The "why" view of an account reading. */
export function whyView(reading: AccountReading): WhyView {
  const explanation = reading.explain();
  const orders = explanation.odr.ordersWithDefects.map((line): WhyOrder => {
    const item = reading.order(line.orderId)?.extra['item'];
    return {
      orderId: line.orderId,
      item: typeof item === 'string' ? item : null,
      fulfillment: line.fulfillment,
      placedOn: line.placedOn,
      defective: line.defective,
      defects: line.defects,
    };
  });
  const lateMessages: WhyLateMessage[] = [];
  let messagesInTime = 0;
  for (const line of explanation.lateResponse.countedMessages) {
    if (line.status === 'on-time') {
      messagesInTime += 1;
      continue;
    }
    const state = reading.message(line.messageId);
    const handled = state?.handled ?? null;
    const fate: MessageFate =
      handled?.by === 'no-reply-needed'
        ? 'marked-late'
        : handled
          ? 'answered-late'
          : state?.automatedReplyAt
            ? 'automated-only'
            : 'unanswered';
    lateMessages.push({
      orderId: state?.orderId ?? null,
      receivedAt: line.receivedAt,
      deadline: line.deadline,
      fate,
      handledAt: handled?.at ?? null,
      fact: line.fact,
    });
  }
  const invoices = [...explanation.idr.invoices].sort(
    (a, b) => Number(a.status === 'on-time') - Number(b.status === 'on-time'),
  );
  return {
    orders,
    invoices,
    lateMessages,
    messagesInTime,
    missed: explanation.violations.map((violation) => ({
      rule: violation.rule,
      kind: kindOf(reading, violation.subject),
      orderId: orderOf(reading, violation.subject),
      at: violation.at,
    })),
  };
}
