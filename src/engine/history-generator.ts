/**
 * Seeded background histories: an account's orders and what happens to them, from a few figures
 * (orders per day or in all, a date range, the FBA and business shares, rates of claims,
 * negative feedback, chargebacks, late messages and late invoices) and a seed. The same
 * specification always gives the same events, byte for byte, in any runtime: the only source of
 * chance is mulberry32 (below), the only clock the marketplace's zone. A scenario describes its
 * background this way instead of listing a thousand orders; the sandbox generates accounts.
 *
 * Every event comes after the event it depends on (a shipment after its order, a reply after its
 * message), so the history is valid input as it stands. Orders still under way at `asOf` go on
 * after it (a parcel in transit is delivered later): the engine ignores those events until its
 * clock reaches them, as the contract says, and a simulator can let them arrive.
 */
import { marketplaces } from './profiles.ts';
import {
  MS_PER_DAY,
  MS_PER_HOUR,
  formatCalendarDay,
  parseCalendarDay,
  parseInstant,
} from './iso.ts';
import { zoneClock } from './time.ts';
import type { History, MarketplaceName, OrderEvent, ProfileName } from './types.ts';

/** What to generate. Rates are shares (0..1) and become exact counts (rounded). */
export interface GeneratorSpec {
  /** Any whole number: the same seed and figures give the same history. */
  seed: number;
  /** First and last local day of the orders (YYYY-MM-DD, both included). */
  from: string;
  to: string;
  /** Orders in all, spread over the days at random; or `ordersPerDay` (average). One of the two. */
  orders?: number | undefined;
  ordersPerDay?: number | undefined;
  /** Share of orders Amazon fulfils (FBA); the rest are FBM. Default 0.5. */
  fbaShare?: number | undefined;
  /** Share of orders that are Amazon Business orders needing an invoice. Default 0. */
  businessShare?: number | undefined;
  /** Shares of orders with an A-to-Z claim, negative feedback, a service chargeback. Default 0. */
  claimRate?: number | undefined;
  negativeFeedbackRate?: number | undefined;
  chargebackRate?: number | undefined;
  /** Share of orders with a buyer message. Default 0. */
  messageRate?: number | undefined;
  /** Share of those messages answered after the reply hours. Default 0. */
  lateMessageRate?: number | undefined;
  /** Share of business orders whose invoice is late (half of them) or missing. Default 0. */
  lateInvoiceRate?: number | undefined;
  /** The moment the history describes (default: the end of `to`): the defects counted above exist by then. */
  asOf?: string | undefined;
  marketplace?: MarketplaceName | undefined;
  profile?: ProfileName | undefined;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, one add and three xor-shift-
 * multiplies per number, uniform in [0, 1). Written down here rather than taken from a package
 * because the generated histories must stay identical across versions: a library is free to
 * change its algorithm, this must not. A test freezes its first outputs.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checks a share: a number from 0 to 1. */
function share(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (typeof result !== 'number' || !(result >= 0 && result <= 1))
    throw new RangeError(`${name}: a share from 0 to 1, got ${String(value)}`);
  return result;
}

/** The problems of a specification, each `field: why` (empty when it can be generated). */
export function checkGeneratorSpec(spec: GeneratorSpec): string[] {
  try {
    resolveSpec(spec);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/** The most orders one specification may generate (the sandbox's large accounts included). */
export const MAX_GENERATED_ORDERS = 200_000;

function resolveSpec(spec: GeneratorSpec) {
  if (!Number.isInteger(spec.seed)) throw new RangeError(`seed: a whole number, got ${spec.seed}`);
  const from = parseCalendarDay(spec.from);
  const to = parseCalendarDay(spec.to);
  if (from !== from) throw new RangeError(`from: not a calendar date (YYYY-MM-DD): ${spec.from}`);
  if (to !== to) throw new RangeError(`to: not a calendar date (YYYY-MM-DD): ${spec.to}`);
  if (to < from) throw new RangeError(`to: before from (${spec.to} < ${spec.from})`);
  const days = to - from + 1;
  if ((spec.orders === undefined) === (spec.ordersPerDay === undefined))
    throw new RangeError('orders: give either orders (in all) or ordersPerDay');
  const orders =
    spec.orders !== undefined ? spec.orders : Math.round((spec.ordersPerDay ?? 0) * days);
  if (!Number.isInteger(orders) || orders < 0 || orders > MAX_GENERATED_ORDERS)
    throw new RangeError(
      `${spec.orders !== undefined ? 'orders' : 'ordersPerDay'}: from 0 to ${MAX_GENERATED_ORDERS.toLocaleString('en')} orders in all, got ${orders}`,
    );
  const marketplace = spec.marketplace ?? 'amazon.de';
  if (!Object.hasOwn(marketplaces, marketplace))
    throw new RangeError(`marketplace: unknown marketplace ${marketplace}`);
  const clock = zoneClock(marketplaces[marketplace].timeZone);
  const asOf = spec.asOf === undefined ? clock.dayEndSecond(to) : parseInstant(spec.asOf);
  if (asOf !== asOf)
    throw new RangeError(`asOf: not an ISO-8601 date-time with offset: ${spec.asOf}`);
  return {
    seed: spec.seed,
    from,
    days,
    orders,
    asOf,
    clock,
    marketplace,
    profile: spec.profile ?? 'course',
    fbaShare: share(spec.fbaShare, 0.5, 'fbaShare'),
    businessShare: share(spec.businessShare, 0, 'businessShare'),
    claimRate: share(spec.claimRate, 0, 'claimRate'),
    negativeFeedbackRate: share(spec.negativeFeedbackRate, 0, 'negativeFeedbackRate'),
    chargebackRate: share(spec.chargebackRate, 0, 'chargebackRate'),
    messageRate: share(spec.messageRate, 0, 'messageRate'),
    lateMessageRate: share(spec.lateMessageRate, 0, 'lateMessageRate'),
    lateInvoiceRate: share(spec.lateInvoiceRate, 0, 'lateInvoiceRate'),
  };
}

/** An event without its `at`. */
type EventFields = OrderEvent extends infer E
  ? E extends OrderEvent
    ? Omit<E, 'at'>
    : never
  : never;

/** One generated order, before its events are written. */
interface Draft {
  orderId: string;
  placedAt: number;
  placedDay: number;
  fba: boolean;
  business: boolean;
  shippedAt: number;
  deliveredAt: number;
}

/**
 * Generates a history: orders placed between 07:00 and 22:00 local time on random days of the
 * range; each shipped with tracking within a day (by its ship-by date, the next day) and
 * delivered one to three days later (latest delivery date: four days after the order); business
 * invoices uploaded the day after shipment, or late (three days after) or never; buyer messages
 * answered within hours, or late (after the reply hours) or never; claims, 1–2 star feedback and
 * service chargebacks on orders picked at random among those where they happen by `asOf`.
 */
export function generateHistory(spec: GeneratorSpec): History {
  const s = resolveSpec(spec);
  const random = mulberry32(s.seed);
  const { clock } = s;
  const text = (ms: number): string => clock.formatInstant(ms);
  const between = (low: number, high: number): number => low + random() * (high - low);
  const minute = (ms: number): number => Math.floor(ms / 60_000) * 60_000;
  const digits = (count: number): string => {
    let out = '';
    for (let k = 0; k < count; k++) out += String(Math.floor(random() * 10));
    return out;
  };
  const used = new Set<string>();
  const uniqueId = (make: () => string): string => {
    for (;;) {
      const id = make();
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const MARKET_PREFIXES = ['028', '302', '303', '304', '305', '306'];

  // Orders: a random day of the range each, a random minute between 07:00 and 22:00.
  const drafts: Draft[] = [];
  for (let index = 0; index < s.orders; index++) {
    const placedDay = s.from + Math.floor(random() * s.days);
    const placedAt = minute(clock.dayStart(placedDay) + between(7, 22) * MS_PER_HOUR);
    const fba = random() < s.fbaShare;
    const business = random() < s.businessShare;
    const orderId = uniqueId(
      () => `${MARKET_PREFIXES[Math.floor(random() * 6)]}-${digits(7)}-${digits(7)}`,
    );
    const shippedAt = minute(placedAt + between(2, fba ? 12 : 20) * MS_PER_HOUR);
    const deliveredAt = minute(shippedAt + between(24, 72) * MS_PER_HOUR);
    drafts.push({ orderId, placedAt, placedDay, fba, business, shippedAt, deliveredAt });
  }
  drafts.sort((a, b) => a.placedAt - b.placedAt);

  /** `wanted` distinct drafts among those `eligible` (fewer if there are not enough), picked at random (partial Fisher–Yates). */
  const pick = (wanted: number, eligible: (draft: Draft) => boolean): Draft[] => {
    const pool = drafts.filter(eligible);
    const count = Math.min(pool.length, wanted);
    for (let k = 0; k < count; k++) {
      const other = k + Math.floor(random() * (pool.length - k));
      [pool[k], pool[other]] = [pool[other]!, pool[k]!];
    }
    return pool.slice(0, count);
  };

  const events: { at: number; event: OrderEvent }[] = [];
  const add = (at: number, event: EventFields): void => {
    const { type, ...fields } = event;
    events.push({ at, event: { type, at: text(at), ...fields } as OrderEvent });
  };
  for (const draft of drafts) {
    const { orderId } = draft;
    add(draft.placedAt, {
      type: 'order.placed',
      orderId,
      fulfillment: draft.fba ? 'FBA' : 'FBM',
      business: draft.business,
      shipBy: formatCalendarDay(draft.placedDay + 1),
      deliverBy: formatCalendarDay(draft.placedDay + 4),
    });
    add(draft.shippedAt, {
      type: 'order.shipped',
      orderId,
      trackingId: draft.fba ? `TBA${digits(12)}` : `00340434${digits(12)}`,
    });
    add(draft.deliveredAt, { type: 'order.delivered', orderId });
  }

  // Invoices: the day after shipment; late ones three days after, missing ones never.
  const business = drafts.filter((draft) => draft.business);
  const lateInvoices = new Set(
    pick(Math.round(s.lateInvoiceRate * business.length), (draft) => draft.business),
  );
  for (const draft of business) {
    const late = lateInvoices.has(draft);
    if (late && random() < 0.5) continue; // missing
    const day = clock.localDay(draft.shippedAt) + (late ? 4 : 1);
    add(minute(clock.dayStart(day) + between(8, 17) * MS_PER_HOUR), {
      type: 'invoice.uploaded',
      orderId: draft.orderId,
    });
  }

  // Buyer messages: some hours after the order; answered within hours, or late, or never.
  const withMessage = pick(Math.round(s.messageRate * s.orders), () => true);
  const lateMessages = new Set(
    withMessage.slice(0, Math.round(s.lateMessageRate * withMessage.length)),
  );
  for (const draft of withMessage) {
    const messageId = uniqueId(() => `msg-${digits(7)}`);
    const receivedAt = minute(draft.placedAt + between(6, 72) * MS_PER_HOUR);
    add(receivedAt, { type: 'message.received', messageId, orderId: draft.orderId });
    const late = lateMessages.has(draft);
    if (late && random() < 0.3) continue; // never answered
    add(minute(receivedAt + between(late ? 25 : 0.5, late ? 40 : 12) * MS_PER_HOUR), {
      type: 'message.replied',
      messageId,
    });
  }

  // Defects, each on orders picked at random whose defect is filed by `asOf`.
  const inTime = (days: number) => (draft: Draft) =>
    draft.deliveredAt + days * MS_PER_DAY <= s.asOf;
  for (const draft of pick(Math.round(s.claimRate * s.orders), inTime(5))) {
    const claimId = uniqueId(() => `a2z-${digits(10)}`);
    const filedAt = minute(draft.deliveredAt + between(1, 5) * MS_PER_DAY);
    add(filedAt, { type: 'claim.filed', claimId, orderId: draft.orderId, reason: 'damaged' });
    add(minute(filedAt + between(2, 30) * MS_PER_HOUR), { type: 'claim.answered', claimId });
    add(minute(filedAt + between(4, 8) * MS_PER_DAY), {
      type: 'claim.decided',
      claimId,
      outcome: 'granted',
      fundedBy: 'seller',
    });
  }
  for (const draft of pick(Math.round(s.negativeFeedbackRate * s.orders), inTime(5))) {
    add(minute(draft.deliveredAt + between(1, 5) * MS_PER_DAY), {
      type: 'feedback.posted',
      feedbackId: uniqueId(() => `fb-${digits(7)}`),
      orderId: draft.orderId,
      rating: random() < 0.6 ? 1 : 2,
    });
  }
  for (const draft of pick(Math.round(s.chargebackRate * s.orders), inTime(12))) {
    const chargebackId = uniqueId(() => `cb-${digits(7)}`);
    const filedAt = minute(draft.deliveredAt + between(5, 12) * MS_PER_DAY);
    add(filedAt, {
      type: 'chargeback.filed',
      chargebackId,
      orderId: draft.orderId,
      reason: 'service',
    });
    add(minute(filedAt + between(2, 40) * MS_PER_HOUR), {
      type: 'chargeback.answered',
      chargebackId,
    });
  }

  // Stable: events at the same instant keep the order they were made in.
  events.sort((a, b) => a.at - b.at);
  return {
    profile: s.profile,
    marketplace: s.marketplace,
    timeZone: clock.timeZone,
    asOf: text(s.asOf),
    events: events.map((entry) => entry.event),
  };
}
