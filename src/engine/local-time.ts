/** Reading a local wall-clock date-time, as a trainee types it, in a marketplace's time zone. */
import { TZDate } from '@date-fns/tz';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant (epoch ms) a local date-time (`2026-03-30T23:59`) names in a time zone, or NaN. */
export function localDateTimeToInstant(local: string, timeZone: string): number {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return Number.NaN;
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const instant = new TZDate(2000, month - 1, day, hours, minutes, seconds, 0, timeZone);
  // Like Date, the constructor reads years 0-99 as 1900-1999; setFullYear takes the year as given.
  instant.setFullYear(year, month - 1, day);
  instant.setHours(hours, minutes, seconds, 0);
  return instant.getTime();
}
