import { describe, expect, it } from 'vitest';
import { invoiceDeadlineCalculator, odrCalculator } from '../../src/engine/calculators.ts';

describe('lesson calculators run the engine', () => {
  it('ODR-EXAMPLE: 100 orders, 2 with claims and 1 with negative feedback: 3%, breach', () => {
    expect(
      odrCalculator({
        orders: 100,
        defects: [{ claim: true }, { claim: true }, { negativeFeedback: true }],
      }),
    ).toEqual({
      orders: 100,
      defectiveOrders: 3,
      defectsEntered: 3,
      rate: 0.03,
      target: 0.01,
      status: 'breach',
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
      odrCalculator({ orders: 100, defects: [{ claim: true }], profile: 'amazon-2026' }).rate,
    ).toBe(0.01);
  });

  it('rejects more defective orders than orders', () => {
    expect(() => odrCalculator({ orders: 1, defects: [{}, {}] })).toThrow(RangeError);
  });

  it.each([
    [
      'amazon.de, Friday before the spring change',
      '2026-03-27T15:00',
      'amazon.de',
      '2026-03-30T23:59:59+02:00',
      'Monday, 30 March 2026, 23:59:59 (UTC+02:00, Europe/Berlin)',
    ],
    [
      'amazon.fr, Friday before the autumn change',
      '2026-10-23T15:00',
      'amazon.fr',
      '2026-10-26T23:59:59+01:00',
      'Monday, 26 October 2026, 23:59:59 (UTC+01:00, Europe/Paris)',
    ],
    [
      'amazon.co.uk, a Wednesday',
      '2026-07-01T09:30',
      'amazon.co.uk',
      '2026-07-02T23:59:59+01:00',
      'Thursday, 2 July 2026, 23:59:59 (UTC+01:00, Europe/London)',
    ],
  ] as const)(
    'IDR-DEF invoice deadline: %s',
    (_name, shippedAt, marketplace, deadline, description) => {
      expect(invoiceDeadlineCalculator(shippedAt, marketplace)).toEqual({
        deadline,
        localDescription: description,
        note: null,
      });
    },
  );

  it('IDR-WINDOW: no deadline on amazon.com', () => {
    expect(invoiceDeadlineCalculator('2026-03-27T15:00', 'amazon.com').deadline).toBeNull();
  });
});
