/** What trainees read: one style for dates and times, in the zone asked for, and numbers with units. */
import { describe, expect, it } from 'vitest';
import { localTime, quantity, when } from '../../src/lib/format.ts';

describe('when: every date and time a trainee reads', () => {
  it.each([
    ['2026-03-09T13:05:00Z', 'Europe/Berlin', 'short', 'Mon 9 Mar, 14:05'],
    ['2026-03-30T21:59:59Z', 'Europe/Berlin', 'full', 'Monday 30 March 2026, 23:59'],
    ['2026-07-14T08:00:00Z', 'Europe/Paris', 'date', 'Tuesday 14 July 2026'],
    // The same instant reads differently in the marketplace's zone: never in UTC by accident.
    ['2026-03-09T23:30:00Z', 'America/Los_Angeles', 'short', 'Mon 9 Mar, 16:30'],
    ['2026-03-09T23:30:00Z', 'Europe/Berlin', 'short', 'Tue 10 Mar, 00:30'],
    ['2026-07-29T10:10:00+02:00', 'Europe/Berlin', 'day', 'Wed 29 Jul'],
    // A calendar date (an order's ship-by day) is that day in any zone.
    ['2026-07-29', 'America/Los_Angeles', 'day', 'Wed 29 Jul'],
    ['2026-07-29', 'Asia/Tokyo', 'date', 'Wednesday 29 July 2026'],
    // An invoice deadline (IDR-DEF: end of the next business day) on the marketplace's clock,
    // its zone named so that summer time shows.
    [
      '2026-03-30T23:59:59+02:00',
      'Europe/Berlin',
      'zoned',
      'Monday 30 March 2026, 23:59 Central European Summer Time',
    ],
    [
      '2026-10-26T23:59:59+01:00',
      'Europe/Paris',
      'zoned',
      'Monday 26 October 2026, 23:59 Central European Standard Time',
    ],
    [
      '2026-07-02T23:59:59+01:00',
      'Europe/London',
      'zoned',
      'Thursday 2 July 2026, 23:59 British Summer Time',
    ],
  ] as const)('%s in %s (%s) reads "%s"', (instant, zone, style, expected) => {
    expect(when(instant, zone, style)).toBe(expected);
  });

  it('never shows an ISO timestamp', () => {
    expect(when(Date.parse('2026-11-20T10:00:00Z'), 'UTC', 'full')).not.toMatch(/T\d\d:|Z$/);
  });

  it('keeps the desk clock format for localTime', () => {
    expect(localTime('2026-03-09T13:05:00Z', 'Europe/Berlin')).toBe('Mon 9 Mar, 14:05');
  });
});

describe('quantity', () => {
  it.each([
    [3, 'defects', '3 defects'],
    [4, 'orders', '4 orders'],
    [9, 'invoices', '9 invoices'],
    [0.9, '%', '0.9%'],
    [1000, 'orders', '1,000 orders'],
    [2.5, undefined, '2.5'],
  ])('%s with unit %s reads "%s"', (value, unit, expected) => {
    expect(quantity(value, unit)).toBe(expected);
  });
});
