import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine/explain.ts';
import { historyView } from '../../src/engine/report.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { whatIfOf } from '../../src/engine/what-if.ts';
import { orders, placed } from './helpers.ts';

function viewOf(input: Record<string, unknown>) {
  const result = validateHistory(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return historyView(result.history);
}

const many = (prefix: string, n: number, at: string) =>
  orders(n, at).map((e) => ({ ...e, orderId: `${prefix}${String(e['orderId'])}` }));
const claim = (id: string, orderId: string, at: string) => ({
  type: 'claim.filed',
  at,
  claimId: id,
  orderId,
});

describe('explain: the orders and defects behind each metric, with fact IDs', () => {
  it('lists the defective orders of "why is my ODR 3%?" (ODR-EXAMPLE)', () => {
    const view = viewOf({
      asOf: '2026-03-02T12:00:00+01:00',
      events: [
        ...orders(100, '2026-02-10T10:00:00+01:00'),
        claim('C1', 'O1', '2026-02-12T10:00:00+01:00'),
        claim('C2', 'O2', '2026-02-12T10:00:00+01:00'),
        {
          type: 'feedback.posted',
          at: '2026-02-13T10:00:00+01:00',
          feedbackId: 'F1',
          orderId: 'O3',
          rating: 1,
        },
      ],
    });
    const { odr } = explain(view);
    expect(odr.rate).toBe(0.03);
    expect(
      odr.ordersWithDefects.map((line) => [
        line.orderId,
        line.defective,
        line.defects.map((d) => [d.kind, d.id, d.counts, d.fact]),
      ]),
    ).toEqual([
      ['O1', true, [['claim', 'C1', true, 'A2Z-COUNTS']]],
      ['O2', true, [['claim', 'C2', true, 'A2Z-COUNTS']]],
      ['O3', true, [['negativeFeedback', 'F1', true, 'FB-NEGATIVE']]],
    ]);
  });

  it('shows defects that do not count, with the fact that says so', () => {
    const view = viewOf({
      profile: 'amazon-2026',
      asOf: '2026-03-30T12:00:00+02:00',
      events: [
        placed('A', '2026-02-10T10:00:00+01:00'),
        claim('C', 'A', '2026-02-12T10:00:00+01:00'),
        { type: 'claim.decided', at: '2026-02-14T10:00:00+01:00', claimId: 'C', outcome: 'denied' },
        {
          type: 'chargeback.filed',
          at: '2026-02-13T10:00:00+01:00',
          chargebackId: 'K',
          orderId: 'A',
          reason: 'fraud',
        },
      ],
    });
    const [line] = explain(view).odr.ordersWithDefects;
    expect(line?.defective).toBe(false);
    expect(line?.defects.map((d) => [d.id, d.counts, d.fact])).toEqual([
      ['C', false, 'A2Z-COUNTS'],
      ['K', false, 'CB-WHO'],
    ]);
  });

  it('lists late and missing invoices and late messages with their reasons', () => {
    const view = viewOf({
      asOf: '2026-03-02T12:00:00+01:00',
      events: [
        placed('A', '2026-02-16T10:00:00+01:00', { business: true }),
        { type: 'order.shipped', at: '2026-02-16T12:00:00+01:00', orderId: 'A' },
        { type: 'message.received', at: '2026-02-20T10:00:00+01:00', messageId: 'M' },
        {
          type: 'message.replied',
          at: '2026-02-20T10:05:00+01:00',
          messageId: 'M',
          automated: true,
        },
      ],
    });
    const explanation = explain(view);
    expect(explanation.idr.invoices).toEqual([
      {
        orderId: 'A',
        placedOn: '2026-02-16',
        deadline: '2026-02-17T23:59:59+01:00',
        uploadedAt: null,
        status: 'missing',
        fact: 'IDR-DEF',
      },
    ]);
    expect(explanation.lateResponse.countedMessages).toEqual([
      expect.objectContaining({ messageId: 'M', status: 'late', fact: 'RESP-AUTO' }),
    ]);
  });
});

describe('what-if on ODR', () => {
  it.each([
    ['3 defective in 1000: 6 more stay under 1% (9/1000), the 7th breaches', 1000, 3, 6],
    ['0 defective in 100: none more (1/100 is 1%, not below)', 100, 0, 0],
    ['0 defective in 101: 1 more (1/101 < 1%)', 101, 0, 1],
    ['3 defective in 100: already in breach', 100, 3, 0],
  ])('ODR-TARGET headroom: %s', (_name, n, defective, headroom) => {
    const events = [
      ...orders(n, '2026-02-10T10:00:00+01:00'),
      ...Array.from({ length: defective }, (_, i) =>
        claim(`C${i}`, `O${i + 1}`, '2026-02-11T10:00:00+01:00'),
      ),
    ];
    expect(whatIfOf(viewOf({ asOf: '2026-03-02T12:00:00+01:00', events })).headroom).toBe(headroom);
  });

  it('ODR-WINDOW: gives the date each defect leaves the window and when ODR is back under target', () => {
    const events = [
      ...many('J', 100, '2026-01-10T10:00:00+01:00'),
      ...many('F', 100, '2026-02-20T10:00:00+01:00'),
      claim('C1', 'JO1', '2026-01-12T10:00:00+01:00'),
      claim('C2', 'JO2', '2026-01-12T10:00:00+01:00'),
      claim('C3', 'JO3', '2026-01-12T10:00:00+01:00'),
    ];
    const whatIf = whatIfOf(viewOf({ asOf: '2026-03-02T12:00:00+01:00', events }));
    expect(whatIf.odr).toMatchObject({ orders: 200, defective: 3, status: 'breach' });
    // 2026-01-10 + 60 days = 2026-03-11: the first report date whose window (2026-01-11 ..) leaves it out
    expect(whatIf.defectsLeaving).toEqual(
      ['JO1', 'JO2', 'JO3'].map((orderId) => ({
        orderId,
        placedOn: '2026-01-10',
        leavesWindowOn: '2026-03-11',
      })),
    );
    expect(whatIf.backUnderTargetOn).toBe('2026-03-11');
  });

  it('amazon-2026: a defect leaves 60 + 14 days after its order date', () => {
    const events = [
      placed('A', '2026-01-10T10:00:00+01:00'),
      claim('C', 'A', '2026-01-12T10:00:00+01:00'),
    ];
    const whatIf = whatIfOf(
      viewOf({ profile: 'amazon-2026', asOf: '2026-03-02T12:00:00+01:00', events }),
    );
    expect(whatIf.defectsLeaving).toEqual([
      { orderId: 'A', placedOn: '2026-01-10', leavesWindowOn: '2026-03-25' },
    ]);
  });

  it('is null when the window empties before ODR is under target', () => {
    const events = [
      placed('A', '2026-02-10T10:00:00+01:00'),
      claim('C', 'A', '2026-02-12T10:00:00+01:00'),
    ];
    expect(
      whatIfOf(viewOf({ asOf: '2026-03-02T12:00:00+01:00', events })).backUnderTargetOn,
    ).toBeNull();
  });

  it("is asOf's date when ODR is already under target", () => {
    expect(
      whatIfOf(
        viewOf({
          asOf: '2026-03-02T12:00:00+01:00',
          events: orders(5, '2026-02-10T10:00:00+01:00'),
        }),
      ).backUnderTargetOn,
    ).toBe('2026-03-02');
  });
});
