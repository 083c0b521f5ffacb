/**
 * The shape of a trainee's saved progress (version 1), validated whenever it is read from
 * storage or imported from a file. zod/mini keeps the validator small in the browser.
 */
import * as z from 'zod/mini';

/** The version this build writes. */
export const PROGRESS_VERSION = 1;

const isoDate = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), 'not a date'));
const count = z.number().check(z.int(), z.gte(0));
const fraction = z.number().check(z.gte(0), z.lte(1));

/** One finished quiz attempt. */
export const quizAttemptSchema = z.object({
  at: isoDate,
  score: fraction,
  correct: count,
  total: count,
  passed: z.boolean(),
  /** Question keys (`quiz/question`) answered wrongly. */
  missed: z.array(z.string()),
});

/** A review card as stored (ts-fsrs Card with dates as ISO strings). */
export const storedCardSchema = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: count,
  lapses: count,
  state: count,
  last_review: z.optional(isoDate),
});

/** A quiz the trainee has started and not finished, so a reload resumes it. */
export const quizInProgressSchema = z.object({
  startedAt: isoDate,
  questionKeys: z.array(z.string()),
  /** Answers so far by question key; their shape depends on the question type. */
  responses: z.record(z.string(), z.unknown()),
  position: count,
});

/** Saved progress, version 1. */
export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  trainee: z.object({ name: z.string() }),
  /** Lessons marked done, by lesson id. */
  lessons: z.record(z.string(), z.object({ completedAt: isoDate })),
  /** Finished attempts per quiz id, newest last. */
  quizzes: z.record(z.string(), z.object({ attempts: z.array(quizAttemptSchema) })),
  /** Right and wrong answers per question key, for mastery of the facts each question tests. */
  answers: z.record(z.string(), z.object({ right: count, wrong: count, lastAt: isoDate })),
  /** Spaced-review cards per question key. */
  review: z.record(z.string(), storedCardSchema),
  /** Best result per scenario id. */
  scenarios: z.record(z.string(), z.object({ best: fraction, attempts: count, lastAt: isoDate })),
  /** Quizzes under way, by quiz id. */
  inProgress: z.record(z.string(), quizInProgressSchema),
});

/** Saved progress. */
export type Progress = z.infer<typeof progressSchema>;
/** One finished quiz attempt. */
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
/** A stored review card. */
export type StoredCard = z.infer<typeof storedCardSchema>;
/** A quiz under way. */
export type QuizInProgress = z.infer<typeof quizInProgressSchema>;

/** Progress of a trainee who has done nothing yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, trainee: { name: '' }, lessons: {}, quizzes: {}, answers: {}, review: {}, scenarios: {}, inProgress: {} };
}
