/**
 * Rule packs for other marketplaces, as parameters, so one history can be judged side by side:
 * Amazon's report, Kaufland's on-time first replies and eBay's transaction-defect band.
 */
import { formatCalendarDay, isoWeekday, MS_PER_HOUR } from './iso.ts';
import type { RateTarget } from './profiles.ts';
import { odrOf, reportOf } from './report.ts';
import type { AccountView } from './report.ts';
import type { ZoneClock } from './time.ts';
import { MESSAGE_BITS, messageContributionBy, rateOf, statusOf } from './rules.ts';
import type { MetricStatus, Report } from './types.ts';
import type { MessageRecord } from './records.ts';
import { compareText } from './text-order.ts';

/** Kaufland's reply rule. @see RESP-KAUFLAND */
export interface KauflandPack {
  /** Hours to reply. @see RESP-KAUFLAND */
  replyHours: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday) on which the reply clock runs; the others do not count (help: working days). @see RESP-KAUFLAND */
  workingWeekdays: readonly number[];
  /** KPI: on-time first replies over the last full calendar week (Monday–Sunday before asOf's week). */
  target: RateTarget;
}

/**
 * Kaufland: reply within 48 hours counted in working days (help reading; public holidays are not
 * known to the engine and count as working days); target 100% on time over the last calendar
 * week. @see RESP-KAUFLAND
 */
export const kauflandPack: KauflandPack = {
  replyHours: 48,
  workingWeekdays: [1, 2, 3, 4, 5],
  target: { value: 1, condition: 'atLeast' },
};

/**
 * The instant `hours` of working time after `start`: the clock runs only on local days whose
 * weekday is in `weekdays` (a message received on a Saturday starts its clock on Monday at
 * 00:00). @see RESP-KAUFLAND
 */
export function workingDeadline(
  clock: ZoneClock,
  start: number,
  hours: number,
  weekdays: readonly number[],
): number {
  if (!weekdays.some((weekday) => weekday >= 1 && weekday <= 7))
    throw new RangeError('no working weekday in the pack');
  let remaining = hours * MS_PER_HOUR;
  let at = start;
  for (let day = clock.localDay(start); ; day++) {
    const dayEnd = clock.dayStart(day + 1);
    if (weekdays.includes(isoWeekday(day))) {
      if (remaining <= dayEnd - at) return at + remaining;
      remaining -= dayEnd - at;
    }
    at = dayEnd;
  }
}

/** eBay's transaction-defect bands, upper bounds included. @see EBAY-BANDS */
export interface EbayPack {
  topRatedMax: number;
  aboveStandardMax: number;
}

/** eBay: ≤ 0.5% Top Rated, ≤ 2% Above Standard, above 2% Below Standard. @see EBAY-BANDS */
export const ebayPack: EbayPack = { topRatedMax: 0.005, aboveStandardMax: 0.02 };

/** An eBay seller band. */
export type EbayBand = 'top-rated' | 'above-standard' | 'below-standard';

/** The band of a defect rate (null when nothing is counted). @see EBAY-BANDS */
export function ebayBand(rate: number | null, pack: EbayPack = ebayPack): EbayBand | null {
  if (rate === null) return null;
  if (rate <= pack.topRatedMax) return 'top-rated';
  return rate <= pack.aboveStandardMax ? 'above-standard' : 'below-standard';
}

/** Kaufland's on-time first replies over the last full calendar week. */
export interface KauflandJudgement {
  from: string;
  to: string;
  messages: number;
  onTime: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
}

/** The same history judged by Amazon, Kaufland and eBay. */
export interface SideBySide {
  amazon: Report;
  kaufland: KauflandJudgement;
  /** eBay's band, applied to the history's defective-order share over the ODR window (the events are Amazon's; the closest measure of eBay's transaction defects). */
  ebay: { rate: number | null; band: EbayBand | null };
}

/**
 * Kaufland's KPI: buyer messages needing a reply received in the last full calendar week
 * (local Monday–Sunday before asOf's week), on time when a human replied within the pack's
 * hours of working time; a "no reply needed" mark within them takes the message out.
 * @see RESP-KAUFLAND
 */
export function kauflandOf(
  view: AccountView,
  pack: KauflandPack = kauflandPack,
): KauflandJudgement {
  const asOfDay = view.clock.localDay(view.asOf);
  const to = asOfDay - isoWeekday(asOfDay); // the Sunday before asOf's week
  const from = to - 6;
  let messages = 0;
  let onTime = 0;
  for (const message of view.ledger.messages.values()) {
    if (message.receivedDay < from || message.receivedDay > to) continue;
    const bits = messageContributionBy(
      message,
      view.asOf,
      workingDeadline(view.clock, message.receivedAt, pack.replyHours, pack.workingWeekdays),
    );
    if (!(bits & MESSAGE_BITS.counted)) continue;
    messages++;
    if (!(bits & MESSAGE_BITS.late)) onTime++;
  }
  const rate = rateOf(onTime, messages);
  return {
    from: formatCalendarDay(from),
    to: formatCalendarDay(to),
    messages,
    onTime,
    rate,
    target: pack.target.value,
    status: statusOf(rate, pack.target),
  };
}

/** Judges one account view under Amazon's report, Kaufland's reply KPI and eBay's bands. */
export function judgeSideBySide(
  view: AccountView,
  asOfText: string,
  packs: { kaufland?: KauflandPack; ebay?: EbayPack } = {},
): SideBySide {
  const rate = odrOf(view).rate;
  return {
    amazon: reportOf(view, asOfText),
    kaufland: kauflandOf(view, packs.kaufland ?? kauflandPack),
    ebay: { rate, band: ebayBand(rate, packs.ebay ?? ebayPack) },
  };
}

/** How a message's first handling stands against one reply deadline. */
export type ReplyVerdict = 'on-time' | 'late' | 'no-reply-needed' | 'open';

/** One buyer message needing a reply, on Amazon's clock and on Kaufland's. */
export interface ReplyClocks {
  messageId: string;
  orderId: string | null;
  receivedAt: string;
  /** Amazon's deadline (the profile's reply hours, every day). @see RESP-24H @see RESP-ALLDAYS */
  amazonDueAt: string;
  /** Kaufland's deadline (the pack's hours of working days). @see RESP-KAUFLAND */
  kauflandDueAt: string;
  /** The first human reply or "no reply needed" mark, if any by asOf. */
  handledAt: string | null;
  amazon: ReplyVerdict;
  kaufland: ReplyVerdict;
}

/** The verdict of a message's first handling against `deadline`, as of `asOf`. */
function replyVerdict(message: MessageRecord, asOf: number, deadline: number): ReplyVerdict {
  const handled = message.handledAt <= asOf;
  if (handled && message.handledAt <= deadline)
    return message.handledByReply ? 'on-time' : 'no-reply-needed';
  return handled || asOf > deadline ? 'late' : 'open';
}

/**
 * Every buyer message needing a reply received from `since` to asOf, judged on Amazon's clock
 * and on Kaufland's (48 hours counted on working days), in order of receipt: the same desk work
 * read by two marketplaces' rules. @see RESP-24H @see RESP-KAUFLAND
 */
export function replyClocksOf(
  view: AccountView,
  since: number,
  pack: KauflandPack = kauflandPack,
): ReplyClocks[] {
  const format = (ms: number) => view.clock.formatInstant(ms);
  return [...view.ledger.messages.values()]
    .filter(
      (message) =>
        message.needsReply && message.receivedAt >= since && message.receivedAt <= view.asOf,
    )
    .sort((a, b) => a.receivedAt - b.receivedAt || compareText(a.id, b.id))
    .map((message) => {
      const kauflandDue = workingDeadline(
        view.clock,
        message.receivedAt,
        pack.replyHours,
        pack.workingWeekdays,
      );
      return {
        messageId: message.id,
        orderId: message.orderId,
        receivedAt: format(message.receivedAt),
        amazonDueAt: format(message.deadline),
        kauflandDueAt: format(kauflandDue),
        handledAt: message.handledAt <= view.asOf ? format(message.handledAt) : null,
        amazon: replyVerdict(message, view.asOf, message.deadline),
        kaufland: replyVerdict(message, view.asOf, kauflandDue),
      };
    });
}
