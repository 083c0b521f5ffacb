/**
 * Three scenario fields of the desk: acts that take time on the clock (`minutesPerAct`), a goal
 * that holds the late shipment rate (LSR) below its target, and the debrief's reading of the same
 * shift under Kaufland's and eBay's rules (`compareWith`).
 */
import { describe, expect, it } from 'vitest';
import type { DeskScenario } from '../../src/sim/desk-run.ts';
import { DeskRun } from '../../src/sim/desk-run.ts';
import { debrief } from '../../src/sim/debrief.ts';
import { comparisonOf } from '../../src/sim/marketplace-comparison.ts';
import { parseInstant } from '../../src/engine/index.ts';

const lsrGoal = {
  id: 'lsr',
  description: 'Keep the late shipment rate below its target.',
  points: 100,
  facts: ['LSR'],
  check: { kind: 'metric' as const, metric: 'lateShipment' as const, status: 'ok' as const },
};

/**
 * Monday 2 November 2026: 29 FBM orders shipped on time last week, 1 shipped late (3.3%), and two orders
 * due today (ship by 2 November); two buyer messages due at 08:20 and 08:40.
 */
function scenario(over: Partial<DeskScenario> = {}): DeskScenario {
  const shipped = Array.from({ length: 30 }, (_, index) => {
    const id = `P${index}`;
    const late = index === 0;
    return [
      {
        type: 'order.placed',
        at: '2026-10-26T09:00:00+01:00',
        orderId: id,
        fulfillment: 'FBM',
        shipBy: '2026-10-27',
        deliverBy: '2026-10-30',
      },
      {
        type: 'order.shipped',
        at: late ? '2026-10-28T09:00:00+01:00' : '2026-10-27T09:00:00+01:00',
        orderId: id,
        trackingId: `T${index}`,
      },
      { type: 'order.delivered', at: '2026-10-29T12:00:00+01:00', orderId: id },
    ];
  }).flat();
  return {
    marketplace: 'amazon.de',
    profile: 'course',
    requireWriting: false,
    start: {
      at: '2026-11-02T08:00:00+01:00',
      history: [
        ...shipped,
        ...['A', 'B'].map((id) => ({
          type: 'order.placed',
          at: '2026-11-01T09:00:00+01:00',
          orderId: id,
          fulfillment: 'FBM',
          shipBy: '2026-11-02',
          deliverBy: '2026-11-05',
        })),
        { type: 'message.received', at: '2026-11-01T08:20:00+01:00', messageId: 'M1' },
        { type: 'message.received', at: '2026-11-01T08:40:00+01:00', messageId: 'M2' },
      ],
    },
    end: '2026-11-03T12:00:00+01:00',
    arrivals: [],
    messages: [],
    feedback: [],
    decisions: [],
    rubric: [lsrGoal],
    ...over,
  };
}

describe('acts that take time (minutesPerAct)', () => {
  it('moves the clock on by the minutes after each act, so the act after is later', () => {
    const run = new DeskRun(scenario({ minutesPerAct: 15 }));
    run.act({ action: 'reply', subject: 'M1' });
    expect(run.now).toBe('2026-11-02T08:15:00+01:00');
    run.act({ action: 'reply', subject: 'M2' });
    expect(run.now).toBe('2026-11-02T08:30:00+01:00');
  });

  it('RESP-24H: the order of work decides: the later deadline first makes the earlier one late', () => {
    const wrongOrder = new DeskRun(scenario({ minutesPerAct: 25 }));
    wrongOrder.act({ action: 'reply', subject: 'M2' }); // 08:00, due 08:40
    wrongOrder.act({ action: 'reply', subject: 'M1' }); // 08:25, due 08:20: late
    expect(wrongOrder.report().violations.map((violation) => violation.subject)).toEqual(['M1']);
    const earliestFirst = new DeskRun(scenario({ minutesPerAct: 25 }));
    earliestFirst.act({ action: 'reply', subject: 'M1' }); // 08:00
    earliestFirst.act({ action: 'reply', subject: 'M2' }); // 08:25
    expect(earliestFirst.report().violations).toEqual([]);
  });

  it('takes no time when the scenario leaves it out', () => {
    const run = new DeskRun(scenario());
    run.act({ action: 'reply', subject: 'M1' });
    expect(run.now).toBe('2026-11-02T08:00:00+01:00');
  });
});

describe('a goal on the late shipment rate (LSR, target under 4%)', () => {
  it('LSR: 1 late of 32 shipments (3.1%) holds the target when today’s orders ship today', () => {
    const run = new DeskRun(scenario());
    run.act({ action: 'confirmShipment', subject: 'A', trackingId: 'TA' });
    run.act({ action: 'confirmShipment', subject: 'B', trackingId: 'TB' });
    run.advanceTo(run.end);
    const [goal] = debrief(run).rubric;
    expect(goal).toMatchObject({
      passed: true,
      evidence: { kind: 'held', metric: 'lateShipment' },
    });
  });

  it('LSR: shipping both the next day makes 3 late of 32 (9.4%), a breach when they are confirmed', () => {
    const run = new DeskRun(scenario());
    run.advanceTo(parseInstant('2026-11-03T09:00:00+01:00'));
    run.act({ action: 'confirmShipment', subject: 'A', trackingId: 'TA' });
    run.act({ action: 'confirmShipment', subject: 'B', trackingId: 'TB' });
    run.advanceTo(run.end);
    const [goal] = debrief(run).rubric;
    expect(goal?.passed).toBe(false);
    expect(goal?.evidence).toMatchObject({
      kind: 'breached',
      metric: 'lateShipment',
      at: '2026-11-03T09:00:00+01:00',
    });
  });
});

describe('the debrief’s reading under other marketplaces (compareWith)', () => {
  it('is absent unless the scenario asks for it', () => {
    const run = new DeskRun(scenario());
    run.advanceTo(run.end);
    expect(comparisonOf(run)).toBeNull();
  });

  it('RESP-KAUFLAND, EBAY-BANDS: shows each message of the shift on both clocks and the defect rate’s band', () => {
    const run = new DeskRun(
      scenario({
        compareWith: ['kaufland', 'ebay'],
        arrivals: [
          {
            at: '2026-11-02T10:00:00+01:00',
            events: [
              { type: 'message.received', at: '2026-11-02T10:00:00+01:00', messageId: 'M3' },
            ],
          },
        ],
      }),
    );
    run.advanceTo(parseInstant('2026-11-03T11:00:00+01:00'));
    run.act({ action: 'reply', subject: 'M3' });
    run.advanceTo(run.end);
    const comparison = comparisonOf(run);
    // Monday 10:00 + 24 h = Tuesday 10:00 (late at 11:00); + 48 working hours = Wednesday 10:00.
    // M1 and M2 were received before the shift: only the shift's message is listed.
    expect(comparison?.replies).toEqual([
      {
        messageId: 'M3',
        orderId: null,
        receivedAt: '2026-11-02T10:00:00+01:00',
        amazonDueAt: '2026-11-03T10:00:00+01:00',
        kauflandDueAt: '2026-11-04T10:00:00+01:00',
        handledAt: '2026-11-03T11:00:00+01:00',
        amazon: 'late',
        kaufland: 'on-time',
      },
    ]);
    // 32 orders in the ODR window, none defective: 0%, Top Rated.
    expect(comparison?.ebay).toMatchObject({ rate: 0, band: 'top-rated' });
  });
});
