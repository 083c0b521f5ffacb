/**
 * Local time in a marketplace's zone: the local calendar day of an instant, the instants that
 * start and end a local day, adding calendar days on the wall clock, the invoice deadline, and
 * ISO-8601 text with the local offset. Offsets and wall-clock conversions come from
 * @date-fns/tz (Intl data), daylight-saving changes included.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
// Subpath import: the package index loads every date-fns function (~2 s at start-up).
import { addDays } from 'date-fns/addDays';
import { MS_PER_DAY, civilFromDay, isoWeekday, pad } from './iso.ts';

/** Minutes in one cache slot of a day whose offset changes (see ZoneClock.offsetMinutes). */
const SLOT_MINUTES = 15;
const SLOT_MS = SLOT_MINUTES * 60_000;
const SLOTS_PER_DAY = MS_PER_DAY / SLOT_MS;

/** Days after a given day that make up the next week (which holds every weekday once). */
const THE_NEXT_SEVEN_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** True if `timeZone` is an IANA zone name the runtime knows (`Europe/Berlin`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  // The runtime also takes an offset (`+01:00`) as a zone: the contract asks for a name. (It
  // refuses an empty name itself.)
  if (/^[+-]/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Local-time arithmetic in one IANA time zone, with a cache of the zone's offsets. */
export class ZoneClock {
  /** The IANA zone name. */
  readonly timeZone: string;
  // Offset cache, keyed by UTC day number: a number when the zone keeps one offset the whole
  // UTC day (true of almost every day), else the offsets of the day's 96 quarter hours.
  // Offsets come from the library (tzOffset, Intl-based, ~µs per call); the cache makes the
  // batch path's million look-ups a map read each. It relies on two facts of the tz database
  // since 1970: a zone changes its offset at most once in a UTC day, and only at a whole
  // quarter hour of UTC, so the ends of a day, or its quarter hours, tell every offset in it.
  readonly #offsets = new Map<number, number | Float64Array>();
  readonly #dayStarts = new Map<number, number>();
  readonly #dayEnds = new Map<number, number>();
  #lastDay = NaN;
  #lastOffset = 0;

  /** A clock for `timeZone` (use zoneClock() to share one per zone). */
  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** The zone's UTC offset in minutes at an instant (+60 for Berlin in winter). */
  offsetMinutes(instant: number): number {
    const utcDay = Math.floor(instant / MS_PER_DAY);
    if (utcDay === this.#lastDay) return this.#lastOffset;
    let entry = this.#offsets.get(utcDay);
    if (entry === undefined) {
      const start = utcDay * MS_PER_DAY;
      const first = tzOffset(this.timeZone, new Date(start));
      const last = tzOffset(this.timeZone, new Date(start + MS_PER_DAY - 1));
      if (first === last) {
        entry = first;
      } else {
        entry = new Float64Array(SLOTS_PER_DAY);
        for (let slot = 0; slot < SLOTS_PER_DAY; slot++)
          entry[slot] = tzOffset(this.timeZone, new Date(start + slot * SLOT_MS));
      }
      this.#offsets.set(utcDay, entry);
    }
    if (typeof entry === 'number') {
      this.#lastDay = utcDay;
      this.#lastOffset = entry;
      return entry;
    }
    return entry[Math.floor((instant - utcDay * MS_PER_DAY) / SLOT_MS)] ?? 0;
  }

  /** The local calendar day (day number) of an instant. */
  localDay(instant: number): number {
    return Math.floor((instant + this.offsetMinutes(instant) * 60_000) / MS_PER_DAY);
  }

  /** The instant a local day begins (its first existing moment on the local clock). */
  dayStart(day: number): number {
    let start = this.#dayStarts.get(day);
    if (start === undefined) {
      start = this.#wallClock(day, 0, 0, 0);
      this.#dayStarts.set(day, start);
    }
    return start;
  }

  /** The instant of 23:59:59 local on a day. */
  dayEndSecond(day: number): number {
    let end = this.#dayEnds.get(day);
    if (end === undefined) {
      end = this.#wallClock(day, 23, 59, 59);
      this.#dayEnds.set(day, end);
    }
    return end;
  }

  /** The same local wall-clock time `days` calendar days later (or earlier). */
  addCalendarDays(instant: number, days: number): number {
    // Fast path: when neither the start's nor the candidate's UTC days (and their neighbours)
    // hold an offset change and both offsets agree, `days` whole days later has the same wall
    // clock. Otherwise the library resolves it (DST gaps and repeated hours included).
    const candidate = instant + days * MS_PER_DAY;
    if (
      this.#steadyAround(instant) &&
      this.#steadyAround(candidate) &&
      this.offsetMinutes(instant) === this.offsetMinutes(candidate)
    ) {
      return candidate;
    }
    return addDays(new TZDate(instant, this.timeZone), days).getTime();
  }

  /** True if the UTC days around an instant keep one offset each (no change in them). */
  #steadyAround(instant: number): boolean {
    const utcDay = Math.floor(instant / MS_PER_DAY);
    for (let day = utcDay - 1; day <= utcDay + 1; day++) {
      this.offsetMinutes(day * MS_PER_DAY);
      if (typeof this.#offsets.get(day) !== 'number') return false;
    }
    return true;
  }

  /**
   * The invoice deadline of a shipment confirmed at `shippedAt`: 23:59:59 local of the first
   * business day after the local day of confirmation. Public holidays are business days, so
   * only the weekday matters.
   * @see IDR-DEF @see IDR-BDAYS
   */
  invoiceDeadline(shippedAt: number, businessWeekdays: readonly number[]): number {
    const shippedDay = this.localDay(shippedAt);
    for (const after of THE_NEXT_SEVEN_DAYS) {
      const day = shippedDay + after;
      if (businessWeekdays.includes(isoWeekday(day))) return this.dayEndSecond(day);
    }
    throw new RangeError('no business weekday in the profile');
  }

  /** ISO-8601 text of an instant in this zone, with its offset: `2026-03-30T23:59:59+02:00`. */
  formatInstant(instant: number): string {
    const offset = Math.round(this.offsetMinutes(instant));
    const local = new Date(instant + offset * 60_000);
    const millis = local.getUTCMilliseconds();
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return (
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}` +
      `T${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}` +
      (millis === 0 ? '' : `.${pad(millis, 3)}`) +
      `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`
    );
  }

  /** The instant of a local wall-clock time on a day, as the library resolves it. */
  #wallClock(day: number, hours: number, minutes: number, seconds: number): number {
    const { year, month, day: date } = civilFromDay(day);
    // Like Date, the constructor reads years 0-99 as 1900-1999; setFullYear takes the year as
    // given, with its month and day: the constructor only brings the zone and the time of day.
    const local = new TZDate(2000, 0, 1, hours, minutes, seconds, 0, this.timeZone);
    local.setFullYear(year, month - 1, date);
    local.setHours(hours, minutes, seconds, 0);
    return local.getTime();
  }
}

const clocks = new Map<string, ZoneClock>();

/** The shared clock of a time zone (its caches are kept across reports). */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}
