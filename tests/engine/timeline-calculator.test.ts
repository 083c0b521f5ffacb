import { describe, expect, it } from 'vitest';
import {
  odrTimelineCalculator,
  timelineMaxDaysAgo,
  type TimelineDefect,
} from '../../src/engine/timeline-calculator.ts';

const today = '2026-03-02T12:00:00+01:00';
const lessonDefects: TimelineDefect[] = [
  { daysAgo: 50, claim: true },
  { daysAgo: 45, negativeFeedback: true },
  { daysAgo: 20, claim: true },
  { daysAgo: 5, chargeback: true },
];

describe('the ODR window timeline runs the engine on a steady account', () => {
  it('ODR-WINDOW, ODR-TARGET (course): 4 defects in 300 orders, each leaving 60 days after its order', () => {
    const result = odrTimelineCalculator({ ordersPerDay: 5, defects: lessonDefects, today });
    // Window: 2 January to 2 March (60 days); 5 orders a day: 300 orders, 4 defective: 1.33%.
    expect(result.window).toEqual({ from: '2026-01-02', to: '2026-03-02' });
    expect(result.today).toMatchObject({ orders: 300, defective: 4, status: 'breach' });
    expect(result.orders.map((order) => [order.placedOn, order.leavesOn])).toEqual([
      ['2026-01-11', '2026-03-12'],
      ['2026-01-16', '2026-03-17'],
      ['2026-02-10', '2026-04-11'],
      ['2026-02-25', '2026-04-26'],
    ]);
    // Orders keep coming at 5 a day: 3/300 = 1% still breaches; 2/300 = 0.67% does not.
    expect(result.departures.map((point) => [point.date, point.defective, point.status])).toEqual([
      ['2026-03-12', 3, 'breach'],
      ['2026-03-17', 2, 'ok'],
      ['2026-04-11', 1, 'ok'],
      ['2026-04-26', 0, 'ok'],
    ]);
    expect(result.backUnderTargetOn).toBe('2026-03-17');
    expect([result.figures.windowDays, result.figures.target, result.maxDaysAgo]).toEqual([
      60, 0.01, 59,
    ]);
  });

  it('ODR-WINDOW (amazon-2026): the window ends 14 days before today, so a defect of 5 days ago is not counted yet', () => {
    const result = odrTimelineCalculator({
      ordersPerDay: 5,
      defects: [{ daysAgo: 5, claim: true }],
      profile: 'amazon-2026',
      today,
    });
    expect(result.window).toEqual({ from: '2025-12-19', to: '2026-02-16' });
    expect(result.today).toMatchObject({ orders: 300, defective: 0 });
    expect(result.orders[0]?.leavesOn).toBe('2026-05-10');
    expect(result.maxDaysAgo).toBe(73);
  });

  it.each([
    ['0.5% is ok', 10, 3, 'ok'],
    ['0.83% is at risk (from 0.8% of a 1% target)', 10, 5, 'at-risk'],
    ['1% breaches', 10, 6, 'breach'],
  ])('ODR-TARGET: %s', (_name, ordersPerDay, count, level) => {
    const defects = Array.from({ length: count }, () => ({ daysAgo: 3, claim: true }));
    expect(odrTimelineCalculator({ ordersPerDay, defects, today }).today.level).toBe(level);
  });

  it.each([
    ['course', 60, 'daysAgo: a whole number from 0 to 59, got 60'],
    ['amazon-2026', 74, 'daysAgo: a whole number from 0 to 73, got 74'],
  ] as const)(
    'ODR-WINDOW: %s refuses a defect placed before the window can see it',
    (profile, daysAgo, message) => {
      expect(timelineMaxDaysAgo(profile)).toBe(daysAgo - 1);
      expect(() =>
        odrTimelineCalculator({
          ordersPerDay: 5,
          defects: [{ daysAgo, claim: true }],
          profile,
          today,
        }),
      ).toThrow(message);
    },
  );

  it('refuses a today that is not an instant', () => {
    expect(() => odrTimelineCalculator({ ordersPerDay: 5, defects: [], today: '2 March' })).toThrow(
      /^today: not an ISO-8601 date-time/,
    );
  });
});
