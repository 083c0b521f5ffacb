/**
 * Date fields that say what is wrong in a trainer's words: a date-time without its offset is named
 * as such, and an unquoted date (which YAML turns into a date object) is explained, instead of
 * "Invalid ISO datetime" or 'Expected type "string", received "object"'.
 */
import { z } from 'astro/zod';
import { localDateTimeToInstant } from '../../engine/index.ts';

/** A local date-time with no offset: `2026-03-10T08:00` or `2026-03-10T08:00:00.000`. */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Said of a value that YAML read as a date object because it was not in quotes. */
export const UNQUOTED_DATE =
  'is not in quotes, so YAML reads it as a date object instead of the text you wrote';

/** Why `input` is not an ISO date-time with offset, in a trainer's words. */
function instantProblem(input: unknown): string {
  if (input instanceof Date)
    return `${UNQUOTED_DATE}: put it in quotes, e.g. '2026-03-10T08:00:00+01:00'`;
  if (input === undefined)
    return "missing: add a date-time in quotes, e.g. '2026-03-10T08:00:00+01:00'";
  if (typeof input !== 'string')
    return `expected a date-time in quotes, e.g. '2026-03-10T08:00:00+01:00', not ${describe(input)}`;
  if (WITHOUT_OFFSET.test(input.trim()))
    return `"${input}" is missing its time-zone offset: add the offset of the marketplace's clock on that day, as in ${offsetExamples(withSeconds(input))}`;
  return `"${input}" is not an ISO date-time: write date, T, time and offset, e.g. '2026-03-10T08:00:00+01:00'`;
}

/** Why `input` is not a calendar day (YYYY-MM-DD), in a trainer's words. */
function dayProblem(input: unknown): string {
  if (input instanceof Date) return `${UNQUOTED_DATE}: put it in quotes, e.g. '2026-03-01'`;
  if (input === undefined) return "missing: add a calendar day in quotes, e.g. '2026-03-01'";
  return `${typeof input === 'string' ? `"${input}"` : describe(input)} is not a calendar day: write YYYY-MM-DD in quotes, e.g. '2026-03-01'`;
}

/**
 * The local time with the offsets it has on that day where the course's marketplaces are (summer
 * time included): "'…+02:00' on amazon.de, .fr, .it or .es, '…+01:00' on amazon.co.uk, or
 * '…Z' in UTC".
 */
function offsetExamples(local: string): string {
  const offset = (timeZone: string): string => {
    const instant = localDateTimeToInstant(local, timeZone);
    const [date = '', time = ''] = local.split('T');
    const [year, month, day] = date.split('-').map(Number);
    const [hours, minutes, seconds] = time.split(':').map(Number);
    const asUtc = Date.UTC(
      year ?? 0,
      (month ?? 1) - 1,
      day ?? 1,
      hours ?? 0,
      minutes ?? 0,
      seconds ?? 0,
    );
    const total = Math.round((asUtc - instant) / 60_000);
    if (Number.isNaN(total)) return '+01:00';
    if (total === 0) return 'Z';
    const sign = total < 0 ? '-' : '+';
    const pad = (value: number) => String(Math.floor(Math.abs(value))).padStart(2, '0');
    return `${sign}${pad(Math.abs(total) / 60)}:${pad(Math.abs(total) % 60)}`;
  };
  const utcNote = `or '${local}Z' in UTC`;
  const london = offset('Europe/London');
  return `'${local}${offset('Europe/Berlin')}' on amazon.de, .fr, .it or .es, '${local}${london === 'Z' ? '+00:00' : london}' on amazon.co.uk, ${utcNote}`;
}

/** `2026-03-10 08:00` as `2026-03-10T08:00:00`. */
function withSeconds(local: string): string {
  const text = local.trim().replace(' ', 'T');
  return /T\d{2}:\d{2}$/.test(text) ? `${text}:00` : text;
}

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'a group of fields' : `${typeof input} ${String(input)}`;
}

/** An instant: ISO-8601 date-time with its offset (`2026-03-10T08:00:00+01:00`). */
export function isoInstant() {
  return z.iso.datetime({ offset: true, error: (issue) => instantProblem(issue.input) });
}

/** A calendar day, `YYYY-MM-DD`. */
export function isoDay() {
  return z.iso.date({ error: (issue) => dayProblem(issue.input) });
}
