import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDay, parseCalendarDay, parseInstant } from '../../src/engine/iso.ts';
import { ZoneClock } from '../../src/engine/time.ts';
import { reportOf } from './helpers.ts';

const ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'America/Los_Angeles',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Santiago',
  'UTC',
];

describe('zone clock', () => {
  it('its offset cache agrees with the library at every instant (DST changes included)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (zone, ms) => {
          const clock = new ZoneClock(zone);
          expect(clock.offsetMinutes(ms)).toBe(tzOffset(zone, new Date(ms)));
          const local = new TZDate(ms, zone);
          expect(formatCalendarDay(clock.localDay(ms))).toBe(
            `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('adds calendar days on the wall clock exactly as the library does (NOTIFY-DAYS)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 0, max: 10 }),
        (zone, ms, days) => {
          const expected = addDays(new TZDate(ms, zone), days).getTime();
          expect(new ZoneClock(zone).addCalendarDays(ms, days)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('adds calendar days across the spring change, where the wall time may not exist', () => {
    const clock = new ZoneClock('Europe/Berlin');
    // 2026-03-26 02:30 + 3 days is 2026-03-29 02:30, which the clocks skip
    const from = parseInstant('2026-03-26T02:30:00+01:00');
    expect(clock.addCalendarDays(from, 3)).toBe(
      addDays(new TZDate(from, 'Europe/Berlin'), 3).getTime(),
    );
  });

  it.each([
    [
      'the last second before the spring change',
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:59:59+01:00',
    ],
    ['the first second after it', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    [
      'the last second before the autumn change',
      '2026-10-25T00:59:59Z',
      '2026-10-25T02:59:59+02:00',
    ],
    ['the first second after it', '2026-10-25T01:00:00Z', '2026-10-25T02:00:00+01:00'],
  ])('formats %s in Berlin with its offset', (_name, instant, expected) => {
    expect(new ZoneClock('Europe/Berlin').formatInstant(parseInstant(instant))).toBe(expected);
  });

  it('starts and ends the 23-hour spring day at the right instants', () => {
    const clock = new ZoneClock('Europe/Berlin');
    const day = parseCalendarDay('2026-03-29');
    expect(clock.dayStart(day)).toBe(parseInstant('2026-03-29T00:00:00+01:00'));
    expect(clock.dayEndSecond(day)).toBe(parseInstant('2026-03-29T23:59:59+02:00'));
  });
});

describe('ISO-8601 parsing', () => {
  it.each([
    ['2026-02-20T10:00:00+01:00', Date.UTC(2026, 1, 20, 9)],
    ['2026-02-20T10:00+01:00', Date.UTC(2026, 1, 20, 9)],
    ['2026-02-20T10:00:00.250Z', Date.UTC(2026, 1, 20, 10, 0, 0, 250)],
    ['2026-02-20T10:00:00-05:30', Date.UTC(2026, 1, 20, 15, 30)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    '2026-02-20T10:00:00',
    '2026-02-20 10:00:00Z',
    '2026-02-29T10:00:00Z',
    '2026-02-20T24:00:00Z',
    '2026-02-20T10:00:00+1:00',
    '2026-02-20',
    'x',
    '2026-02-20T10:00:60Z',
  ])('rejects %s', (text) => {
    expect(parseInstant(text)).toBeNaN();
  });

  it('agrees with Date.parse on random instants and offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -14 * 4, max: 14 * 4 }),
        (ms, quarters) => {
          const offset = quarters * 15;
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const text = `${local}${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
          expect(parseInstant(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('years before 100', () => {
  // IDR-DEF: 0050-03-04 is a Friday, so its invoice is due Monday 0050-03-07 at 23:59:59. Date-style
  // constructors read years 0-99 as 1900-1999; the clock must not.
  it('keeps the invoice deadline in the year 50 (IDR-DEF)', () => {
    const report = reportOf({
      timeZone: 'UTC',
      asOf: '0050-03-20T12:00:00Z',
      events: [
        {
          type: 'order.placed',
          at: '0050-03-04T10:00:00Z',
          orderId: 'o',
          fulfillment: 'FBM',
          business: true,
        },
        { type: 'order.shipped', at: '0050-03-04T10:00:00Z', orderId: 'o' },
      ],
    });
    expect(report.violations).toEqual([
      { rule: 'IDR-DEF', subject: 'o', at: '0050-03-07T23:59:59+00:00' },
    ]);
  });
});
