/**
 * What is due for review, read from stored cards without the scheduler (ts-fsrs), so a page that
 * only shows what is due (the writing list's marks) stays small.
 */
import type { Progress, StoredCard } from './progress-schema.ts';
import { parseInstant } from '../engine/index.ts';

/** Question keys due for review by the end of the trainee's day, most overdue first. */
export function dueForReview(review: Record<string, StoredCard>, now: Date): string[] {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  return Object.entries(review)
    .filter(([, card]) => parseInstant(card.due) <= endOfDay.getTime())
    .sort(([, a], [, b]) => parseInstant(a.due) - parseInstant(b.due))
    .map(([key]) => key);
}

/** When the next card falls due after today, or null if none is waiting. */
export function nextReviewAfterToday(review: Record<string, StoredCard>, now: Date): Date | null {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const later = Object.values(review)
    .map((card) => parseInstant(card.due))
    .filter((due) => due > endOfDay.getTime())
    .sort((a, b) => a - b);
  return later.length > 0 ? new Date(later[0] ?? 0) : null;
}

/** Situation ids of writing practice due for review by the end of the trainee's day, most overdue first. */
export function writingDueForReview(progress: Progress, now: Date): string[] {
  return dueForReview(
    Object.fromEntries(
      Object.entries(progress.writing).flatMap(([id, result]) =>
        result.review ? [[id, result.review]] : [],
      ),
    ),
    now,
  );
}
