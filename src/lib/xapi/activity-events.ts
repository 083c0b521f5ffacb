/**
 * What the site records of a trainee's activity, compactly, to turn into xAPI statements when
 * they are exported or sent (`statements.ts`). Validated whenever the log is read.
 */
import * as v from 'valibot';
import { parseInstant } from '../../engine/index.ts';

const isoDate = v.pipe(
  v.string(),
  v.check((text) => !Number.isNaN(parseInstant(text)), 'not a date'),
);
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const base = { id: v.pipe(v.string(), v.uuid()), at: isoDate };

/** A question's interaction as xAPI names it, and the trainee's response in xAPI's response format. */
const interactionSchema = v.object({
  type: v.picklist(['true-false', 'choice', 'fill-in', 'sequencing', 'numeric']),
  response: v.string(),
});

/** One thing the trainee did. */
export const activityEventSchema = v.variant('kind', [
  v.object({ ...base, kind: v.literal('lesson-done'), lessonId: v.string() }),
  v.object({
    ...base,
    kind: v.literal('answered'),
    /** `quiz-id/question-id`. */
    questionKey: v.string(),
    interaction: interactionSchema,
    correct: v.boolean(),
  }),
  v.object({
    ...base,
    kind: v.literal('quiz-finished'),
    quizId: v.string(),
    score: fraction,
    passed: v.boolean(),
    /** A whole attempt (only those pass a quiz) or a retry of missed questions. */
    full: v.boolean(),
  }),
  v.object({
    ...base,
    kind: v.literal('scenario-finished'),
    scenarioId: v.string(),
    score: fraction,
  }),
  v.object({
    ...base,
    kind: v.literal('desk-act'),
    scenarioId: v.string(),
    action: v.string(),
    subject: v.string(),
    choice: v.optional(v.string()),
    /** The simulated time of the act. */
    simulatedAt: isoDate,
  }),
  v.object({
    ...base,
    kind: v.literal('sandbox-try'),
    situationId: v.string(),
    title: v.string(),
    /** The situation's result where it has one (0..1). */
    score: v.optional(fraction),
  }),
  v.object({
    ...base,
    kind: v.literal('reply-check'),
    /** The writing task or desk subject the reply was written for. */
    taskId: v.string(),
    replyKind: v.picklist(['message', 'public-reply']),
    language: v.nullable(v.string()),
    findings: v.array(v.object({ rule: v.string(), kind: v.string() })),
  }),
]);

/** One recorded act. */
export type ActivityEvent = v.InferOutput<typeof activityEventSchema>;
/** An act as an intent hands it in (the log adds its id and time). */
export type NewActivityEvent = ActivityEvent extends infer E
  ? E extends ActivityEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;
