import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  type Progress,
  type QuizAttempt,
} from '../../src/stores/progress-schema.ts';
import { progressView, type CourseShape } from '../../src/stores/progress-view.ts';

const course: CourseShape = {
  modules: [
    {
      id: 'odr',
      number: 1,
      title: 'ODR',
      lessonIds: ['odr/a', 'odr/b'],
      quizId: 'odr',
      facts: ['ODR-DEF', 'ODR-DEDUP'],
      scenarioIds: ['odr-breach', 'late-return'],
    },
    {
      id: 'idr',
      number: 2,
      title: 'IDR',
      lessonIds: ['idr/a'],
      quizId: 'idr',
      facts: ['IDR-DEF', 'ODR-DEF'],
      scenarioIds: [],
    },
  ],
  finalQuizId: 'final',
  factsOfQuestion: { 'odr/q1': ['ODR-DEF'], 'odr/q2': ['ODR-DEDUP'], 'idr/q1': ['IDR-DEF'] },
};
const attempt = (score: number, full = true): QuizAttempt => ({
  at: '2026-11-20T10:00:00.000Z',
  score,
  correct: Math.round(score * 10),
  total: 10,
  passed: score >= 0.8,
  missed: [],
  full,
});
const with_ = (changes: Partial<Progress>): Progress => ({ ...emptyProgress(), ...changes });

describe('progress view', () => {
  it('counts lessons done per module and keeps the best whole quiz attempt', () => {
    const view = progressView(
      with_({
        lessons: { 'odr/a': { completedAt: '2026-11-20T10:00:00.000Z' } },
        quizzes: { odr: { attempts: [attempt(0.6), attempt(0.9), attempt(1, false)] } },
      }),
      course,
    );
    expect(view.modules[0]).toMatchObject({
      lessonsDone: 1,
      lessonsTotal: 2,
      bestQuiz: { score: 0.9 },
    });
    expect(view.modules[1]?.bestQuiz).toBeNull();
  });

  it('does not let a retry of missed questions pass a quiz', () => {
    const view = progressView(
      with_({ quizzes: { odr: { attempts: [attempt(0.5), attempt(1, false)] } } }),
      course,
    );
    expect(view.modules[0]?.bestQuiz?.passed).toBe(false);
  });

  it('computes mastery per module from the answers to its questions', () => {
    const view = progressView(
      with_({
        answers: {
          'odr/q1': { right: 3, wrong: 1, lastAt: '2026-11-20T10:00:00.000Z' },
          'odr/q2': { right: 0, wrong: 4, lastAt: '2026-11-20T10:00:00.000Z' },
        },
      }),
      course,
    );
    expect(view.modules[0]?.mastery).toBe(3 / 8);
    // The IDR module shares ODR-DEF, but its own quiz was never answered: no mastery yet.
    expect(view.modules[1]?.mastery).toBeNull();
    expect(view.weakest.map((entry) => entry.fact)).toEqual(['ODR-DEDUP', 'ODR-DEF']);
  });

  const done = { completedAt: '2026-11-20T10:00:00.000Z' };
  const allLessons = { 'odr/a': done, 'odr/b': done, 'idr/a': done };
  const played = { best: 0.5, attempts: 1, lastAt: '2026-11-20T10:00:00.000Z' };
  const allPassed = { odr: [attempt(0.8)], idr: [attempt(0.9)], final: [attempt(0.85)] };
  it.each([
    ['every lesson done, every quiz passed, a scenario played', allLessons, allPassed, true, true],
    ['the final below 80%', allLessons, { ...allPassed, final: [attempt(0.75)] }, true, false],
    ['one module quiz not passed', allLessons, { ...allPassed, odr: [attempt(0.7)] }, true, false],
    ['no final taken', allLessons, { odr: allPassed.odr, idr: allPassed.idr }, true, false],
    ['no lesson marked done', {}, allPassed, true, false],
    ['one lesson not done', { 'odr/a': done, 'idr/a': done }, allPassed, true, false],
    ['no scenario played in a module that has scenarios', allLessons, allPassed, false, false],
  ])('counts the course complete only when %s', (_case, lessons, attempts, playedOne, complete) => {
    const quizzes = Object.fromEntries(
      Object.entries(attempts).map(([id, list]) => [id, { attempts: list }]),
    );
    const scenarios = playedOne ? { 'late-return': played } : {};
    const view = progressView(with_({ lessons, quizzes, scenarios }), course);
    expect(view.certified).toBe(complete);
    expect(view.completion.every((step) => step.done === step.total)).toBe(complete);
  });

  it('lists what completion takes and how far the trainee is', () => {
    const view = progressView(
      with_({ lessons: { 'odr/a': done }, quizzes: { odr: { attempts: [attempt(0.9)] } } }),
      course,
    );
    expect(view.completion).toEqual([
      { label: 'Lessons marked as done', done: 1, total: 3 },
      { label: 'Module quizzes passed', done: 1, total: 2 },
      { label: 'Modules with a desk scenario played', done: 0, total: 1 },
      { label: 'Final assessment passed', done: 0, total: 1 },
    ]);
  });
});
