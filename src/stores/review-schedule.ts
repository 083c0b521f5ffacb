/**
 * Spaced review: when a missed question or a writing situation comes back, computed by FSRS
 * (ts-fsrs). A wrong answer rates the card Again, a right one Good; a writing attempt is rated by
 * how it went (`scheduleWriting`). This module only converts stored dates and asks.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { StoredCard } from './progress-schema.ts';
import { parseInstant } from '../engine/index.ts';

// What is due is read without the scheduler; re-exported here for the review islands.
export { dueForReview, nextReviewAfterToday } from './review-due.ts';

// No fuzz: the same answers on the same days give the same schedule, on every device.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(parseInstant(stored.due)),
    last_review: stored.last_review ? new Date(parseInstant(stored.last_review)) : undefined,
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

/**
 * How a writing attempt went: its final draft broke a rule (`broken`), the coach caught a rule
 * on the way and the trainee fixed it (`fixed`), or nothing was ever caught (`clean`).
 */
export type WritingOutcome = 'clean' | 'fixed' | 'broken';

const writingRating = { broken: Rating.Again, fixed: Rating.Hard, clean: Rating.Good } as const;

/**
 * The review card of a writing situation after an attempt at `now`, or undefined when there is
 * nothing to review: a situation written clean without a card gets none. A situation with a card
 * is rescheduled by the outcome. It is never due again the same day: the trainee has just read
 * the model answer, so writing it again at once would test memory of it, not the rule.
 */
export function scheduleWriting(
  stored: StoredCard | undefined,
  outcome: WritingOutcome,
  now: Date,
): StoredCard | undefined {
  if (!stored && outcome === 'clean') return undefined;
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const next = scheduler.next(card, now, writingRating[outcome]).card;
  const tomorrow = startOfNextDay(now);
  if (next.due < tomorrow) next.due = tomorrow;
  return toStored(next);
}
