import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkGeneratorSpec,
  generateHistory,
  mulberry32,
  type GeneratorSpec,
} from '../../src/engine/history-generator.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { computeReport } from '../../src/engine/report.ts';
import { validateHistory } from '../../src/engine/validate.ts';

/** mulberry32 computed again with BigInt arithmetic modulo 2^32: an independent oracle. */
function mulberry32Oracle(seed: number, count: number): number[] {
  const M = 2n ** 32n;
  const u32 = (value: bigint) => ((value % M) + M) % M;
  const mul = (a: bigint, b: bigint) => u32(a * b);
  let state = u32(BigInt(seed));
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    state = u32(state + 0x6d2b79f5n);
    let t = state;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = u32(t ^ u32(t + mul(t ^ (t >> 7n), t | 61n)));
    out.push(Number(u32(t ^ (t >> 14n))) / 2 ** 32);
  }
  return out;
}

const base: GeneratorSpec = {
  seed: 7,
  from: '2026-06-15',
  to: '2026-08-09',
  orders: 985,
  fbaShare: 0.4,
  asOf: '2026-08-10T08:00:00+02:00',
};

describe('the seeded history generator', () => {
  it.each([0, 1, 42, 2 ** 31, -5])('draws mulberry32 exactly (seed %s)', (seed) => {
    const random = mulberry32(seed);
    expect(Array.from({ length: 8 }, random)).toEqual(mulberry32Oracle(seed, 8));
  });

  it('gives the same history for the same seed and figures, byte for byte', () => {
    expect(JSON.stringify(generateHistory(base))).toBe(JSON.stringify(generateHistory(base)));
  });

  it('gives another history for another seed', () => {
    expect(generateHistory({ ...base, seed: 8 }).events).not.toEqual(generateHistory(base).events);
  });

  it('places exactly the orders asked for, in the date range, each event after the one before', () => {
    const history = generateHistory(base);
    const placed = history.events.filter((event) => event.type === 'order.placed');
    expect(placed).toHaveLength(985);
    const days = placed.map((event) => event.at.slice(0, 10)).sort();
    expect(days[0]! >= '2026-06-15' && days.at(-1)! <= '2026-08-09').toBe(true);
    expect(history.asOf).toBe(base.asOf);
    const times = history.events.map((event) => parseInstant(event.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('lets orders under way at asOf go on after it (deliveries of parcels in transit)', () => {
    const history = generateHistory(base);
    const asOf = parseInstant(base.asOf!);
    const later = history.events.filter((event) => parseInstant(event.at) > asOf);
    expect(later.length).toBeGreaterThan(0);
    expect(new Set(later.map((event) => event.type))).toEqual(
      new Set(['order.shipped', 'order.delivered']),
    );
  });

  it.each([
    ['claims', { claimRate: 0.01 }, 'claims', 10],
    ['negative feedback', { negativeFeedbackRate: 0.02 }, 'negativeFeedback', 20],
    ['service chargebacks', { chargebackRate: 0.004 }, 'chargebacks', 4],
  ] as const)(
    'turns a rate of %s into an exact count of defective orders (ODR-DEF)',
    (_name, rates, column, expected) => {
      const history = generateHistory({
        ...base,
        ...rates,
        from: '2026-06-01',
        to: '2026-06-30',
        orders: 1000,
        asOf: '2026-07-30T12:00:00+02:00',
      });
      const checked = validateHistory(history);
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(computeReport(checked.history).odr[column]).toBe(expected);
    },
  );

  it('makes business orders need invoices and makes the asked share late or missing (IDR-DEF)', () => {
    const history = generateHistory({
      ...base,
      businessShare: 0.5,
      lateInvoiceRate: 0.1,
      asOf: '2026-08-20T12:00:00+02:00',
    });
    const checked = validateHistory(history);
    if (!checked.ok) throw new Error(checked.errors[0]?.message);
    const { idr } = computeReport({ ...checked.history, asOf: '2026-08-12T12:00:00+02:00' });
    const business = history.events.filter(
      (event) => event.type === 'order.placed' && event.business === true,
    ).length;
    expect(business).toBeGreaterThan(400);
    expect(idr.defective).toBe(Math.round(0.1 * idr.orders));
  });

  it('generates only valid histories, whatever the figures (fast-check)', () => {
    const rate = fc.double({ min: 0, max: 0.2, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer(),
          days: fc.integer({ min: 1, max: 90 }),
          ordersPerDay: fc.integer({ min: 0, max: 30 }),
          fbaShare: fc.double({ min: 0, max: 1, noNaN: true }),
          businessShare: fc.double({ min: 0, max: 1, noNaN: true }),
          claimRate: rate,
          negativeFeedbackRate: rate,
          chargebackRate: rate,
          messageRate: fc.double({ min: 0, max: 1, noNaN: true }),
          lateMessageRate: fc.double({ min: 0, max: 1, noNaN: true }),
          lateInvoiceRate: fc.double({ min: 0, max: 1, noNaN: true }),
          marketplace: fc.constantFrom('amazon.de', 'amazon.co.uk', 'amazon.com' as const),
        }),
        ({ days, ...figures }) => {
          const to = new Date(Date.UTC(2026, 2, 1) + (days - 1) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const history = generateHistory({ ...figures, from: '2026-03-01', to });
          expect(validateHistory(history).ok).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    [{ ...base, seed: 1.5 }, /^seed: a whole number/],
    [{ ...base, to: '2026-06-01' }, /^to: before from/],
    [{ ...base, from: '15.06.2026' }, /^from: not a calendar date/],
    [{ ...base, ordersPerDay: 3 }, /^orders: give either/],
    [{ ...base, fbaShare: 1.2 }, /^fbaShare: a share from 0 to 1/],
    [{ ...base, orders: -1 }, /^orders: from 0 to/],
  ])('names the field of a bad specification', (spec, message) => {
    expect(checkGeneratorSpec(spec)).toEqual([expect.stringMatching(message)]);
    expect(() => generateHistory(spec)).toThrow(message);
  });
});
