/**
 * Merging two progress records (an import into what the browser has), keeping the better
 * result of each: nothing the trainee achieved on either side is lost.
 */
import type { Progress, QuizAttempt, StoredCard, WritingResult } from './progress-schema.ts';
import { parseInstant } from '../engine/index.ts';

type Keyed<T> = Record<string, T>;

/** Merges two keyed records, choosing with `pick` where both have a key. */
function mergeKeyed<T>(ours: Keyed<T>, theirs: Keyed<T>, pick: (a: T, b: T) => T): Keyed<T> {
  const merged: Keyed<T> = { ...ours };
  for (const [key, value] of Object.entries(theirs)) {
    const existing = merged[key];
    merged[key] = existing === undefined ? value : pick(existing, value);
  }
  return merged;
}

// Both sides are validated progress (progress-schema): every date reads.
const later = (a: string, b: string) => parseInstant(a) >= parseInstant(b);

/** Every attempt from both sides, once each, oldest first. */
function mergeAttempts(ours: QuizAttempt[], theirs: QuizAttempt[]): QuizAttempt[] {
  const seen = new Map<string, QuizAttempt>();
  for (const attempt of [...ours, ...theirs])
    seen.set(`${attempt.at}|${attempt.correct}/${attempt.total}`, attempt);
  return [...seen.values()].sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
}

/** When a card was last reviewed; never reviewed sorts first. */
const reviewedAt = (card: StoredCard) =>
  card.last_review === undefined ? -Infinity : parseInstant(card.last_review);

/** The card reviewed last (it carries the most recent schedule). */
function laterCard(a: StoredCard, b: StoredCard): StoredCard {
  return reviewedAt(b) > reviewedAt(a) ? b : a;
}

/**
 * One writing situation's results from both sides: the side that finished it more often holds
 * the fuller record (its last result included); the review card is the one reviewed last.
 */
function mergeWriting(a: WritingResult, b: WritingResult): WritingResult {
  const fuller = b.attempts > a.attempts ? b : a;
  const { review: _dropped, ...rest } = fuller;
  const review =
    a.review && b.review ? laterCard(a.review, b.review) : (a.review ?? b.review ?? undefined);
  return review ? { ...rest, review } : rest;
}

/** `ours` merged with `theirs`, keeping the better result of each. */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  return {
    version: ours.version,
    trainee: { name: ours.trainee.name || theirs.trainee.name },
    lessons: mergeKeyed(ours.lessons, theirs.lessons, (a, b) =>
      later(b.completedAt, a.completedAt) ? a : b,
    ),
    quizzes: mergeKeyed(ours.quizzes, theirs.quizzes, (a, b) => ({
      attempts: mergeAttempts(a.attempts, b.attempts),
    })),
    // The side that has seen more answers to a question holds the fuller record.
    answers: mergeKeyed(ours.answers, theirs.answers, (a, b) =>
      b.right + b.wrong > a.right + a.wrong ? b : a,
    ),
    review: mergeKeyed(ours.review, theirs.review, laterCard),
    scenarios: mergeKeyed(ours.scenarios, theirs.scenarios, (a, b) => ({
      best: Math.max(a.best, b.best),
      attempts: Math.max(a.attempts, b.attempts),
      lastAt: later(a.lastAt, b.lastAt) ? a.lastAt : b.lastAt,
    })),
    inProgress: mergeKeyed(ours.inProgress, theirs.inProgress, (a) => a),
    writing: mergeKeyed(ours.writing, theirs.writing, mergeWriting),
    // A draft under way on both sides: the one saved last.
    writingDrafts: mergeKeyed(ours.writingDrafts, theirs.writingDrafts, (a, b) =>
      later(a.savedAt, b.savedAt) ? a : b,
    ),
  };
}
