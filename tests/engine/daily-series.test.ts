/**
 * The daily series (the sandbox's chart): each day's point is the report as of that day's last
 * millisecond. Table-driven cases cite the facts that move a point; a property checks every day
 * of random histories against the batch report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { dailySeries, MAX_SERIES_DAYS } from '../../src/engine/daily-series.ts';
import { formatCalendarDay, parseCalendarDay } from '../../src/engine/iso.ts';
import { computeReport } from '../../src/engine/report.ts';
import { zoneClock } from '../../src/engine/time.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { BASE, historyArb } from './arbitraries.ts';
import { event, orders, placed } from './helpers.ts';

/** The series of a Berlin course account built from these events. */
function seriesOf(events: Record<string, unknown>[], from: string, to: string, profile = 'course') {
  const account = createAccount({ profile: profile as 'course' | 'amazon-2026' });
  account.applyAll(events.map(event));
  return dailySeries(account.readAt('2027-01-01T00:00:00Z'), from, to);
}

/** The point of one day. */
function pointOn(series: ReturnType<typeof seriesOf>, day: string) {
  const k = series.days.indexOf(day);
  return {
    odr: series.odr[k],
    odrOrders: series.odrOrders[k],
    idr: series.idr[k],
    lateResponse: series.lateResponse[k],
  };
}

describe('the daily series, day by day', () => {
  it('lists every day of the range once, in order', () => {
    const series = seriesOf([], '2026-03-28', '2026-04-02');
    expect(series.days).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
    expect(series.odr).toEqual([null, null, null, null, null, null]);
    expect(series.targets).toEqual({ odr: 0.01, idr: 0.05, lateResponse: 0.1 });
  });

  it.each([
    // ODR-DEF: a claim counts from the day it is filed; ODR-DEDUP: the order once.
    ['ODR-DEF a claim counts from its day', '2026-03-09', { odr: 0, odrOrders: 4 }],
    [
      'ODR-DEF / ODR-DEDUP claim and feedback on one order count once',
      '2026-03-10',
      { odr: 0.25, odrOrders: 4 },
    ],
    // FB-REPORT: removed feedback no longer counts, but the claim still does.
    ['FB-REPORT removal leaves the claim', '2026-03-12', { odr: 0.25, odrOrders: 4 }],
    // ODR-WINDOW (course): 60 days ending with the day; placed 2026-03-02 → last counted 2026-04-30.
    ['ODR-WINDOW last day in the window', '2026-04-30', { odr: 0.25, odrOrders: 4 }],
    ['ODR-WINDOW the order has left', '2026-05-01', { odr: null, odrOrders: 0 }],
  ])('%s', (_name, day, expected) => {
    const events = [
      ...orders(4, '2026-03-02T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-03-10T09:00:00+01:00', claimId: 'C1', orderId: 'O1' },
      {
        type: 'feedback.posted',
        at: '2026-03-10T12:00:00+01:00',
        feedbackId: 'F1',
        orderId: 'O1',
        rating: 1,
      },
      { type: 'feedback.removed', at: '2026-03-11T12:00:00+01:00', feedbackId: 'F1' },
    ];
    expect(pointOn(seriesOf(events, '2026-03-01', '2026-05-02'), day)).toMatchObject(expected);
  });

  it('IDR-DEF counts a missing invoice from the day after its deadline (23:59:59 of the next business day)', () => {
    const events = [
      placed('B1', '2026-03-05T10:00:00+01:00', { business: true }), // a Thursday
      { type: 'order.shipped', at: '2026-03-05T15:00:00+01:00', orderId: 'B1', trackingId: 'T' },
    ];
    const series = seriesOf(events, '2026-03-05', '2026-03-07');
    // Deadline: Friday 6 March 23:59:59. As of Friday's last millisecond it has passed.
    expect(series.idr).toEqual([null, 1, 1]);
    expect(series.idrDefective).toEqual([0, 1, 1]);
  });

  it('RESP-24H counts a message late from the day its 24 hours run out', () => {
    const events = [
      { type: 'message.received', at: '2026-03-05T20:00:00+01:00', messageId: 'M1' },
      { type: 'message.replied', at: '2026-03-07T09:00:00+01:00', messageId: 'M1' },
    ];
    const series = seriesOf(events, '2026-03-05', '2026-03-07');
    expect(series.lateResponse).toEqual([null, 1, 1]);
    expect(series.lateMessages).toEqual([0, 1, 1]);
  });

  it('A2Z-COUNTS (amazon-2026): a denied claim stops counting from the day of the denial', () => {
    const events = [
      ...orders(2, '2026-03-02T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-03-03T09:00:00+01:00', claimId: 'C1', orderId: 'O1' },
      {
        type: 'claim.decided',
        at: '2026-03-20T09:00:00+01:00',
        claimId: 'C1',
        outcome: 'denied',
      },
    ];
    // amazon-2026's window ends 14 days before the day: look far enough on.
    const series = seriesOf(events, '2026-03-16', '2026-03-21', 'amazon-2026');
    expect(pointOn(series, '2026-03-19').odr).toBe(0.5);
    expect(pointOn(series, '2026-03-20').odr).toBe(0);
  });

  it('refuses a reversed or too long range', () => {
    const account = createAccount().readAt('2026-01-01T00:00:00Z');
    const series = (from: string, to: string) => dailySeries(account, from, to);
    expect(() => series('2026-03-02', '2026-03-01')).toThrow(RangeError);
    const last = formatCalendarDay(parseCalendarDay('2026-01-01') + MAX_SERIES_DAYS);
    expect(() => series('2026-01-01', last)).toThrow(/at most/);
    expect(() => series('2026-13-01', '2026-12-01')).toThrow(/from:/);
  });
});

describe('the daily series as a model of the report', () => {
  it('equals the report as of the last millisecond of each day, for random histories', () => {
    fc.assert(
      fc.property(historyArb({ maxOrders: 8 }), fc.integer({ min: 0, max: 100 }), (h, start) => {
        const account = createAccount(h);
        account.applyAll(h.events);
        const clock = zoneClock(h.timeZone);
        const first = clock.localDay(BASE) - 5 + start;
        const last = first + 40;
        // A reading of any moment gives the same series: here one before every event.
        const series = dailySeries(
          account.readAt(new Date(BASE - 86_400_000).toISOString()),
          formatCalendarDay(first),
          formatCalendarDay(last),
        );
        for (let day = first; day <= last; day += 1) {
          const asOf = clock.formatInstant(clock.dayStart(day + 1) - 1);
          const checked = validateHistory({ ...h, asOf, events: h.events });
          if (!checked.ok) throw new Error('invalid generated history');
          const report = computeReport(checked.history);
          const k = day - first;
          expect({
            odr: [series.odr[k], series.odrOrders[k], series.odrDefective[k]],
            idr: [series.idr[k], series.idrOrders[k], series.idrDefective[k]],
            late: [series.lateResponse[k], series.messages[k], series.lateMessages[k]],
          }).toEqual({
            odr: [report.odr.rate, report.odr.orders, report.odr.defective],
            idr: [report.idr.rate, report.idr.orders, report.idr.defective],
            late: [
              report.lateResponse.rate,
              report.lateResponse.messages,
              report.lateResponse.late,
            ],
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
