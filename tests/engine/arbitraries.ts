/**
 * fast-check arbitraries: random but valid order histories (every id defined once, every
 * reference defined), timed on whole hours so that ties and "exactly at the deadline" cases
 * come up often. Times span March–May 2026 (the spring DST change included).
 */
import fc from 'fast-check';
import { marketplaces } from '../../src/engine/profiles.ts';
import { zoneClock } from '../../src/engine/time.ts';
import { formatCalendarDay } from '../../src/engine/iso.ts';
import type { MarketplaceName, OrderEvent, ProfileName } from '../../src/engine/types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2026-03-01T00:00:00Z */
export const BASE = Date.UTC(2026, 2, 1);

const later = fc.integer({ min: 0, max: 120 }); // hours after the parent event
const maybeLater = fc.option(later, { nil: null });

const orderArb = fc.record({
  placedHour: fc.integer({ min: 0, max: 80 * 24 }),
  fbm: fc.boolean(),
  business: fc.boolean(),
  shipByDays: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  deliverByDays: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  ship: fc.option(fc.record({ after: later, tracking: fc.boolean() }), { nil: null }),
  deliver: maybeLater,
  cancel: fc.option(fc.record({ after: later, bySeller: fc.boolean() }), { nil: null }),
  invoice: maybeLater,
  claims: fc.array(
    fc.record({
      after: later,
      answered: maybeLater,
      decided: fc.option(
        fc.record({
          after: later,
          outcome: fc.constantFrom('granted', 'denied', 'withdrawn'),
          fundedBy: fc.constantFrom('seller', 'amazon', null),
        }),
        { nil: null },
      ),
      // A second decision (an appeal), hours after the first; 0 makes two at one instant.
      appeal: fc.option(
        fc.record({
          after: fc.integer({ min: 0, max: 72 }),
          outcome: fc.constantFrom('granted', 'denied', 'withdrawn'),
          fundedBy: fc.constantFrom('seller', 'amazon', null),
        }),
        { nil: null },
      ),
    }),
    { maxLength: 2 },
  ),
  feedback: fc.array(
    fc.record({ after: later, rating: fc.integer({ min: 1, max: 5 }), removed: maybeLater }),
    { maxLength: 2 },
  ),
  chargebacks: fc.array(
    fc.record({ after: later, reason: fc.constantFrom('service', 'fraud'), answered: maybeLater }),
    { maxLength: 1 },
  ),
  returns: fc.array(
    fc.record({
      after: later,
      answered: fc.option(
        fc.record({ after: fc.integer({ min: 0, max: 72 }), labelSent: fc.boolean() }),
        { nil: null },
      ),
    }),
    { maxLength: 1 },
  ),
  messages: fc.array(
    fc.record({
      after: later,
      linked: fc.boolean(),
      needsReply: fc.option(fc.boolean(), { nil: null }),
      handling: fc.array(
        fc.record({
          after: fc.integer({ min: 0, max: 40 }),
          kind: fc.constantFrom('reply', 'auto', 'nrr'),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
});

/** A generated history: settings, asOf (ms) and events. */
export interface GeneratedHistory {
  profile: ProfileName;
  marketplace: MarketplaceName;
  timeZone: string;
  asOfMs: number;
  events: OrderEvent[];
}

/** Arbitrary valid histories; `zones` restricts the time zone (default: the marketplace's or UTC). */
export function historyArb(
  options: { zones?: readonly string[]; maxOrders?: number } = {},
): fc.Arbitrary<GeneratedHistory> {
  return fc
    .record({
      orders: fc.array(orderArb, { maxLength: options.maxOrders ?? 12 }),
      profile: fc.constantFrom<ProfileName>('course', 'amazon-2026'),
      marketplace: fc.constantFrom<MarketplaceName>('amazon.de', 'amazon.co.uk', 'amazon.com'),
      zone: fc.constantFrom(...(options.zones ?? ['', 'UTC'])),
      asOfHour: fc.integer({ min: 0, max: 100 * 24 }),
      textZone: fc.constantFrom('Z', 'Europe/Berlin', 'America/Los_Angeles'),
    })
    .map(({ orders, profile, marketplace, zone, asOfHour, textZone }) => {
      const timeZone = zone === '' ? marketplaces[marketplace].timeZone : zone;
      const text = (ms: number): string =>
        textZone === 'Z' ? new Date(ms).toISOString() : zoneClock(textZone).formatInstant(ms);
      const day = (ms: number, days: number): string =>
        formatCalendarDay(Math.floor(ms / DAY) + days);
      const events: OrderEvent[] = [];
      const push = (fields: Record<string, unknown>, ms: number) =>
        events.push({ ...fields, at: text(ms) } as unknown as OrderEvent);
      orders.forEach((o, i) => {
        const orderId = `O${i}`;
        const placedAt = BASE + o.placedHour * HOUR;
        push(
          {
            type: 'order.placed',
            orderId,
            fulfillment: o.fbm ? 'FBM' : 'FBA',
            business: o.business,
            ...(o.shipByDays === null ? {} : { shipBy: day(placedAt, o.shipByDays) }),
            ...(o.deliverByDays === null ? {} : { deliverBy: day(placedAt, o.deliverByDays) }),
          },
          placedAt,
        );
        const shippedAt = o.ship === null ? placedAt : placedAt + o.ship.after * HOUR;
        if (o.ship !== null)
          push(
            { type: 'order.shipped', orderId, ...(o.ship.tracking ? { trackingId: `T${i}` } : {}) },
            shippedAt,
          );
        if (o.deliver !== null && o.ship !== null)
          push({ type: 'order.delivered', orderId }, shippedAt + o.deliver * HOUR);
        if (o.cancel !== null)
          push(
            { type: 'order.cancelled', orderId, by: o.cancel.bySeller ? 'seller' : 'buyer' },
            placedAt + o.cancel.after * HOUR,
          );
        if (o.invoice !== null)
          push({ type: 'invoice.uploaded', orderId }, shippedAt + o.invoice * HOUR);
        o.claims.forEach((c, j) => {
          const claimId = `C${i}.${j}`;
          const filedAt = placedAt + c.after * HOUR;
          push({ type: 'claim.filed', claimId, orderId }, filedAt);
          if (c.answered !== null)
            push({ type: 'claim.answered', claimId }, filedAt + c.answered * HOUR);
          if (c.decided !== null)
            push(
              {
                type: 'claim.decided',
                claimId,
                outcome: c.decided.outcome,
                ...(c.decided.fundedBy === null ? {} : { fundedBy: c.decided.fundedBy }),
              },
              filedAt + c.decided.after * HOUR,
            );
          if (c.decided !== null && c.appeal !== null)
            push(
              {
                type: 'claim.decided',
                claimId,
                outcome: c.appeal.outcome,
                ...(c.appeal.fundedBy === null ? {} : { fundedBy: c.appeal.fundedBy }),
              },
              filedAt + (c.decided.after + c.appeal.after) * HOUR,
            );
        });
        o.feedback.forEach((f, j) => {
          const feedbackId = `F${i}.${j}`;
          const postedAt = placedAt + f.after * HOUR;
          push({ type: 'feedback.posted', feedbackId, orderId, rating: f.rating }, postedAt);
          if (f.removed !== null)
            push({ type: 'feedback.removed', feedbackId }, postedAt + f.removed * HOUR);
        });
        o.chargebacks.forEach((c, j) => {
          const chargebackId = `B${i}.${j}`;
          const filedAt = placedAt + c.after * HOUR;
          push({ type: 'chargeback.filed', chargebackId, orderId, reason: c.reason }, filedAt);
          if (c.answered !== null)
            push({ type: 'chargeback.answered', chargebackId }, filedAt + c.answered * HOUR);
        });
        o.returns.forEach((r, j) => {
          const returnId = `R${i}.${j}`;
          const requestedAt = placedAt + r.after * HOUR;
          push({ type: 'return.requested', returnId, orderId }, requestedAt);
          if (r.answered !== null)
            push(
              { type: 'return.answered', returnId, labelSent: r.answered.labelSent },
              requestedAt + r.answered.after * HOUR,
            );
        });
        o.messages.forEach((m, j) => {
          const messageId = `M${i}.${j}`;
          const receivedAt = placedAt + m.after * HOUR;
          push(
            {
              type: 'message.received',
              messageId,
              ...(m.linked ? { orderId } : {}),
              ...(m.needsReply === null ? {} : { needsReply: m.needsReply }),
            },
            receivedAt,
          );
          for (const h of m.handling) {
            const at = receivedAt + h.after * HOUR;
            if (h.kind === 'nrr') push({ type: 'message.noReplyNeeded', messageId }, at);
            else
              push(
                {
                  type: 'message.replied',
                  messageId,
                  ...(h.kind === 'auto' ? { automated: true } : {}),
                },
                at,
              );
          }
        });
      });
      return { profile, marketplace, timeZone, asOfMs: BASE + asOfHour * HOUR, events };
    });
}

/** The input object of a generated history at an instant. */
export function historyInput(
  h: GeneratedHistory,
  asOfMs = h.asOfMs,
  events: readonly OrderEvent[] = h.events,
) {
  return {
    profile: h.profile,
    marketplace: h.marketplace,
    timeZone: h.timeZone,
    asOf: new Date(asOfMs).toISOString(),
    events: [...events],
  };
}
