import { describe, expect, it } from 'vitest';
import { placed, reportOf } from './helpers.ts';

/** A business order placed an hour before it ships. */
const shippedBusinessOrder = (id: string, shippedAt: string, placedAt = shippedAt) => [
  placed(id, placedAt, { business: true }),
  { type: 'order.shipped', at: shippedAt, orderId: id, trackingId: 'T1' },
];

describe('IDR-DEF: the invoice deadline is 23:59:59 local of the first business day after the shipment day', () => {
  it.each([
    // Berlin switches to summer time on Sunday 29 March 2026: Friday +01:00 → Monday +02:00
    [
      'DST end of March: Friday shipment due Monday 23:59:59 CEST',
      '2026-03-27T15:00:00+01:00',
      '2026-03-30T23:59:59+02:00',
    ],
    // Berlin switches back on Sunday 25 October 2026: Friday +02:00 → Monday +01:00
    [
      'DST end of October: Friday shipment due Monday 23:59:59 CET',
      '2026-10-23T15:00:00+02:00',
      '2026-10-26T23:59:59+01:00',
    ],
    ['a Saturday shipment is due Monday', '2026-02-21T10:00:00+01:00', '2026-02-23T23:59:59+01:00'],
    ['a Sunday shipment is due Monday', '2026-02-22T10:00:00+01:00', '2026-02-23T23:59:59+01:00'],
    ['a Monday shipment is due Tuesday', '2026-02-23T08:00:00+01:00', '2026-02-24T23:59:59+01:00'],
    // IDR-BDAYS: public holidays are business days
    [
      'IDR-BDAYS: Good Friday (a holiday) is still the deadline day',
      '2026-04-02T15:00:00+02:00',
      '2026-04-03T23:59:59+02:00',
    ],
    [
      'IDR-BDAYS: Christmas Day (Friday) is still the deadline day',
      '2026-12-24T15:00:00+01:00',
      '2026-12-25T23:59:59+01:00',
    ],
    // Thursday 23:30 UTC is Friday 00:30 in Berlin: the shipment day is Friday
    [
      'the shipment day is the local day: Thursday 23:30 UTC is Friday in Berlin',
      '2026-02-19T23:30:00Z',
      '2026-02-23T23:59:59+01:00',
    ],
  ])('%s', (_name, shippedAt, deadline) => {
    const report = reportOf({
      asOf: '2027-01-15T12:00:00+01:00',
      events: shippedBusinessOrder('A', shippedAt),
    });
    expect(report.violations).toEqual([{ rule: 'IDR-DEF', subject: 'A', at: deadline }]);
  });

  it('the deadline moves with the zone: the same instant in London is Thursday, due Friday', () => {
    const report = reportOf({
      marketplace: 'amazon.co.uk',
      asOf: '2026-02-27T12:00:00Z',
      events: shippedBusinessOrder('A', '2026-02-19T23:30:00Z'),
    });
    expect(report.violations).toEqual([
      { rule: 'IDR-DEF', subject: 'A', at: '2026-02-20T23:59:59+00:00' },
    ]);
  });
});

describe('IDR counts business orders whose deadline passed or whose invoice is in', () => {
  const shippedAt = '2026-02-20T16:00:00+01:00'; // Friday; deadline Monday 2026-02-23T23:59:59+01:00
  it.each([
    [
      'on time at the last second',
      '2026-02-23T23:59:59+01:00',
      '2026-03-02T12:00:00+01:00',
      { orders: 1, defective: 0, late: 0, missing: 0, rate: 0, status: 'ok' },
    ],
    [
      'late one second after',
      '2026-02-24T00:00:00+01:00',
      '2026-03-02T12:00:00+01:00',
      { orders: 1, defective: 1, late: 1, missing: 0, rate: 1, status: 'breach' },
    ],
    [
      'missing once the deadline passed',
      null,
      '2026-03-02T12:00:00+01:00',
      { orders: 1, defective: 1, late: 0, missing: 1, rate: 1, status: 'breach' },
    ],
    [
      'not counted before the deadline with no invoice',
      null,
      '2026-02-23T23:59:59+01:00',
      { orders: 0, defective: 0, rate: null, status: 'none' },
    ],
    [
      'counted before the deadline once the invoice is in',
      '2026-02-21T09:00:00+01:00',
      '2026-02-22T12:00:00+01:00',
      { orders: 1, defective: 0, rate: 0, status: 'ok' },
    ],
    [
      'an invoice uploaded after asOf is missing at asOf',
      '2026-03-05T09:00:00+01:00',
      '2026-03-02T12:00:00+01:00',
      { orders: 1, missing: 1, late: 0 },
    ],
  ])('%s', (_name, invoiceAt, asOf, expected) => {
    const events = [
      ...shippedBusinessOrder('A', shippedAt),
      ...(invoiceAt === null ? [] : [{ type: 'invoice.uploaded', at: invoiceAt, orderId: 'A' }]),
    ];
    expect(reportOf({ asOf, events }).idr).toMatchObject(expected);
  });

  it.each([
    [
      'not a business order',
      [
        placed('A', '2026-02-20T10:00:00+01:00'),
        { type: 'order.shipped', at: '2026-02-20T16:00:00+01:00', orderId: 'A' },
      ],
    ],
    ['not shipped', [placed('A', '2026-02-20T10:00:00+01:00', { business: true })]],
    [
      'cancelled before its invoice deadline',
      [
        ...shippedBusinessOrder('A', '2026-02-20T16:00:00+01:00'),
        { type: 'order.cancelled', at: '2026-02-23T10:00:00+01:00', orderId: 'A', by: 'buyer' },
      ],
    ],
  ])('does not count an order %s, nor list a violation', (_name, events) => {
    const report = reportOf({ asOf: '2026-03-02T12:00:00+01:00', events });
    expect([report.idr.orders, report.idr.rate, report.idr.status, report.violations]).toEqual([
      0,
      null,
      'none',
      [],
    ]);
  });

  it('IDR-WINDOW: amazon.com counts nothing (EU marketplaces only)', () => {
    const report = reportOf({
      marketplace: 'amazon.com',
      asOf: '2026-03-02T12:00:00-08:00',
      events: shippedBusinessOrder('A', '2026-02-20T16:00:00-08:00'),
    });
    expect(report.idr).toEqual({
      orders: 0,
      defective: 0,
      late: 0,
      missing: 0,
      rate: null,
      target: 0.05,
      status: 'none',
    });
    expect(report.violations).toEqual([]);
  });

  it.each([
    // asOf 2026-03-02: the 7 days that began 14 days before: 2026-02-16 .. 2026-02-22
    ['IDR-WINDOW amazon-2026: the day before the 7 days is out', '2026-02-15T10:00:00+01:00', 0],
    ['IDR-WINDOW amazon-2026: the first day (asOf − 14) is in', '2026-02-16T10:00:00+01:00', 1],
    ['IDR-WINDOW amazon-2026: the last day (asOf − 8) is in', '2026-02-22T10:00:00+01:00', 1],
    ['IDR-WINDOW amazon-2026: the next day is out', '2026-02-23T10:00:00+01:00', 0],
  ])('%s', (_name, at, expected) => {
    const report = reportOf({
      profile: 'amazon-2026',
      asOf: '2026-03-02T12:00:00+01:00',
      events: shippedBusinessOrder('A', at),
    });
    expect(report.idr.orders).toBe(expected);
  });

  it('IDR-WINDOW course: uses the ODR window', () => {
    const events = [
      ...shippedBusinessOrder('A', '2026-01-01T10:00:00+01:00'),
      ...shippedBusinessOrder('B', '2026-01-02T10:00:00+01:00'),
    ];
    expect(reportOf({ asOf: '2026-03-02T12:00:00+01:00', events }).idr.orders).toBe(1);
  });

  it('IDR-TARGET: 1 defect in 20 (5%) is a breach, 1 in 21 is ok', () => {
    const build = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        ...shippedBusinessOrder(`O${i}`, '2026-02-20T16:00:00+01:00'),
        ...(i === 0
          ? []
          : [{ type: 'invoice.uploaded', at: '2026-02-21T10:00:00+01:00', orderId: `O${i}` }]),
      ]).flat();
    expect(reportOf({ asOf: '2026-03-02T12:00:00+01:00', events: build(20) }).idr.status).toBe(
      'breach',
    );
    expect(reportOf({ asOf: '2026-03-02T12:00:00+01:00', events: build(21) }).idr.status).toBe(
      'ok',
    );
  });
});
