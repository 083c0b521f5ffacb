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
    },
    { id: 'idr', number: 2, title: 'IDR', lessonIds: ['idr/a'], quizId: 'idr', facts: ['IDR-DEF'] },
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
    expect(view.modules[1]?.mastery).toBeNull();
    expect(view.weakest.map((entry) => entry.fact)).toEqual(['ODR-DEDUP', 'ODR-DEF']);
  });

  it.each([
    [
      'every module quiz and the final passed',
      { odr: [attempt(0.8)], idr: [attempt(0.9)], final: [attempt(0.85)] },
      true,
    ],
    [
      'the final below 80%',
      { odr: [attempt(0.8)], idr: [attempt(0.9)], final: [attempt(0.75)] },
      false,
    ],
    [
      'one module quiz not passed',
      { odr: [attempt(0.7)], idr: [attempt(0.9)], final: [attempt(0.95)] },
      false,
    ],
    ['no final taken', { odr: [attempt(0.8)], idr: [attempt(0.9)] }, false],
  ])('certifies only when %s', (_case, attempts, certified) => {
    const quizzes = Object.fromEntries(
      Object.entries(attempts).map(([id, list]) => [id, { attempts: list }]),
    );
    expect(progressView(with_({ quizzes }), course).certified).toBe(certified);
  });
});
