import { describe, expect, it } from 'vitest';
import {
  invoiceDeadlineCalculator,
  odrCalculator,
  odrFigures,
} from '../../src/engine/calculators.ts';

const asOf = '2026-03-02T12:00:00+01:00';

describe('lesson calculators run the engine', () => {
  it('ODR-EXAMPLE: 100 orders, 2 with claims and 1 with negative feedback: 3%, breach', () => {
    expect(
      odrCalculator({
        orders: 100,
        defects: [{ claim: true }, { claim: true }, { negativeFeedback: true }],
        asOf,
      }),
    ).toEqual({
      orders: 100,
      defectiveOrders: 3,
      defectsEntered: 3,
      rate: 0.03,
      target: 0.01,
      status: 'breach',
      level: 'breach',
      headroom: 0,
    });
  });

  it('ODR-DEDUP: two defects on each of two orders count two orders', () => {
    const result = odrCalculator({
      orders: 400,
      defects: [
        { claim: true, negativeFeedback: true },
        { chargeback: true, claim: true },
      ],
      asOf,
    });
    // 2/400 = 0.5%; (2 + k)/400 < 1% for k ≤ 1
    expect([
      result.defectiveOrders,
      result.defectsEntered,
      result.rate,
      result.status,
      result.headroom,
    ]).toEqual([2, 4, 0.005, 'ok', 1]);
  });

  it('measures the same under amazon-2026 (its window ends 14 days earlier)', () => {
    expect(
      odrCalculator({ orders: 100, defects: [{ claim: true }], profile: 'amazon-2026', asOf }).rate,
    ).toBe(0.01);
  });

  it('rejects more defective orders than orders', () => {
    expect(() => odrCalculator({ orders: 1, defects: [{}, {}], asOf })).toThrow(RangeError);
  });

  it.each([
    ['0.7% is ok', 1000, 7, 'ok', 'ok'],
    ['0.8% is at risk (0.8 of the 1% target)', 1000, 8, 'ok', 'at-risk'],
    ['0.9% is at risk, not a green OK', 1000, 9, 'ok', 'at-risk'],
    ['1% breaches', 1000, 10, 'breach', 'breach'],
  ])('ODR-TARGET: %s', (_name, orders, defective, status, level) => {
    const result = odrCalculator({
      orders,
      defects: Array.from({ length: defective }, () => ({ claim: true })),
      asOf,
    });
    expect([result.status, result.level]).toEqual([status, level]);
  });

  it.each([
    [
      'course',
      {
        target: 0.01,
        atRiskFrom: 0.008,
        negativeFeedbackMaxRating: 2,
        windowDays: 60,
        windowEndsDaysBefore: 0,
      },
    ],
    [
      'amazon-2026',
      {
        target: 0.01,
        atRiskFrom: 0.008,
        negativeFeedbackMaxRating: 2,
        windowDays: 60,
        windowEndsDaysBefore: 14,
      },
    ],
  ] as const)(
    'ODR-TARGET, ODR-WINDOW, FB-NEGATIVE: the %s figures a lesson shows',
    (profile, figures) => {
      expect(odrFigures(profile)).toEqual(figures);
    },
  );

  it.each([
    [
      'amazon.de, Friday before the spring change',
      '2026-03-27T15:00',
      'amazon.de',
      '2026-03-30T23:59:59+02:00',
      'Europe/Berlin',
    ],
    [
      'amazon.fr, Friday before the autumn change',
      '2026-10-23T15:00',
      'amazon.fr',
      '2026-10-26T23:59:59+01:00',
      'Europe/Paris',
    ],
    [
      'amazon.co.uk, a Wednesday',
      '2026-07-01T09:30',
      'amazon.co.uk',
      '2026-07-02T23:59:59+01:00',
      'Europe/London',
    ],
  ] as const)(
    'IDR-DEF invoice deadline: %s (an instant on the marketplace clock; the page words it)',
    (_name, shippedAt, marketplace, deadline, timeZone) => {
      expect(invoiceDeadlineCalculator(shippedAt, marketplace)).toEqual({
        deadline,
        timeZone,
        note: null,
      });
    },
  );

  it('IDR-WINDOW: no deadline on amazon.com, said in words a trainee reads (no fact code)', () => {
    const result = invoiceDeadlineCalculator('2026-03-27T15:00', 'amazon.com');
    expect(result.deadline).toBeNull();
    expect(result.note).toMatch(/EU marketplaces only, not on amazon\.com/);
    expect(result.note).not.toMatch(/[A-Z]{2,}-[A-Z0-9]+/);
  });
});
