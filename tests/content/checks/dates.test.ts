/** Date fields say what is wrong in a trainer's words, in the schema itself (the build shows the same). */
import { describe, expect, it } from 'vitest';
import { isoDay, isoInstant } from '../../../src/content/checks/dates.ts';

const message = (
  schema: ReturnType<typeof isoInstant> | ReturnType<typeof isoDay>,
  input: unknown,
) => {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues[0]?.message ?? '');
};

describe('date fields', () => {
  it.each([
    ['2026-03-10T08:00:00+01:00', null],
    ['2026-03-10T07:00:00Z', null],
    ['2026-03-10T08:00:00', 'is missing its time-zone offset (e.g. +01:00)'],
    ['2026-03-10T08:00', "as in '2026-03-10T08:00:00+01:00'"],
    ['10.03.2026 08:00', 'is not an ISO date-time'],
    [new Date('2026-03-10T07:00:00Z'), 'is not in quotes, so YAML reads it as a date object'],
    [undefined, 'missing: add a date-time'],
  ])('judges the date-time %s', (input, expected) => {
    const said = message(isoInstant(), input);
    if (expected === null) expect(said).toBeNull();
    else expect(said).toContain(expected);
  });

  it.each([
    ['2026-03-01', null],
    ['2026-3-1', 'is not a calendar day: write YYYY-MM-DD'],
    [new Date('2026-03-01'), 'is not in quotes'],
  ])('judges the day %s', (input, expected) => {
    const said = message(isoDay(), input);
    if (expected === null) expect(said).toBeNull();
    else expect(said).toContain(expected);
  });

  it("keeps its own message when a parse brings its own (Astro's) error map", () => {
    const result = isoInstant().safeParse('2026-03-10T08:00:00', { error: () => 'generic' });
    expect(result.error?.issues[0]?.message).toContain('time-zone offset');
  });
});
