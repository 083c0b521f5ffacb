/** The typical-mistake explanation is found with the same tolerance that marks the answer. */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/quiz-schema.ts';
import { isCorrect, matchingMistake } from '../../src/lib/quiz-scoring.ts';

const base = { id: 'q', prompt: 'P', facts: ['ODR-DEF'], revisit: 'x/y', explanation: 'E' };
const numeric = {
  ...base,
  type: 'numeric',
  answer: 3,
  tolerance: 0.05,
  unit: '%',
  mistakes: [{ answer: 4, why: 'counted the order with two defects twice (ODR-DEDUP)' }],
} as Question;
const deadline = {
  ...base,
  type: 'datetime',
  answer: '2026-03-30T23:59:59+02:00',
  timeZone: 'Europe/Berlin',
  toleranceMinutes: 1,
  mistakes: [{ answer: '2026-03-27T23:59:59+01:00', why: 'counted the shipment day' }],
} as Question;

describe('matching a wrong answer to its typical mistake', () => {
  it.each([
    [4, true],
    [4.04, true],
    [3.96, true],
    [4.1, false],
    [3, false],
  ])('numeric answer %s matches the mistake "4": %s', (value, matches) => {
    const mistake = matchingMistake(numeric, { type: 'numeric', value });
    expect(mistake !== undefined).toBe(matches);
  });

  it('uses the very tolerance that marks the right answer', () => {
    // 3.04 is right and 4.04 is the mistake: both within the same 0.05.
    expect(isCorrect(numeric, { type: 'numeric', value: 3.04 })).toBe(true);
    expect(matchingMistake(numeric, { type: 'numeric', value: 4.04 })?.why).toMatch(/twice/);
  });

  it.each([
    ['2026-03-27T23:59', true],
    ['2026-03-28T00:00', true],
    ['2026-03-28T00:02', false],
  ])('a deadline given as %s (Berlin time) matches the mistake: %s', (local, matches) => {
    expect(matchingMistake(deadline, { type: 'datetime', local }) !== undefined).toBe(matches);
  });

  it('finds no mistake for another kind of answer', () => {
    expect(matchingMistake(numeric, { type: 'true-false', value: true })).toBeUndefined();
  });
});
