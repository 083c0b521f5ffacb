/**
 * What a trainee answers to each question type, as saved mid-quiz (validated on load).
 * Browser-side schemas use valibot rather than zod: the same checks cost about 2 kB of an
 * island's JavaScript instead of about 7 kB.
 */
import * as v from 'valibot';

const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A trainee's response to one question; its `type` matches the question's. */
const quizResponseSchema = v.variant('type', [
  v.object({ type: v.literal('single'), option: index }),
  v.object({ type: v.literal('multiple'), options: v.array(index) }),
  v.object({ type: v.literal('true-false'), value: v.boolean() }),
  v.object({ type: v.literal('numeric'), value: v.number() }),
  v.object({ type: v.literal('datetime'), local: v.string() }),
  v.object({ type: v.literal('ordering'), order: v.array(index) }),
  v.object({ type: v.literal('spot-the-problem'), sentences: v.array(index) }),
]);

/** A trainee's response to one question. */
export type QuizResponse = v.InferOutput<typeof quizResponseSchema>;

/** A response saved in a quiz under way, and whether it has been marked. */
export const savedResponseSchema = v.object({
  response: v.optional(quizResponseSchema),
  checked: v.boolean(),
});

/** A saved response. */
export type SavedResponse = v.InferOutput<typeof savedResponseSchema>;
