/**
 * ISO-8601 text ↔ numbers: instants with an explicit offset (epoch milliseconds) and calendar
 * dates (day numbers: days since 1970-01-01). Pure calendar arithmetic, no time zone involved;
 * zone-dependent conversions live in time.ts. Hand-written for speed: the batch path parses a
 * million timestamps.
 */

/** Milliseconds in one hour. */
export const MS_PER_HOUR = 3_600_000;

/** Milliseconds in one 24-hour day. */
export const MS_PER_DAY = 86_400_000;

/** Reads `n` decimal digits at `i`; -1 if any is not a digit. */
function readDigits(text: string, i: number, n: number): number {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const digit = text.charCodeAt(i + k) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True for a leap year of the proleptic Gregorian calendar. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1..12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a Gregorian calendar date (H. Hinnant's algorithm). */
function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number as `{ year, month (1..12), day }`. */
export function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Parses an ISO-8601 date-time with an offset (`2026-02-20T10:00:00+01:00`, `…Z`; seconds and
 * a fraction optional) into epoch milliseconds; NaN if the text is not one or names an
 * impossible date or time.
 */
export function parseInstant(text: string): number {
  const length = text.length;
  if (length < 17) return NaN;
  const year = readDigits(text, 0, 4);
  if (year < 0 || text.charCodeAt(4) !== 45) return NaN;
  const month = readDigits(text, 5, 2);
  if (month < 1 || month > 12 || text.charCodeAt(7) !== 45) return NaN;
  const day = readDigits(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month) || text.charCodeAt(10) !== 84) return NaN;
  const hour = readDigits(text, 11, 2);
  if (hour < 0 || hour > 23 || text.charCodeAt(13) !== 58) return NaN;
  const minute = readDigits(text, 14, 2);
  if (minute < 0 || minute > 59) return NaN;
  let i = 16;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(i) === 58) {
    second = readDigits(text, i + 1, 2);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      i++;
      let count = 0;
      while (i < length) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        if (count < 3) millisecond = millisecond * 10 + digit;
        count++;
        i++;
      }
      if (count === 0) return NaN;
      for (let k = count; k < 3; k++) millisecond *= 10;
    }
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90) {
    if (i + 1 !== length) return NaN;
  } else if (sign === 43 || sign === 45) {
    if (i + 6 !== length || text.charCodeAt(i + 3) !== 58) return NaN;
    const offsetHours = readDigits(text, i + 1, 2);
    const offsetMins = readDigits(text, i + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) return NaN;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (sign === 43 ? 1 : -1);
  } else {
    return NaN;
  }
  const secondsOfDay = hour * 3600 + minute * 60 + second;
  return (
    (dayFromCivil(year, month, day) * 86400 + secondsOfDay) * 1000 +
    millisecond -
    offsetMinutes * 60_000
  );
}

/** Parses a calendar date `YYYY-MM-DD` into a day number; NaN if it is not a real date. */
export function parseCalendarDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const day = readDigits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayFromCivil(year, month, day);
}

const dayTexts = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (cached: reports name the same few days again and again). */
export function formatCalendarDay(dayNumber: number): string {
  let text = dayTexts.get(dayNumber);
  if (text === undefined) {
    const { year, month, day } = civilFromDay(dayNumber);
    text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (dayTexts.size < 100_000) dayTexts.set(dayNumber, text);
  }
  return text;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Zero-padded decimal. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
