import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/stores/progress-merge.ts';
import {
  emptyProgress,
  type Progress,
  type QuizAttempt,
} from '../../src/stores/progress-schema.ts';

const attempt = (at: string, correct: number, total = 10): QuizAttempt => ({
  at,
  score: correct / total,
  correct,
  total,
  passed: correct / total >= 0.8,
  missed: [],
  full: true,
});
const progress = (changes: Partial<Progress>): Progress => ({ ...emptyProgress(), ...changes });

describe('merging imported progress', () => {
  it('keeps lessons completed on either side, with the earlier completion date', () => {
    const ours = progress({
      lessons: {
        a: { completedAt: '2026-11-10T00:00:00.000Z' },
        b: { completedAt: '2026-11-12T00:00:00.000Z' },
      },
    });
    const theirs = progress({
      lessons: {
        b: { completedAt: '2026-11-01T00:00:00.000Z' },
        c: { completedAt: '2026-11-05T00:00:00.000Z' },
      },
    });
    expect(mergeProgress(ours, theirs).lessons).toEqual({
      a: { completedAt: '2026-11-10T00:00:00.000Z' },
      b: { completedAt: '2026-11-01T00:00:00.000Z' },
      c: { completedAt: '2026-11-05T00:00:00.000Z' },
    });
  });

  it('keeps every quiz attempt once, so the better score survives', () => {
    const shared = attempt('2026-11-10T10:00:00.000Z', 6);
    const ours = progress({ quizzes: { odr: { attempts: [shared] } } });
    const theirs = progress({
      quizzes: { odr: { attempts: [shared, attempt('2026-11-11T10:00:00.000Z', 9)] } },
    });
    const merged = mergeProgress(ours, theirs).quizzes['odr']?.attempts ?? [];
    expect(merged.map((entry) => entry.correct)).toEqual([6, 9]);
  });

  it('keeps the better scenario result and the higher attempt count', () => {
    const ours = progress({
      scenarios: { s: { best: 0.9, attempts: 2, lastAt: '2026-11-01T00:00:00.000Z' } },
    });
    const theirs = progress({
      scenarios: { s: { best: 0.5, attempts: 5, lastAt: '2026-11-09T00:00:00.000Z' } },
    });
    expect(mergeProgress(ours, theirs).scenarios['s']).toEqual({
      best: 0.9,
      attempts: 5,
      lastAt: '2026-11-09T00:00:00.000Z',
    });
  });

  it('keeps the fuller answer record and the most recently reviewed card', () => {
    const card = (lastReview: string, due: string) => ({
      due,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: lastReview,
    });
    const ours = progress({
      answers: { 'q/1': { right: 1, wrong: 1, lastAt: '2026-11-01T00:00:00.000Z' } },
      review: { 'q/1': card('2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z') },
    });
    const theirs = progress({
      answers: { 'q/1': { right: 3, wrong: 1, lastAt: '2026-10-01T00:00:00.000Z' } },
      review: { 'q/1': card('2026-11-05T00:00:00.000Z', '2026-11-20T00:00:00.000Z') },
    });
    const merged = mergeProgress(ours, theirs);
    expect(merged.answers['q/1']?.right).toBe(3);
    expect(merged.review['q/1']?.due).toBe('2026-11-20T00:00:00.000Z');
  });

  it('keeps the name already typed, or takes the imported one', () => {
    expect(
      mergeProgress(progress({ trainee: { name: 'Ana' } }), progress({ trainee: { name: 'Bo' } }))
        .trainee.name,
    ).toBe('Ana');
    expect(mergeProgress(progress({}), progress({ trainee: { name: 'Bo' } })).trainee.name).toBe(
      'Bo',
    );
  });

  it('changes nothing when merging progress with itself', () => {
    const full = progress({
      lessons: { a: { completedAt: '2026-11-10T00:00:00.000Z' } },
      quizzes: { odr: { attempts: [attempt('2026-11-10T10:00:00.000Z', 8)] } },
    });
    expect(mergeProgress(full, full)).toEqual(full);
  });
});

describe('merging writing practice', () => {
  const card = (lastReview: string) => ({
    due: '2026-11-25T00:00:00.000Z',
    stability: 1,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 1,
    last_review: lastReview,
  });
  const result = (attempts: number, lastFindings: string[], review?: ReturnType<typeof card>) => ({
    attempts,
    clean: 0,
    lastAt: '2026-11-20T10:00:00.000Z',
    lastFindings,
    lastCaught: lastFindings,
    ...(review ? { review } : {}),
  });

  it('keeps the record of the side that finished a situation more often, and the card reviewed last', () => {
    const ours = progress({
      writing: {
        a: result(1, ['TIP-8 off-platform-payment'], card('2026-11-22T10:00:00.000Z')),
        b: result(1, []),
      },
    });
    const theirs = progress({
      writing: { a: result(3, [], card('2026-11-20T10:00:00.000Z')), c: result(1, []) },
    });
    const merged = mergeProgress(ours, theirs).writing;
    expect(Object.keys(merged).sort()).toEqual(['a', 'b', 'c']);
    expect(merged['a']?.attempts).toBe(3);
    expect(merged['a']?.lastFindings).toEqual([]);
    expect(merged['a']?.review?.last_review).toBe('2026-11-22T10:00:00.000Z');
  });

  it('keeps the draft under way that was saved last', () => {
    const draft = (text: string, savedAt: string) => ({ text, caught: [], savedAt });
    const merged = mergeProgress(
      progress({ writingDrafts: { a: draft('old', '2026-11-20T10:00:00.000Z') } }),
      progress({ writingDrafts: { a: draft('new', '2026-11-21T10:00:00.000Z') } }),
    );
    expect(merged.writingDrafts['a']?.text).toBe('new');
  });
});
