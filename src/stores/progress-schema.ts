/**
 * The shape of a trainee's saved progress (version 2), validated whenever it is read from
 * storage or imported from a file (valibot: see `lib/quiz-response.ts` for why not zod here).
 */
import * as v from 'valibot';
import { parseInstant } from '../engine/index.ts';
import { savedResponseSchema } from '../lib/quiz-response.ts';

/** The version this build writes. */
export const PROGRESS_VERSION = 2;

// Every date the site saves is `toISOString()` text; the engine's reader takes exactly ISO-8601
// with an offset, so a date that only `Date.parse` would guess at (no offset: the machine's zone)
// makes the save unreadable, and it is kept aside like any other.
const isoDate = v.pipe(
  v.string(),
  v.check((text) => !Number.isNaN(parseInstant(text)), 'not a date'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** One finished quiz attempt. */
const quizAttemptSchema = v.object({
  at: isoDate,
  score: fraction,
  correct: count,
  total: count,
  passed: v.boolean(),
  /** Question keys (`quiz/question`) answered wrongly. */
  missed: v.array(v.string()),
  /** The whole quiz (true), or a retry of the questions missed before (false): only whole attempts pass a quiz. */
  full: v.boolean(),
});

/** A review card as stored (ts-fsrs Card with dates as ISO strings). */
const storedCardSchema = v.object({
  due: isoDate,
  stability: v.number(),
  difficulty: v.number(),
  elapsed_days: v.number(),
  scheduled_days: v.number(),
  learning_steps: v.number(),
  reps: count,
  lapses: count,
  state: count,
  last_review: v.optional(isoDate),
});

/** A quiz the trainee has started and not finished, so a reload resumes it. */
const quizInProgressSchema = v.object({
  startedAt: isoDate,
  questionKeys: v.array(v.string()),
  /** Answers so far by question key. */
  responses: v.record(v.string(), savedResponseSchema),
  position: count,
  /** Whether this is the whole quiz or a retry of missed questions. */
  full: v.boolean(),
});

/** A rule the reply checker found in a draft, as `rule kind`: `PR-RULES question`. */
const findingKey = v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9-]* [a-z-]+$/, 'not a rule and kind'));

/** The trainee's results on one writing situation (version 2). */
const writingResultSchema = v.object({
  /** Times the trainee finished the situation (wrote a draft and opened the model answer). */
  attempts: count,
  /** Finished attempts whose final draft broke no rule. */
  clean: count,
  lastAt: isoDate,
  /** The rules the last final draft still broke; empty when it was clean. */
  lastFindings: v.array(findingKey),
  /** The rules the coach caught while the last draft was written, fixed or not. */
  lastCaught: v.array(findingKey),
  /** When the situation comes back for review: a situation written with findings gets a card. */
  review: v.optional(storedCardSchema),
});

/** A writing draft under way, so a reload or another tab resumes it (version 2). */
const writingDraftSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(10_000)),
  /** The rules the coach has caught in this draft so far. */
  caught: v.array(findingKey),
  savedAt: isoDate,
});

/** Saved progress, version 2 (version 1 had no writing practice). */
export const progressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  trainee: v.object({ name: v.string() }),
  /** Lessons marked done, by lesson id. */
  lessons: v.record(v.string(), v.object({ completedAt: isoDate })),
  /** Finished attempts per quiz id, oldest first. */
  quizzes: v.record(v.string(), v.object({ attempts: v.array(quizAttemptSchema) })),
  /** Right and wrong answers per question key, for mastery of the facts each question tests. */
  answers: v.record(v.string(), v.object({ right: count, wrong: count, lastAt: isoDate })),
  /** Spaced-review cards per question key. */
  review: v.record(v.string(), storedCardSchema),
  /** Best result per scenario id. */
  scenarios: v.record(v.string(), v.object({ best: fraction, attempts: count, lastAt: isoDate })),
  /** Quizzes under way, by quiz id. */
  inProgress: v.record(v.string(), quizInProgressSchema),
  /** Writing practice results, by situation id. */
  writing: v.record(v.string(), writingResultSchema),
  /** Writing drafts under way, by situation id. */
  writingDrafts: v.record(v.string(), writingDraftSchema),
});

/** Saved progress. */
export type Progress = v.InferOutput<typeof progressSchema>;
/** One finished quiz attempt. */
export type QuizAttempt = v.InferOutput<typeof quizAttemptSchema>;
/** A stored review card. */
export type StoredCard = v.InferOutput<typeof storedCardSchema>;
/** A quiz under way (@public: the inferred type beside its schema). */
export type QuizInProgress = v.InferOutput<typeof quizInProgressSchema>;
/** The results on one writing situation. */
export type WritingResult = v.InferOutput<typeof writingResultSchema>;
/** A writing draft under way (@public). */
export type WritingDraft = v.InferOutput<typeof writingDraftSchema>;

/** Progress of a trainee who has done nothing yet. */
export function emptyProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    trainee: { name: '' },
    lessons: {},
    quizzes: {},
    answers: {},
    review: {},
    scenarios: {},
    inProgress: {},
    writing: {},
    writingDrafts: {},
  };
}
