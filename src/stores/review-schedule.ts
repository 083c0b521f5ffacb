/**
 * Spaced review: when a missed question comes back, computed by FSRS (ts-fsrs). A wrong answer
 * rates the card Again, a right one Good; this module only converts stored dates and asks.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { StoredCard } from './progress-schema.ts';

// No fuzz: the same answers on the same days give the same schedule, on every device.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  } as Card;
}

function toStored(card: Card): StoredCard {
  const { last_review, due, ...rest } = card;
  return {
    ...rest,
    due: due.toISOString(),
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  };
}

/** Midnight at the start of the trainee's next day. */
function startOfNextDay(now: Date): Date {
  const next = new Date(now);
  next.setHours(24, 0, 0, 0);
  return next;
}

/**
 * The card after answering its question at `now`; a question without a card gets a new one.
 * The review is daily: a question answered again (it has a card) is not due again the same day,
 * so a review session ends when what was due is done. A question missed for the first time is
 * due today, to be reviewed while the lesson is fresh.
 */
export function scheduleAnswer(
  stored: StoredCard | undefined,
  correct: boolean,
  now: Date,
): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
  const tomorrow = startOfNextDay(now);
  if (stored && next.due < tomorrow) next.due = tomorrow;
  return toStored(next);
}

/** Question keys due for review by the end of the trainee's day, most overdue first. */
export function dueForReview(review: Record<string, StoredCard>, now: Date): string[] {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  return Object.entries(review)
    .filter(([, card]) => Date.parse(card.due) <= endOfDay.getTime())
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([key]) => key);
}

/** When the next card falls due after today, or null if none is waiting. */
export function nextReviewAfterToday(review: Record<string, StoredCard>, now: Date): Date | null {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const later = Object.values(review)
    .map((card) => Date.parse(card.due))
    .filter((due) => due > endOfDay.getTime())
    .sort((a, b) => a - b);
  return later.length > 0 ? new Date(later[0] ?? 0) : null;
}
