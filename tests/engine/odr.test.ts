import { describe, expect, it } from 'vitest';
import { orders, placed, reportOf } from './helpers.ts';

const ASOF = '2026-03-02T12:00:00+01:00'; // course window: 2026-01-02 .. 2026-03-02 (ODR-WINDOW)

describe('ODR counts defective orders over orders in the window (ODR-DEF)', () => {
  it('ODR-EXAMPLE: 2 claim orders + 1 negative-feedback order among 100 give 3%', () => {
    const events = [
      ...orders(100, '2026-02-10T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C1', orderId: 'O1' },
      { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C2', orderId: 'O2' },
      {
        type: 'feedback.posted',
        at: '2026-02-13T10:00:00+01:00',
        feedbackId: 'F1',
        orderId: 'O3',
        rating: 1,
      },
    ];
    const { odr } = reportOf({ asOf: ASOF, events });
    expect(odr).toEqual({
      from: '2026-01-02',
      to: '2026-03-02',
      orders: 100,
      defective: 3,
      claims: 2,
      negativeFeedback: 1,
      chargebacks: 0,
      rate: 0.03,
      target: 0.01,
      status: 'breach',
    });
  });

  it('ODR-DEDUP: counts an order with a claim, negative feedback and a chargeback once', () => {
    const events = [
      ...orders(10, '2026-02-10T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-02-11T10:00:00+01:00', claimId: 'C1', orderId: 'O1' },
      { type: 'claim.filed', at: '2026-02-11T11:00:00+01:00', claimId: 'C2', orderId: 'O1' },
      {
        type: 'feedback.posted',
        at: '2026-02-12T10:00:00+01:00',
        feedbackId: 'F1',
        orderId: 'O1',
        rating: 2,
      },
      {
        type: 'chargeback.filed',
        at: '2026-02-13T10:00:00+01:00',
        chargebackId: 'B1',
        orderId: 'O1',
        reason: 'service',
      },
    ];
    const { odr } = reportOf({ asOf: ASOF, events });
    expect([odr.defective, odr.claims, odr.negativeFeedback, odr.chargebacks, odr.rate]).toEqual([
      1, 1, 1, 1, 0.1,
    ]);
  });

  it.each([
    ['FB-NEGATIVE: 1 star is negative', 1, 1],
    ['FB-NEGATIVE: 2 stars are negative', 2, 1],
    ['FB-NEGATIVE: 3 stars are not', 3, 0],
    ['FB-NEGATIVE: 5 stars are not', 5, 0],
  ])('%s', (_name, rating, expected) => {
    const events = [
      placed('A', '2026-02-10T10:00:00+01:00'),
      {
        type: 'feedback.posted',
        at: '2026-02-11T10:00:00+01:00',
        feedbackId: 'F',
        orderId: 'A',
        rating,
      },
    ];
    expect(reportOf({ asOf: ASOF, events }).odr.negativeFeedback).toBe(expected);
  });

  it.each([
    ['FB-REPORT: removed before asOf no longer counts', '2026-02-20T10:00:00+01:00', 0],
    ['FB-REPORT: removed after asOf still counts at asOf', '2026-03-05T10:00:00+01:00', 1],
  ])('%s', (_name, removedAt, expected) => {
    const events = [
      placed('A', '2026-02-10T10:00:00+01:00'),
      {
        type: 'feedback.posted',
        at: '2026-02-11T10:00:00+01:00',
        feedbackId: 'F',
        orderId: 'A',
        rating: 1,
      },
      { type: 'feedback.removed', at: removedAt, feedbackId: 'F' },
    ];
    expect(reportOf({ asOf: ASOF, events }).odr.defective).toBe(expected);
  });

  it.each([
    ["CB-WHO: a service chargeback is the seller's", 'service', 1],
    ["CB-WHO: a fraud chargeback is Amazon's and does not count", 'fraud', 0],
  ])('%s', (_name, reason, expected) => {
    const events = [
      placed('A', '2026-02-10T10:00:00+01:00'),
      {
        type: 'chargeback.filed',
        at: '2026-02-11T10:00:00+01:00',
        chargebackId: 'B',
        orderId: 'A',
        reason,
      },
    ];
    expect(reportOf({ asOf: ASOF, events }).odr.chargebacks).toBe(expected);
  });

  // A2Z-COUNTS: course counts every filed claim; amazon-2026 not denied/withdrawn, not Amazon-funded.
  describe.each([
    ['undecided', {}, 1, 1],
    ['granted, seller-funded', { outcome: 'granted', fundedBy: 'seller' }, 1, 1],
    ['granted, Amazon-funded', { outcome: 'granted', fundedBy: 'amazon' }, 1, 0],
    ['denied', { outcome: 'denied' }, 1, 0],
    ['withdrawn', { outcome: 'withdrawn' }, 1, 0],
  ])('A2Z-COUNTS: a claim %s', (_name, decision, course, amazon) => {
    const events = (asOfDecided: string) => [
      placed('A', '2026-02-10T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-02-11T10:00:00+01:00', claimId: 'C', orderId: 'A' },
      ...(Object.keys(decision).length > 0
        ? [{ type: 'claim.decided', at: asOfDecided, claimId: 'C', ...decision }]
        : []),
    ];
    it(`counts ${course} under course`, () => {
      expect(
        reportOf({ profile: 'course', asOf: ASOF, events: events('2026-02-20T10:00:00+01:00') }).odr
          .claims,
      ).toBe(course);
    });
    it(`counts ${amazon} under amazon-2026 once decided`, () => {
      const asOf = '2026-03-16T12:00:00+01:00'; // window ends 2026-03-02
      expect(
        reportOf({ profile: 'amazon-2026', asOf, events: events('2026-02-20T10:00:00+01:00') }).odr
          .claims,
      ).toBe(amazon);
    });
    it('counts under amazon-2026 while the decision is after asOf', () => {
      const asOf = '2026-03-16T12:00:00+01:00';
      expect(
        reportOf({ profile: 'amazon-2026', asOf, events: events('2026-03-20T10:00:00+01:00') }).odr
          .claims,
      ).toBe(1);
    });
  });

  it('ODR-WINDOW: attributes a defect filed after the window to its order date', () => {
    const events = [
      placed('A', '2026-02-25T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-03-10T10:00:00+01:00', claimId: 'C', orderId: 'A' },
    ];
    const report = reportOf({ profile: 'amazon-2026', asOf: '2026-03-12T12:00:00+01:00', events });
    expect([report.odr.from, report.odr.to, report.odr.orders, report.odr.defective]).toEqual([
      '2025-12-29',
      '2026-02-26',
      1,
      1,
    ]); // 3 + 31 + 26 = 60 days;
  });

  it('ignores events after asOf (contract: Input)', () => {
    const events = [
      placed('A', '2026-03-02T11:00:00+01:00'),
      placed('B', '2026-03-02T12:00:01+01:00'),
      { type: 'claim.filed', at: '2026-03-02T12:30:00+01:00', claimId: 'C', orderId: 'A' },
    ];
    expect(reportOf({ asOf: ASOF, events }).odr).toMatchObject({
      orders: 1,
      defective: 0,
      rate: 0,
      status: 'ok',
    });
  });

  it('gives rate null and status none when no order is in the window', () => {
    expect(reportOf({ asOf: ASOF, events: [] }).odr).toMatchObject({
      orders: 0,
      rate: null,
      status: 'none',
    });
  });

  it.each([
    ['ODR-TARGET: 0 of 100 is ok', 0, 'ok'],
    ['ODR-TARGET: exactly 1% is a breach (below 1% is the target)', 1, 'breach'],
  ])('%s', (_name, claims, status) => {
    const events = [
      ...orders(100, '2026-02-10T10:00:00+01:00'),
      ...Array.from({ length: claims }, (_, i) => ({
        type: 'claim.filed',
        at: '2026-02-11T10:00:00+01:00',
        claimId: `C${i}`,
        orderId: `O${i + 1}`,
      })),
    ];
    expect(reportOf({ asOf: ASOF, events }).odr.status).toBe(status);
  });
});

describe('ODR-WINDOW boundaries', () => {
  // course, asOf 2026-03-02 (Berlin): 2026-01-02 .. 2026-03-02
  it.each([
    ['course: the day before the first day is out', 'course', ASOF, '2026-01-01T23:59:59+01:00', 0],
    ['course: the first day is in', 'course', ASOF, '2026-01-02T00:00:00+01:00', 1],
    ["course: the last day (asOf's date) is in", 'course', ASOF, '2026-03-02T00:00:00+01:00', 1],
    [
      "course: later on asOf's date, after asOf, is out",
      'course',
      ASOF,
      '2026-03-02T23:00:00+01:00',
      0,
    ],
    // amazon-2026, report of 2020-11-18: 2020-09-06 .. 2020-11-04 (the report's example)
    [
      'amazon-2026: 2020-09-05 is out',
      'amazon-2026',
      '2020-11-18T12:00:00+01:00',
      '2020-09-05T23:59:59+02:00',
      0,
    ],
    [
      'amazon-2026: 2020-09-06 is in',
      'amazon-2026',
      '2020-11-18T12:00:00+01:00',
      '2020-09-06T00:00:00+02:00',
      1,
    ],
    [
      'amazon-2026: 2020-11-04 is in',
      'amazon-2026',
      '2020-11-18T12:00:00+01:00',
      '2020-11-04T23:59:59+01:00',
      1,
    ],
    [
      'amazon-2026: 2020-11-05 is out',
      'amazon-2026',
      '2020-11-18T12:00:00+01:00',
      '2020-11-05T00:00:00+01:00',
      0,
    ],
  ])('%s', (_name, profile, asOf, at, expected) => {
    expect(reportOf({ profile, asOf, events: [placed('A', at)] }).odr.orders).toBe(expected);
  });

  it('amazon-2026: the report of 2020-11-18 covers 2020-09-06..2020-11-04', () => {
    const { odr } = reportOf({
      profile: 'amazon-2026',
      asOf: '2020-11-18T12:00:00+01:00',
      events: [],
    });
    expect([odr.from, odr.to]).toEqual(['2020-09-06', '2020-11-04']);
  });

  it.each([
    [
      'Berlin: 23:30 UTC on 1 January is 2 January local, in the window',
      'Europe/Berlin',
      1,
      '2026-01-02',
    ],
    ['UTC: the same instant is 1 January, out of the window', 'UTC', 0, '2026-01-02'],
  ])('time zones: %s', (_name, timeZone, expected, from) => {
    const report = reportOf({
      timeZone,
      asOf: '2026-03-02T11:00:00Z',
      events: [placed('A', '2026-01-01T23:30:00Z')],
    });
    expect([report.odr.orders, report.odr.from]).toEqual([expected, from]);
  });

  it('amazon.com takes its days in Los Angeles', () => {
    // 2026-03-03T05:00Z is 2026-03-02 21:00 in Los Angeles: asOf's date is 2 March
    const report = reportOf({
      marketplace: 'amazon.com',
      asOf: '2026-03-03T05:00:00Z',
      events: [placed('A', '2026-01-02T09:00:00Z')],
    });
    expect([report.odr.from, report.odr.to, report.odr.orders]).toEqual([
      '2026-01-02',
      '2026-03-02',
      1,
    ]);
  });
});
