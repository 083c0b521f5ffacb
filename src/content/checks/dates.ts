/**
 * Date fields that say what is wrong in a trainer's words: a date-time without its offset is named
 * as such, and an unquoted date (which YAML turns into a date object) is explained, instead of
 * "Invalid ISO datetime" or 'Expected type "string", received "object"'.
 */
import { z } from 'astro/zod';

/** A local date-time with no offset: `2026-03-10T08:00` or `2026-03-10T08:00:00.000`. */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Said of a value that YAML read as a date object because it was not in quotes. */
export const UNQUOTED_DATE =
  'is not in quotes, so YAML reads it as a date object instead of the text you wrote';

/** Why `input` is not an ISO date-time with offset, in a trainer's words. */
export function instantProblem(input: unknown): string {
  if (input instanceof Date)
    return `${UNQUOTED_DATE}: put it in quotes, e.g. '2026-03-10T08:00:00+01:00'`;
  if (input === undefined)
    return "missing: add a date-time in quotes, e.g. '2026-03-10T08:00:00+01:00'";
  if (typeof input !== 'string')
    return `expected a date-time in quotes, e.g. '2026-03-10T08:00:00+01:00', not ${describe(input)}`;
  if (WITHOUT_OFFSET.test(input.trim()))
    return `"${input}" is missing its time-zone offset (e.g. +01:00): add the offset of the marketplace's clock on that day, as in '${withSeconds(input)}+01:00'`;
  return `"${input}" is not an ISO date-time: write date, T, time and offset, e.g. '2026-03-10T08:00:00+01:00'`;
}

/** Why `input` is not a calendar day (YYYY-MM-DD), in a trainer's words. */
export function dayProblem(input: unknown): string {
  if (input instanceof Date) return `${UNQUOTED_DATE}: put it in quotes, e.g. '2026-03-01'`;
  if (input === undefined) return "missing: add a calendar day in quotes, e.g. '2026-03-01'";
  return `${typeof input === 'string' ? `"${input}"` : describe(input)} is not a calendar day: write YYYY-MM-DD in quotes, e.g. '2026-03-01'`;
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
