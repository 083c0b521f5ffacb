import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/quiz-schema.ts';
import {
  isCorrect,
  localToInstant,
  scoreAttempt,
  type QuizResponse,
} from '../../src/lib/quiz-scoring.ts';

const base = {
  id: 'q',
  prompt: 'P',
  facts: ['ODR-DEF'],
  revisit: 'x/y',
  assesses: ['x/y#z'],
  explanation: 'E',
};
const option = (text: string, correct = false) => ({ text, correct, why: 'because' });

const questions = {
  single: { ...base, type: 'single', options: [option('a'), option('b', true)] },
  multiple: {
    ...base,
    type: 'multiple',
    options: [option('a', true), option('b'), option('c', true)],
  },
  trueFalse: { ...base, type: 'true-false', answer: false, whyWrong: 'W' },
  odrPercent: { ...base, type: 'numeric', answer: 3, tolerance: 0.01, mistakes: [] },
  exactCount: { ...base, type: 'numeric', answer: 2, tolerance: 0, mistakes: [] },
  // A Friday shipment in Berlin the week the clocks change: due Monday 23:59:59 summer time (IDR-DEF).
  deadline: {
    ...base,
    type: 'datetime',
    answer: '2026-03-30T23:59:59+02:00',
    timeZone: 'Europe/Berlin',
    toleranceMinutes: 1,
    mistakes: [],
  },
  ordering: { ...base, type: 'ordering', steps: ['first', 'second', 'third'] },
  spot: {
    ...base,
    type: 'spot-the-problem',
    sentences: [
      { text: 'Thanks for your feedback.', breaks: [], why: 'fine' },
      { text: 'We will give you 10% off if you remove it.', breaks: ['PR-RULES'], why: 'no' },
      { text: 'Call me on 0123.', breaks: ['PR-RULES'], why: 'no' },
    ],
  },
} satisfies Record<string, Question>;

describe('marking a response', () => {
  it.each<[string, Question, QuizResponse, boolean]>([
    ['single: the correct option', questions.single, { type: 'single', option: 1 }, true],
    ['single: a wrong option', questions.single, { type: 'single', option: 0 }, false],
    [
      'single: an option that does not exist',
      questions.single,
      { type: 'single', option: 7 },
      false,
    ],
    [
      'multiple: exactly the correct options, any order',
      questions.multiple,
      { type: 'multiple', options: [2, 0] },
      true,
    ],
    [
      'multiple: one correct option missing',
      questions.multiple,
      { type: 'multiple', options: [0] },
      false,
    ],
    [
      'multiple: a wrong option added',
      questions.multiple,
      { type: 'multiple', options: [0, 1, 2] },
      false,
    ],
    ['true-false: right', questions.trueFalse, { type: 'true-false', value: false }, true],
    ['true-false: wrong', questions.trueFalse, { type: 'true-false', value: true }, false],
    ['numeric: exact', questions.odrPercent, { type: 'numeric', value: 3 }, true],
    ['numeric: inside the tolerance', questions.odrPercent, { type: 'numeric', value: 3.01 }, true],
    [
      'numeric: just outside the tolerance',
      questions.odrPercent,
      { type: 'numeric', value: 3.02 },
      false,
    ],
    [
      'numeric: ODR-DEDUP count, defects added instead',
      questions.exactCount,
      { type: 'numeric', value: 3 },
      false,
    ],
    ['numeric: not a number', questions.odrPercent, { type: 'numeric', value: Number.NaN }, false],
    [
      'datetime: Monday 23:59 local',
      questions.deadline,
      { type: 'datetime', local: '2026-03-30T23:59' },
      true,
    ],
    [
      'datetime: Monday 23:59:59 local',
      questions.deadline,
      { type: 'datetime', local: '2026-03-30T23:59:59' },
      true,
    ],
    [
      'datetime: the right wall clock an hour off (winter offset)',
      questions.deadline,
      { type: 'datetime', local: '2026-03-30T22:59' },
      false,
    ],
    [
      'datetime: Friday (weekend counted as business days)',
      questions.deadline,
      { type: 'datetime', local: '2026-03-28T23:59' },
      false,
    ],
    ['datetime: not a date', questions.deadline, { type: 'datetime', local: 'Monday' }, false],
    [
      'ordering: the authored order',
      questions.ordering,
      { type: 'ordering', order: [0, 1, 2] },
      true,
    ],
    [
      'ordering: two steps swapped',
      questions.ordering,
      { type: 'ordering', order: [1, 0, 2] },
      false,
    ],
    ['ordering: a step missing', questions.ordering, { type: 'ordering', order: [0, 1] }, false],
    [
      'spot the problem: both breaking sentences',
      questions.spot,
      { type: 'spot-the-problem', sentences: [2, 1] },
      true,
    ],
    [
      'spot the problem: one missed',
      questions.spot,
      { type: 'spot-the-problem', sentences: [1] },
      false,
    ],
    [
      'spot the problem: a fine sentence flagged',
      questions.spot,
      { type: 'spot-the-problem', sentences: [0, 1, 2] },
      false,
    ],
    ['a response of another type', questions.single, { type: 'true-false', value: true }, false],
  ])('%s', (_name, question, response, expected) => {
    expect(isCorrect(question, response)).toBe(expected);
  });
});

describe('local times in a zone', () => {
  it.each([
    ['2026-03-30T23:59:59', 'Europe/Berlin', '2026-03-30T21:59:59.000Z'],
    ['2026-03-27T23:59:59', 'Europe/Berlin', '2026-03-27T22:59:59.000Z'],
    ['2026-11-02T09:00', 'America/Los_Angeles', '2026-11-02T17:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(new Date(localToInstant(local, zone)).toISOString()).toBe(utc);
  });
});

describe('scoring an attempt', () => {
  it.each([
    [[true, true, true, true, false], 0.8, { score: 0.8, correct: 4, total: 5, passed: true }],
    [[true, true, true, false, false], 0.8, { score: 0.6, correct: 3, total: 5, passed: false }],
    [[], 0.8, { score: 0, correct: 0, total: 0, passed: false }],
  ])('%j with pass mark %s', (results, passMark, expected) => {
    expect(scoreAttempt(results, passMark)).toEqual(expected);
  });
});
