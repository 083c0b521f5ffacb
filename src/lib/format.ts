/** Display formatting shared by islands and pages (presentation only: no rule lives here). */
import { parseInstant } from '../engine/index.ts';

const percentFormat = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** A rate as a percentage ("3%", "1.33%"), or "n/a" when nothing was counted. */
export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : percentFormat.format(rate);
}

/** A share as a whole percentage ("85%"), for scores; "–" when there is none. */
export function wholePercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A duration as "3 h 20 min" (or "overdue by 2 h 5 min" when negative). */
export function timeLeft(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const text =
    [days ? `${days} d` : '', hours ? `${hours} h` : '', !days && rest ? `${rest} min` : '']
      .filter(Boolean)
      .join(' ') || '0 min';
  return ms < 0 ? `overdue by ${text}` : `${text} left`;
}

/** How much of an instant `when` shows. */
export type WhenStyle = 'short' | 'full' | 'date' | 'day' | 'zoned';

/** The parts of a date and time read on its own. */
const fullOptions: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

const whenOptions: Record<WhenStyle, Intl.DateTimeFormatOptions> = {
  // "Mon 9 Mar, 14:05": the desk's clock, deadlines, events.
  short: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  // "Monday 30 March 2026, 23:59": an answer or a deadline read on its own.
  full: fullOptions,
  // "Tuesday 1 December 2026": a day (certificate, next review).
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  // "Wed 29 Jul": a day on the desk (ship by, deliver by, placed), beside its short times.
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  // "Monday 30 March 2026, 23:59 Central European Summer Time": a deadline on the marketplace's
  // clock, read by someone who may work in another zone (summer time named).
  zoned: { ...fullOptions, timeZoneName: 'long' },
};
const whenFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`2026-07-29`), which names the same day in every zone. */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every date and time a trainee reads, in one style, as wall-clock time in `timeZone` (the
 * marketplace's zone for anything that happens on the account; `undefined` for the trainee's
 * own zone, e.g. when their next review is due). A calendar date (`2026-07-29`, an order's ship-by
 * day) is that day, whatever the zone. Never shows an ISO timestamp.
 */
export function when(
  instant: string | number | Date,
  timeZone: string | undefined,
  style: WhenStyle = 'short',
): string {
  if (typeof instant === 'string' && CALENDAR_DATE.test(instant))
    return when(`${instant}T12:00:00Z`, 'UTC', style);
  const key = `${style} ${timeZone ?? ''}`;
  let format = whenFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      ...whenOptions[style],
      timeZone,
      hourCycle: 'h23',
    });
    whenFormats.set(key, format);
  }
  // en-GB writes "Monday, 30 March 2026 at 23:59"; the site writes "Monday 30 March 2026, 23:59".
  const date = typeof instant === 'string' ? new Date(parseInstant(instant)) : new Date(instant);
  return format
    .format(date)
    .replace(/^([A-Za-z]+), /, '$1 ')
    .replace(' at ', ', ');
}

/** An instant as local wall-clock time in a zone: "Mon 9 Mar, 14:05" (`when`, short style). */
export function localTime(iso: string | number, timeZone: string): string {
  return when(iso, timeZone, 'short');
}

/** A number with its unit as a trainee reads it: "3%", "0.9%", "3 defects", "1,000 orders". */
export function quantity(value: number, unit?: string): string {
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 4 }).format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
