import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDay, parseCalendarDay, parseInstant } from '../../src/engine/iso.ts';
import { isKnownTimeZone, ZoneClock } from '../../src/engine/time.ts';
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

/**
 * Daylight-saving changes of 2026 in zones of both hemispheres, with whole-hour, half-hour and
 * 45-minute offsets, written out by hand from the zones' rules: the UTC instant of the change,
 * the offset (minutes) before and after, and the local wall clock a millisecond before and at it.
 */
const CHANGES: readonly [string, string, number, number, string, string][] = [
  [
    'Europe/Berlin',
    '2026-03-29T01:00:00Z',
    60,
    120,
    '2026-03-29T01:59:59.999+01:00',
    '2026-03-29T03:00:00+02:00',
  ],
  [
    'Europe/Berlin',
    '2026-10-25T01:00:00Z',
    120,
    60,
    '2026-10-25T02:59:59.999+02:00',
    '2026-10-25T02:00:00+01:00',
  ],
  [
    'Europe/London',
    '2026-03-29T01:00:00Z',
    0,
    60,
    '2026-03-29T00:59:59.999+00:00',
    '2026-03-29T02:00:00+01:00',
  ],
  [
    'Europe/London',
    '2026-10-25T01:00:00Z',
    60,
    0,
    '2026-10-25T01:59:59.999+01:00',
    '2026-10-25T01:00:00+00:00',
  ],
  [
    'America/Los_Angeles',
    '2026-03-08T10:00:00Z',
    -480,
    -420,
    '2026-03-08T01:59:59.999-08:00',
    '2026-03-08T03:00:00-07:00',
  ],
  [
    'America/Los_Angeles',
    '2026-11-01T09:00:00Z',
    -420,
    -480,
    '2026-11-01T01:59:59.999-07:00',
    '2026-11-01T01:00:00-08:00',
  ],
  [
    'Australia/Lord_Howe',
    '2026-04-04T15:00:00Z',
    660,
    630,
    '2026-04-05T01:59:59.999+11:00',
    '2026-04-05T01:30:00+10:30',
  ],
  [
    'Australia/Lord_Howe',
    '2026-10-03T15:30:00Z',
    630,
    660,
    '2026-10-04T01:59:59.999+10:30',
    '2026-10-04T02:30:00+11:00',
  ],
  [
    'Pacific/Chatham',
    '2026-04-04T14:00:00Z',
    825,
    765,
    '2026-04-05T03:44:59.999+13:45',
    '2026-04-05T02:45:00+12:45',
  ],
  [
    'Pacific/Chatham',
    '2026-09-26T14:00:00Z',
    765,
    825,
    '2026-09-27T02:44:59.999+12:45',
    '2026-09-27T03:45:00+13:45',
  ],
  [
    'America/Santiago',
    '2026-04-05T03:00:00Z',
    -180,
    -240,
    '2026-04-04T23:59:59.999-03:00',
    '2026-04-04T23:00:00-04:00',
  ],
  [
    'America/Santiago',
    '2026-09-06T04:00:00Z',
    -240,
    -180,
    '2026-09-05T23:59:59.999-04:00',
    '2026-09-06T01:00:00-03:00',
  ],
];

describe('the offset cache on the days a zone changes its offset', () => {
  const DAY = 86_400_000;
  it.each(CHANGES)('%s, %s: %i → %i minutes', (zone, change, before, after) => {
    const at = parseInstant(change);
    const dayStart = Math.floor(at / DAY) * DAY;
    // A fresh clock for each instant: the first look-up of a UTC day fills the cache.
    const fresh = (instant: number) => new ZoneClock(zone).offsetMinutes(instant);
    expect(fresh(dayStart)).toBe(before);
    expect(fresh(at - 1)).toBe(before);
    expect(fresh(at)).toBe(after);
    expect(fresh(at + 7 * 60_000)).toBe(after);
    expect(fresh(dayStart + DAY - 1)).toBe(after);
    // One clock, read through the day and around it, in and out of its cache.
    const clock = new ZoneClock(zone);
    const instants = [
      dayStart - 1,
      at - 1,
      dayStart,
      at + 1,
      dayStart + DAY - 1,
      at - 1,
      dayStart + DAY,
    ];
    expect(instants.map((instant) => clock.offsetMinutes(instant))).toEqual([
      before,
      before,
      before,
      after,
      after,
      before,
      after,
    ]);
  });

  it.each(CHANGES)(
    '%s, %s: the wall clock around the change',
    (zone, change, _b, _a, justBefore, atChange) => {
      const at = parseInstant(change);
      const clock = new ZoneClock(zone);
      expect([clock.formatInstant(at - 1), clock.formatInstant(at)]).toEqual([
        justBefore,
        atChange,
      ]);
      expect([clock.localDay(at - 1), clock.localDay(at)]).toEqual([
        parseCalendarDay(justBefore.slice(0, 10)),
        parseCalendarDay(atChange.slice(0, 10)),
      ]);
    },
  );

  it.each([
    [
      'Berlin, the 23-hour day',
      'Europe/Berlin',
      '2026-03-29',
      '2026-03-29T00:00:00+01:00',
      '2026-03-29T23:59:59+02:00',
    ],
    [
      'Berlin, the 25-hour day',
      'Europe/Berlin',
      '2026-10-25',
      '2026-10-25T00:00:00+02:00',
      '2026-10-25T23:59:59+01:00',
    ],
    [
      'Lord Howe, half an hour shorter',
      'Australia/Lord_Howe',
      '2026-10-04',
      '2026-10-04T00:00:00+10:30',
      '2026-10-04T23:59:59+11:00',
    ],
    [
      'Santiago, whose midnight does not exist: it begins at 01:00',
      'America/Santiago',
      '2026-09-06',
      '2026-09-06T01:00:00-03:00',
      '2026-09-06T23:59:59-03:00',
    ],
    [
      'Los Angeles, the day after the change',
      'America/Los_Angeles',
      '2026-03-09',
      '2026-03-09T00:00:00-07:00',
      '2026-03-09T23:59:59-07:00',
    ],
  ])('%s: its first moment and its 23:59:59', (_name, zone, day, start, end) => {
    const clock = new ZoneClock(zone);
    const number = parseCalendarDay(day);
    // Asked twice: the second answer comes from the cache and must be the same.
    for (let pass = 0; pass < 2; pass++) {
      expect(clock.formatInstant(clock.dayStart(number))).toBe(start);
      expect(clock.formatInstant(clock.dayEndSecond(number))).toBe(end);
    }
  });

  it.each([
    // NOTIFY-DAYS: 3 calendar days on the wall clock, whatever the change in between.
    [
      'Berlin, over the spring change',
      'Europe/Berlin',
      '2026-03-27T10:00:00+01:00',
      3,
      '2026-03-30T10:00:00+02:00',
    ],
    [
      'Berlin, over the autumn change',
      'Europe/Berlin',
      '2026-10-23T10:00:00+02:00',
      3,
      '2026-10-26T10:00:00+01:00',
    ],
    [
      'Los Angeles, 7 days over the spring change',
      'America/Los_Angeles',
      '2026-03-05T09:00:00-08:00',
      7,
      '2026-03-12T09:00:00-07:00',
    ],
    [
      'Chatham, over its spring change',
      'Pacific/Chatham',
      '2026-09-25T12:00:00+12:45',
      3,
      '2026-09-28T12:00:00+13:45',
    ],
    [
      'Lord Howe, over its half-hour change',
      'Australia/Lord_Howe',
      '2026-04-03T08:00:00+11:00',
      3,
      '2026-04-06T08:00:00+10:30',
    ],
    [
      'a quiet week in Berlin',
      'Europe/Berlin',
      '2026-02-10T10:00:00+01:00',
      7,
      '2026-02-17T10:00:00+01:00',
    ],
    [
      'three days back',
      'Europe/Berlin',
      '2026-03-30T10:00:00+02:00',
      -3,
      '2026-03-27T10:00:00+01:00',
    ],
  ])(
    'NOTIFY-DAYS: adds calendar days on the wall clock (%s)',
    (_name, zone, from, days, expected) => {
      const clock = new ZoneClock(zone);
      expect(clock.formatInstant(clock.addCalendarDays(parseInstant(from), days))).toBe(expected);
    },
  );

  it.each([
    ['Berlin', 'Europe/Berlin', '2026-10-22T02:30:00+02:00', '2026-10-25T02:30:00+01:00'],
    ['London', 'Europe/London', '2026-10-22T01:30:00+01:00', '2026-10-25T01:30:00+00:00'],
  ])(
    'NOTIFY-DAYS: a wall time that comes twice on the day of the autumn change (%s) is resolved as the library resolves it',
    (_name, zone, from, expected) => {
      const at = parseInstant(from);
      const clock = new ZoneClock(zone);
      const library = addDays(new TZDate(at, zone), 3).getTime();
      expect(clock.addCalendarDays(at, 3)).toBe(library);
      expect(clock.formatInstant(library)).toBe(expected);
    },
  );
});

describe('the invoice deadline (IDR-DEF, IDR-BDAYS)', () => {
  it.each([
    ['Friday: Monday', '2026-02-20T16:00:00+01:00', '2026-02-23T23:59:59+01:00'],
    ['Saturday: Monday', '2026-02-21T10:00:00+01:00', '2026-02-23T23:59:59+01:00'],
    ['Sunday: Monday', '2026-02-22T10:00:00+01:00', '2026-02-23T23:59:59+01:00'],
    ['Monday: Tuesday', '2026-02-23T00:00:00+01:00', '2026-02-24T23:59:59+01:00'],
    [
      'Thursday late in the evening: Friday',
      '2026-02-26T23:59:59+01:00',
      '2026-02-27T23:59:59+01:00',
    ],
    [
      'Friday before the spring change: Monday in summer time',
      '2026-03-27T12:00:00+01:00',
      '2026-03-30T23:59:59+02:00',
    ],
  ])('shipped on a %s', (_name, shipped, expected) => {
    const clock = new ZoneClock('Europe/Berlin');
    expect(clock.formatInstant(clock.invoiceDeadline(parseInstant(shipped), [1, 2, 3, 4, 5]))).toBe(
      expected,
    );
  });

  it('a profile with business days on Wednesdays only waits for the next Wednesday', () => {
    const clock = new ZoneClock('UTC');
    expect(
      clock.formatInstant(clock.invoiceDeadline(parseInstant('2026-02-18T10:00:00Z'), [3])),
    ).toBe('2026-02-25T23:59:59+00:00');
  });

  it('a profile without business days is refused, not looped over', () => {
    const clock = new ZoneClock('UTC');
    expect(() => clock.invoiceDeadline(parseInstant('2026-02-18T10:00:00Z'), [])).toThrow(
      new RangeError('no business weekday in the profile'),
    );
  });
});

describe('ISO text of an instant', () => {
  it.each([
    ['UTC, whole second', 'UTC', '2026-02-20T10:00:00Z', '2026-02-20T10:00:00+00:00'],
    ['milliseconds are kept', 'UTC', '2026-02-20T10:00:00.007Z', '2026-02-20T10:00:00.007+00:00'],
    [
      'a negative offset',
      'America/Los_Angeles',
      '2026-02-20T10:00:00Z',
      '2026-02-20T02:00:00-08:00',
    ],
    ['a 45-minute offset', 'Asia/Kathmandu', '2026-02-20T10:00:00Z', '2026-02-20T15:45:00+05:45'],
    [
      'a negative half-hour offset',
      'America/St_Johns',
      '2026-02-20T10:00:00Z',
      '2026-02-20T06:30:00-03:30',
    ],
    ['the year 50', 'UTC', '0050-03-04T10:00:00Z', '0050-03-04T10:00:00+00:00'],
  ])('%s', (_name, zone, instant, expected) => {
    expect(new ZoneClock(zone).formatInstant(parseInstant(instant))).toBe(expected);
  });
});

describe('known time zones', () => {
  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['America/Argentina/Buenos_Aires', true],
    // A sign inside a name is part of it; only a name that starts with one is an offset.
    ['America/Port-au-Prince', true],
    ['Etc/GMT+1', true],
    ['', false],
    ['+01:00', false],
    ['-05:00', false],
    ['Mars/Olympus', false],
  ])('%s: %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
