import { describe, expect, it } from 'vitest';
import { historyView } from '../../src/engine/report.ts';
import { shippingOf } from '../../src/engine/shipping.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { placed } from './helpers.ts';

const ASOF = '2026-03-02T12:00:00+01:00';
function shipping(events: Record<string, unknown>[]) {
  const result = validateHistory({ asOf: ASOF, events });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return shippingOf(historyView(result.history));
}

describe('LSR: seller-fulfilled shipments confirmed after the ship-by date (30 days)', () => {
  it.each([
    ['on the ship-by date, late evening local, is on time', '2026-02-21T23:30:00+01:00', 0],
    [
      'the next local day is late (00:30 Berlin is still 23:30 UTC)',
      '2026-02-22T00:30:00+01:00',
      1,
    ],
  ])('%s', (_name, shippedAt, late) => {
    const result = shipping([
      placed('A', '2026-02-20T10:00:00+01:00', { shipBy: '2026-02-21' }),
      { type: 'order.shipped', at: shippedAt, orderId: 'A', trackingId: 'T' },
    ]);
    expect(result.lateShipment).toMatchObject({
      counted: 1,
      numerator: late,
      target: 0.04,
      condition: 'lessThan',
      from: '2026-02-01',
      to: '2026-03-02',
    });
  });

  it('leaves out FBA orders and orders without a ship-by date', () => {
    const result = shipping([
      placed('A', '2026-02-20T10:00:00+01:00', { fulfillment: 'FBA', shipBy: '2026-02-21' }),
      { type: 'order.shipped', at: '2026-02-25T10:00:00+01:00', orderId: 'A', trackingId: 'T' },
      placed('B', '2026-02-20T10:00:00+01:00'),
      { type: 'order.shipped', at: '2026-02-25T10:00:00+01:00', orderId: 'B', trackingId: 'T' },
    ]);
    expect([
      result.lateShipment.counted,
      result.lateShipment.rate,
      result.lateShipment.status,
    ]).toEqual([0, null, 'none']);
  });
});

describe('VTR: seller-fulfilled shipments with a tracking ID, target above 95%', () => {
  const build = (n: number, untracked: number) =>
    Array.from({ length: n }, (_, i) => [
      placed(`O${i}`, '2026-02-20T10:00:00+01:00'),
      {
        type: 'order.shipped',
        at: '2026-02-21T10:00:00+01:00',
        orderId: `O${i}`,
        ...(i < untracked ? (i % 2 === 0 ? {} : { trackingId: '' }) : { trackingId: `T${i}` }),
      },
    ]).flat();
  it.each([
    ['19 of 20 (95%) is not above 95%: breach', 20, 1, 0.95, 'breach'],
    ['20 of 20 is ok', 20, 0, 1, 'ok'],
    ['an empty tracking ID is none', 2, 2, 0, 'breach'],
  ])('%s', (_name, n, untracked, rate, status) => {
    expect(shipping(build(n, untracked)).validTracking).toMatchObject({
      rate,
      status,
      condition: 'greaterThan',
      target: 0.95,
    });
  });
});

describe('PCR: seller-fulfilled orders the seller cancels before shipping (7 days)', () => {
  it.each([
    [
      'a seller cancellation counts',
      [{ type: 'order.cancelled', at: '2026-02-28T12:00:00+01:00', orderId: 'A', by: 'seller' }],
      1,
    ],
    [
      'a buyer cancellation does not',
      [{ type: 'order.cancelled', at: '2026-02-28T12:00:00+01:00', orderId: 'A', by: 'buyer' }],
      0,
    ],
    [
      'a cancellation after shipment is not pre-fulfilment',
      [
        { type: 'order.shipped', at: '2026-02-28T11:00:00+01:00', orderId: 'A', trackingId: 'T' },
        { type: 'order.cancelled', at: '2026-02-28T12:00:00+01:00', orderId: 'A', by: 'seller' },
      ],
      0,
    ],
  ])('%s', (_name, events, cancelled) => {
    expect(
      shipping([placed('A', '2026-02-28T10:00:00+01:00'), ...events]).preFulfillmentCancel,
    ).toMatchObject({ counted: 1, numerator: cancelled, from: '2026-02-24', to: '2026-03-02' });
  });

  it('1 in 40 (2.5%) is a breach, 1 in 41 is ok', () => {
    const build = (n: number) => [
      ...Array.from({ length: n }, (_, i) => placed(`O${i}`, '2026-02-28T10:00:00+01:00')),
      { type: 'order.cancelled', at: '2026-02-28T12:00:00+01:00', orderId: 'O0', by: 'seller' },
    ];
    expect(shipping(build(40)).preFulfillmentCancel.status).toBe('breach');
    expect(shipping(build(41)).preFulfillmentCancel.status).toBe('ok');
  });
});
