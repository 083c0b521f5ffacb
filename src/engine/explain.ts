/**
 * Explanations: for each metric, the orders, defects and messages behind it, each with the
 * fact that makes it count (or not), so a trainee can ask "why is my ODR 1.2%?" and get the list.
 */
import { compareText } from './text-order.ts';
import { formatCalendarDay } from './iso.ts';
import type { Profile } from './profiles.ts';
import { decisionInForce } from './records.ts';
import type { OrderRecord } from './records.ts';
import { idrOf, lateResponseOf, odrOf, windowDays } from './report.ts';
import type { AccountView } from './report.ts';
import type { ZoneClock } from './time.ts';
import {
  chargebackCounts,
  claimCounts,
  feedbackCounts,
  messageContribution,
  MESSAGE_BITS,
  ORDER_BITS,
  orderContribution,
} from './rules.ts';
import type { FactId, IdrReport, LateResponseReport, OdrReport, Violation } from './types.ts';

/** One defect on an order, or one that does not count, with its reason. */
export interface DefectLine {
  kind: 'claim' | 'negativeFeedback' | 'chargeback';
  /** The claim, feedback or chargeback id. */
  id: string;
  at: string;
  counts: boolean;
  why: string;
  fact: FactId;
}

/** An order behind the ODR figure. */
export interface OrderLine {
  orderId: string;
  placedOn: string;
  fulfillment: 'FBA' | 'FBM';
  /** True if it is one of ODR's defective orders (counted once, ODR-DEDUP). */
  defective: boolean;
  defects: DefectLine[];
}

/** An order behind the IDR figure. */
export interface InvoiceLine {
  orderId: string;
  placedOn: string;
  deadline: string;
  uploadedAt: string | null;
  status: 'on-time' | 'late' | 'missing';
  fact: FactId;
}

/** A message behind the late response figure. */
export interface MessageLine {
  messageId: string;
  receivedAt: string;
  deadline: string;
  status: 'on-time' | 'late';
  why: string;
  fact: FactId;
}

/** The lists behind every metric of a report. */
export interface Explanation {
  odr: OdrReport & { facts: FactId[]; ordersWithDefects: OrderLine[] };
  idr: IdrReport & { facts: FactId[]; invoices: InvoiceLine[] };
  lateResponse: LateResponseReport & { facts: FactId[]; countedMessages: MessageLine[] };
  violations: readonly Violation[];
}

/**
 * The defects of an order as of `asOf` (claims, negative feedback, chargebacks), each saying
 * whether it counts toward ODR and why. @see A2Z-COUNTS @see FB-NEGATIVE @see FB-REPORT @see CB-WHO
 */
export function defectLines(
  order: OrderRecord,
  asOf: number,
  profile: Profile,
  clock: ZoneClock,
): DefectLine[] {
  const at = (ms: number): string => clock.formatInstant(ms);
  const defects: DefectLine[] = [];
  for (const claim of order.claims ?? []) {
    if (!(claim.filedAt <= asOf)) continue;
    const counts = claimCounts(claim, asOf, profile);
    const decision = decisionInForce(claim, asOf);
    const decided =
      decision !== null
        ? ` (decided ${decision.outcome}${decision.fundedBy === null ? '' : `, funded by ${decision.fundedBy}`})`
        : '';
    defects.push({
      kind: 'claim',
      id: claim.id,
      at: at(claim.filedAt),
      counts,
      fact: 'A2Z-COUNTS',
      why: counts
        ? `A-to-Z claim filed${decided}: it counts`
        : `A-to-Z claim${decided}: it does not count under this profile`,
    });
  }
  for (const entry of order.feedback ?? []) {
    if (!(entry.postedAt <= asOf) || entry.rating > profile.odr.negativeFeedbackMaxRating) continue;
    const counts = feedbackCounts(entry, asOf, profile);
    defects.push({
      kind: 'negativeFeedback',
      id: entry.id,
      at: at(entry.postedAt),
      counts,
      fact: counts ? 'FB-NEGATIVE' : 'FB-REPORT',
      why: counts
        ? `${entry.rating}-star feedback: negative`
        : `${entry.rating}-star feedback removed or struck through: it no longer counts`,
    });
  }
  for (const chargeback of order.chargebacks ?? []) {
    if (!(chargeback.filedAt <= asOf)) continue;
    const counts = chargebackCounts(chargeback, asOf, profile);
    defects.push({
      kind: 'chargeback',
      id: chargeback.id,
      at: at(chargeback.filedAt),
      counts,
      fact: 'CB-WHO',
      why: counts
        ? `${chargeback.reason ?? ''} chargeback: the seller's responsibility`
        : `${chargeback.reason ?? ''} chargeback: Amazon's responsibility, not the seller's ODR`,
    });
  }
  return defects;
}

/**
 * Explains ODR (orders in the window with at least one defect, and defects that do not count),
 * IDR (late and missing invoices; on-time ones too) and late response (late messages).
 */
export function explain(view: AccountView): Explanation {
  const { clock, profile, asOf } = view;
  const at = (ms: number): string => clock.formatInstant(ms);
  const asOfDay = clock.localDay(asOf);
  const odrWindow = windowDays(profile.odr.window, asOfDay);
  const idrWindow = windowDays(profile.idr.window, asOfDay);
  const orderLines: OrderLine[] = [];
  const invoiceLines: InvoiceLine[] = [];
  for (const order of view.ledger.orders.values()) {
    const bits = orderContribution(order, asOf, profile, view.marketplace);
    if (bits === 0) continue;
    if (order.placedDay >= odrWindow.from && order.placedDay <= odrWindow.to) {
      const defects = defectLines(order, asOf, profile, clock);
      if (defects.length > 0) {
        orderLines.push({
          orderId: order.id,
          placedOn: formatCalendarDay(order.placedDay),
          fulfillment: order.fbm ? 'FBM' : 'FBA',
          defective:
            (bits & (ORDER_BITS.claim | ORDER_BITS.negativeFeedback | ORDER_BITS.chargeback)) !== 0,
          defects,
        });
      }
    }
    const invoiceBits =
      bits & (ORDER_BITS.invoiceOnTime | ORDER_BITS.invoiceLate | ORDER_BITS.invoiceMissing);
    if (invoiceBits !== 0 && order.placedDay >= idrWindow.from && order.placedDay <= idrWindow.to) {
      invoiceLines.push({
        orderId: order.id,
        placedOn: formatCalendarDay(order.placedDay),
        deadline: at(order.invoiceDeadline),
        uploadedAt: order.invoiceAt <= asOf ? at(order.invoiceAt) : null,
        status:
          invoiceBits === ORDER_BITS.invoiceOnTime
            ? 'on-time'
            : invoiceBits === ORDER_BITS.invoiceLate
              ? 'late'
              : 'missing',
        fact: 'IDR-DEF',
      });
    }
  }
  const messageEntries: { ms: number; line: MessageLine }[] = [];
  const lrWindow = windowDays(profile.lateResponse.window, asOfDay);
  for (const message of view.ledger.messages.values()) {
    const bits = messageContribution(message, asOf);
    if (
      !(bits & MESSAGE_BITS.counted) ||
      message.receivedDay < lrWindow.from ||
      message.receivedDay > lrWindow.to
    )
      continue;
    const late = (bits & MESSAGE_BITS.late) !== 0;
    const handled = message.handledAt <= asOf;
    let why = 'human reply within the hours';
    let fact: FactId = 'RESP-24H';
    if (late && handled && !message.handledByReply)
      [why, fact] = ['marked "no reply needed" after the hours: handled, late', 'RESP-NRR'];
    else if (late && handled) why = 'human reply after the hours';
    else if (late && message.automatedAt <= asOf)
      [why, fact] = ['only an automated reply, which is no reply', 'RESP-AUTO'];
    else if (late) why = 'no reply';
    messageEntries.push({
      ms: message.receivedAt,
      line: {
        messageId: message.id,
        receivedAt: at(message.receivedAt),
        deadline: at(message.deadline),
        status: late ? 'late' : 'on-time',
        why,
        fact,
      },
    });
  }
  const byDayThenId = (
    a: { placedOn: string; orderId: string },
    b: { placedOn: string; orderId: string },
  ): number => compareText(a.placedOn, b.placedOn) || compareText(a.orderId, b.orderId);
  orderLines.sort(byDayThenId);
  invoiceLines.sort(byDayThenId);
  messageEntries.sort((a, b) => a.ms - b.ms || compareText(a.line.messageId, b.line.messageId));
  const messageLines = messageEntries.map((entry) => entry.line);
  return {
    odr: {
      ...odrOf(view),
      facts: ['ODR-DEF', 'ODR-WINDOW', 'ODR-DEDUP', 'ODR-TARGET'],
      ordersWithDefects: orderLines,
    },
    idr: {
      ...idrOf(view),
      facts: ['IDR-DEF', 'IDR-WINDOW', 'IDR-BDAYS', 'IDR-TARGET'],
      invoices: invoiceLines,
    },
    lateResponse: {
      ...lateResponseOf(view),
      facts: ['RESP-METRIC', 'RESP-24H', 'RESP-NRR', 'RESP-AUTO'],
      countedMessages: messageLines,
    },
    violations: view.violations,
  };
}
