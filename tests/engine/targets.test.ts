/**
 * Rates against their targets, at the boundaries each fact sets; the seller-fulfilled shipping
 * metrics at the moments around the events they count; ODR split into FBA and FBM; and a report
 * asked for a moment that is not a date-time. Expected values are worked out from the facts.
 */
import { describe, expect, it } from 'vitest';
import { amazon2026Profile, courseProfile } from '../../src/engine/profiles.ts';
import type { RateTarget } from '../../src/engine/profiles.ts';
import { computeReport, historyView, odrOf } from '../../src/engine/report.ts';
import { levelOf, rateOf, statusOf } from '../../src/engine/rules.ts';
import { placed, readEveryWay, validated } from './helpers.ts';

describe('status and level of a rate against its target', () => {
  const odr = courseProfile.odr.target; // ODR-TARGET: below 1%, at risk from 0.8%
  const vtr = courseProfile.shipping.validTracking.target; // VTR: above 95%, at risk at 96% or less
  const atLeast90: RateTarget = { value: 0.9, condition: 'atLeast', atRiskShare: 0.5 };
  const all: RateTarget = { value: 1, condition: 'atLeast', atRiskShare: 0.8 }; // RESP-KAUFLAND: 100%
  const plain: RateTarget = { value: 0.05, condition: 'lessThan' };
  it.each<[string, number | null, RateTarget, string, string]>([
    ['ODR-TARGET: nothing counted', null, odr, 'none', 'none'],
    ['ODR-TARGET: 0%', 0, odr, 'ok', 'ok'],
    ['ODR-TARGET: 0.79%', 0.0079, odr, 'ok', 'ok'],
    ['ODR-TARGET: 0.8% is at risk', 0.008, odr, 'ok', 'at-risk'],
    ['ODR-TARGET: 0.99%', 0.0099, odr, 'ok', 'at-risk'],
    ['ODR-TARGET: exactly 1% is not below 1%', 0.01, odr, 'breach', 'breach'],
    ['ODR-TARGET: 3%', 0.03, odr, 'breach', 'breach'],
    ['VTR: 100%', 1, vtr, 'ok', 'ok'],
    ['VTR: 96.5%', 0.965, vtr, 'ok', 'ok'],
    ['VTR: 96% is at risk', 0.96, vtr, 'ok', 'at-risk'],
    ['VTR: exactly 95% is not above 95%', 0.95, vtr, 'breach', 'breach'],
    ['VTR: nothing counted', null, vtr, 'none', 'none'],
    ['RESP-KAUFLAND: at least 100%, met', 1, all, 'ok', 'ok'],
    ['RESP-KAUFLAND: 99% misses 100%', 0.99, all, 'breach', 'breach'],
    ['at least 90%: exactly 90% meets it, at risk', 0.9, atLeast90, 'ok', 'at-risk'],
    ['at least 90%: 94% is at risk (half its room used)', 0.94, atLeast90, 'ok', 'at-risk'],
    ['at least 90%: 96% is ok', 0.96, atLeast90, 'ok', 'ok'],
    ['at least 90%: 89% misses it', 0.89, atLeast90, 'breach', 'breach'],
    ['no at-risk share: 4.9% of a 5% target is just ok', 0.049, plain, 'ok', 'ok'],
    ['no at-risk share: 5% breaches', 0.05, plain, 'breach', 'breach'],
  ])('%s', (_name, rate, target, status, level) => {
    expect([statusOf(rate, target), levelOf(rate, target)]).toEqual([status, level]);
  });

  it.each([
    [0, 0, null],
    [0, 4, 0],
    [1, 4, 0.25],
    [3, 100, 0.03],
  ])('ODR-DEF: %i defective of %i counted is a rate of %s', (defective, counted, rate) => {
    expect(rateOf(defective, counted)).toBe(rate);
  });
});

describe('LSR, PCR, VTR at the moments around the events they count', () => {
  // A seller-fulfilled order placed Friday 20 February, to ship by Saturday 21 February.
  const order = placed('A', '2026-02-20T10:00:00+01:00', { shipBy: '2026-02-21' });
  const shipping = (asOf: string, events: Record<string, unknown>[]) =>
    readEveryWay({ asOf, events: [order, ...events] }, (reading) => {
      const { lateShipment, preFulfillmentCancel, validTracking } = reading.shipping();
      return {
        lsr: [lateShipment.counted, lateShipment.numerator],
        pcr: [preFulfillmentCancel.counted, preFulfillmentCancel.numerator],
        vtr: [validTracking.counted, validTracking.numerator],
      };
    });
  const shipped = (at: string, trackingId?: string) => ({
    type: 'order.shipped',
    at,
    orderId: 'A',
    ...(trackingId === undefined ? {} : { trackingId }),
  });
  const cancelled = (at: string, by: string) => ({ type: 'order.cancelled', at, orderId: 'A', by });
  it.each([
    ['PCR: placed, nothing else', '2026-02-20T12:00:00+01:00', [], [0, 0], [1, 0], [0, 0]],
    [
      'LSR, VTR: a millisecond before the shipment is confirmed',
      '2026-02-22T09:59:59.999+01:00',
      [shipped('2026-02-22T10:00:00+01:00', 'T1')],
      [0, 0],
      [1, 0],
      [0, 0],
    ],
    [
      'LSR, VTR: the instant a late shipment with tracking is confirmed',
      '2026-02-22T10:00:00+01:00',
      [shipped('2026-02-22T10:00:00+01:00', 'T1')],
      [1, 1],
      [1, 0],
      [1, 1],
    ],
    [
      'LSR, VTR: on the ship-by date, without tracking',
      '2026-02-25T10:00:00+01:00',
      [shipped('2026-02-21T10:00:00+01:00')],
      [1, 0],
      [1, 0],
      [1, 0],
    ],
    [
      'PCR: cancelled by the seller, read a millisecond before',
      '2026-02-20T11:59:59.999+01:00',
      [cancelled('2026-02-20T12:00:00+01:00', 'seller')],
      [0, 0],
      [1, 0],
      [0, 0],
    ],
    [
      'PCR: cancelled by the seller, read at that instant',
      '2026-02-20T12:00:00+01:00',
      [cancelled('2026-02-20T12:00:00+01:00', 'seller')],
      [0, 0],
      [1, 1],
      [0, 0],
    ],
    [
      'PCR: cancelled by the buyer',
      '2026-02-25T10:00:00+01:00',
      [cancelled('2026-02-20T12:00:00+01:00', 'buyer')],
      [0, 0],
      [1, 0],
      [0, 0],
    ],
    [
      'PCR: cancelled by the seller at the very instant of shipment: not before it',
      '2026-02-25T10:00:00+01:00',
      [
        shipped('2026-02-21T10:00:00+01:00', 'T1'),
        cancelled('2026-02-21T10:00:00+01:00', 'seller'),
      ],
      [1, 0],
      [1, 0],
      [1, 1],
    ],
    [
      'PCR: cancelled by the seller, shipped later all the same',
      '2026-02-25T10:00:00+01:00',
      [
        cancelled('2026-02-20T12:00:00+01:00', 'seller'),
        shipped('2026-02-21T10:00:00+01:00', 'T1'),
      ],
      [1, 0],
      [1, 1],
      [1, 1],
    ],
  ])('%s', (_name, asOf, events, lsr, pcr, vtr) => {
    expect(shipping(asOf, events)).toEqual({ lsr, pcr, vtr });
  });

  it('FBA orders are Amazon’s to ship: no LSR, PCR or VTR', () => {
    const fba = placed('B', '2026-02-20T10:00:00+01:00', {
      fulfillment: 'FBA',
      shipBy: '2026-02-21',
    });
    const read = readEveryWay(
      {
        asOf: '2026-02-25T10:00:00+01:00',
        events: [
          fba,
          { type: 'order.shipped', at: '2026-02-23T10:00:00+01:00', orderId: 'B', trackingId: 'T' },
        ],
      },
      (reading) => reading.shipping(),
    );
    expect([
      read.lateShipment.counted,
      read.preFulfillmentCancel.counted,
      read.validTracking.counted,
    ]).toEqual([0, 0, 0]);
  });
});

describe('ODR-DEF, FBA-CS, FBM-CS: ODR of all orders, of FBA orders and of FBM orders', () => {
  // Three FBA orders (one with a claim) and two FBM orders (one with negative feedback, one with
  // a service chargeback), all in the window.
  const events = [
    placed('F1', '2026-02-10T10:00:00+01:00', { fulfillment: 'FBA' }),
    placed('F2', '2026-02-10T10:00:00+01:00', { fulfillment: 'FBA' }),
    placed('F3', '2026-02-10T10:00:00+01:00', { fulfillment: 'FBA' }),
    placed('M1', '2026-02-10T10:00:00+01:00'),
    placed('M2', '2026-02-10T10:00:00+01:00'),
    { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C', orderId: 'F1' },
    {
      type: 'feedback.posted',
      at: '2026-02-12T10:00:00+01:00',
      feedbackId: 'N',
      orderId: 'M1',
      rating: 2,
    },
    {
      type: 'chargeback.filed',
      at: '2026-02-12T10:00:00+01:00',
      chargebackId: 'K',
      orderId: 'M2',
      reason: 'service',
    },
  ];
  const view = historyView(validated({ asOf: '2026-02-20T12:00:00+01:00', events }));
  it.each([
    ['all', 5, 3, [1, 1, 1], 0.6],
    ['FBA', 3, 1, [1, 0, 0], 1 / 3],
    ['FBM', 2, 2, [0, 1, 1], 1],
  ] as const)(
    '%s',
    (fulfilment, orders, defective, [claims, negativeFeedback, chargebacks], rate) => {
      expect(odrOf(view, fulfilment)).toEqual({
        from: '2025-12-23',
        to: '2026-02-20',
        orders,
        defective,
        claims,
        negativeFeedback,
        chargebacks,
        rate,
        target: 0.01,
        status: 'breach',
      });
    },
  );
});

describe('windows of the amazon-2026 profile (ODR-WINDOW, IDR-WINDOW)', () => {
  it('IDR-WINDOW: orders placed in the 7 days that began 14 days before asOf', () => {
    // asOf 2026-03-02: the IDR window is 16 .. 22 February; each order shipped on its day,
    // none with an invoice: each is missing once its deadline passed.
    const day = (d: number) => `2026-02-${String(d).padStart(2, '0')}T10:00:00+01:00`;
    const events = [15, 16, 22, 23].flatMap((d) => [
      placed(`B${d}`, day(d), { business: true }),
      { type: 'order.shipped', at: day(d), orderId: `B${d}` },
    ]);
    const report = computeReport(
      validated({ profile: 'amazon-2026', asOf: '2026-03-02T12:00:00+01:00', events }),
    );
    expect(report.idr).toEqual({
      orders: 2,
      defective: 2,
      late: 0,
      missing: 2,
      rate: 1,
      target: amazon2026Profile.idr.target.value,
      status: 'breach',
    });
    expect(report.odr).toMatchObject({ from: '2025-12-19', to: '2026-02-16', orders: 2 });
  });
});

describe('a report asked for a moment that is not a date-time', () => {
  it('is refused with the place of the problem', () => {
    const history = validated({ asOf: '2026-02-20T12:00:00+01:00', events: [] });
    expect(() => computeReport({ ...history, asOf: 'tomorrow' })).toThrow(
      new RangeError('asOf: not an ISO-8601 date-time with offset'),
    );
  });
});
