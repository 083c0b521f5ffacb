/** "Start here" and "Continue": the first step of the course not yet done. */
import { describe, expect, it } from 'vitest';
import { nextStep, type PathStep } from '../../src/stores/next-step.ts';
import { emptyProgress, type Progress } from '../../src/stores/progress-schema.ts';

const step = (kind: PathStep['kind'], ids: string[]): PathStep => ({
  kind,
  ids,
  href: `/${ids[0]}/`,
  title: ids[0] ?? '',
  module: kind === 'final' ? '' : 'Module 1: ODR',
});
const path = [
  step('lesson', ['odr/a']),
  step('lesson', ['odr/b']),
  step('quiz', ['odr']),
  step('scenario', ['late-return', 'odr-breach']),
  step('final', ['final']),
];
const at = '2026-11-20T10:00:00.000Z';
const attempt = (passed: boolean, full = true) => ({
  at,
  score: passed ? 0.9 : 0.5,
  correct: passed ? 9 : 5,
  total: 10,
  passed,
  missed: [],
  full,
});
const with_ = (changes: Partial<Progress>): Progress => ({ ...emptyProgress(), ...changes });

describe('next step', () => {
  it('offers the first lesson to a newcomer', () => {
    expect(nextStep(emptyProgress(), path)).toEqual({ state: 'new', step: path[0] });
  });

  it('continues with the first step not done, counting what is done', () => {
    const progress = with_({ lessons: { 'odr/a': { completedAt: at } } });
    expect(nextStep(progress, path)).toEqual({
      state: 'under-way',
      step: path[1],
      done: 1,
      total: 5,
    });
  });

  it('offers the quiz again until a whole attempt passes it', () => {
    const lessons = { 'odr/a': { completedAt: at }, 'odr/b': { completedAt: at } };
    const retried = with_({
      lessons,
      quizzes: { odr: { attempts: [attempt(false), attempt(true, false)] } },
    });
    expect(nextStep(retried, path)).toMatchObject({ step: { kind: 'quiz' } });
    const passed = with_({ lessons, quizzes: { odr: { attempts: [attempt(true)] } } });
    expect(nextStep(passed, path)).toMatchObject({ step: { kind: 'scenario' } });
  });

  it('counts any of a module’s scenarios, and ends with the certificate', () => {
    const progress = with_({
      lessons: { 'odr/a': { completedAt: at }, 'odr/b': { completedAt: at } },
      quizzes: { odr: { attempts: [attempt(true)] }, final: { attempts: [attempt(true)] } },
      scenarios: { 'odr-breach': { best: 0.4, attempts: 1, lastAt: at } },
    });
    expect(nextStep(progress, path)).toEqual({ state: 'complete' });
  });

  it('treats a trainee who only started a quiz as under way', () => {
    const progress = with_({
      inProgress: {
        odr: { startedAt: at, questionKeys: ['odr/q1'], responses: {}, position: 0, full: true },
      },
    });
    expect(nextStep(progress, path)).toMatchObject({ state: 'under-way', step: path[0] });
  });
});
