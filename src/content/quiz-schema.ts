/** Schema of a quiz file (`content/quizzes/*.yaml`): a module quiz or the final assessment. */
import { z } from 'astro/zod';
import type { ContentIndex } from './registry.ts';
import { factId, lessonLink, moduleId, objectiveLink } from './links.ts';
import { isoInstant } from './checks/dates.ts';
import { checkQuiz } from './checks/quiz.ts';

/** An answer option with the reason it is right or wrong. */
const optionSchema = z.object({
  text: z.string().min(1).describe('The option as the trainee sees it'),
  correct: z.boolean().default(false).describe('Whether choosing it is right'),
  why: z.string().min(1).describe('Why this option is right or wrong'),
});

/** A wrong answer trainees often give to a numeric question, and why it is wrong. */
const numericMistakeSchema = z.object({
  answer: z.number().describe('The wrong number'),
  why: z.string().min(1).describe('What the trainee who gives it has misunderstood'),
});

/** A wrong answer trainees often give to a date-time question, and why it is wrong. */
const datetimeMistakeSchema = z.object({
  answer: isoInstant().describe('The wrong moment, as a date-time with offset'),
  why: z.string().min(1).describe('What the trainee who gives it has misunderstood'),
});

/** A quiz question; `type` decides which answer fields it has. */
function questionSchema(index: ContentIndex) {
  const common = {
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Stable kebab-case id, unique in the quiz'),
    prompt: z.string().min(1).describe('The question'),
    facts: z.array(factId(index)).min(1).describe('Fact IDs the question tests'),
    revisit: lessonLink(index).describe('The lesson section to revisit: lesson-id#section-id'),
    assesses: z
      .array(objectiveLink(index))
      .min(1)
      .describe('The lesson objectives the question assesses: lesson-id#objective-id'),
    explanation: z.string().min(1).describe('Why the right answer is right'),
  };
  return z.discriminatedUnion('type', [
    z.object({
      ...common,
      type: z.literal('single'),
      options: z.array(optionSchema).min(2).describe('The options, exactly one marked correct'),
    }),
    z.object({
      ...common,
      type: z.literal('multiple'),
      options: z.array(optionSchema).min(2).describe('The options, every right one marked correct'),
    }),
    z.object({
      ...common,
      type: z.literal('true-false'),
      answer: z.boolean().describe('Whether the statement in the prompt is true'),
      whyWrong: z.string().min(1).describe('What the wrong answer misunderstands'),
    }),
    z.object({
      ...common,
      type: z.literal('numeric'),
      answer: z.number().describe('The right number'),
      tolerance: z.number().nonnegative().default(0).describe('Accepted distance from the answer'),
      unit: z.string().optional().describe('Shown after the input, e.g. %'),
      mistakes: z
        .array(numericMistakeSchema)
        .default([])
        .describe('Common wrong answers and why they are wrong'),
    }),
    z.object({
      ...common,
      type: z.literal('datetime'),
      answer: isoInstant().describe('The right moment, with offset'),
      timeZone: z.string().min(1).describe('IANA zone the trainee answers in'),
      toleranceMinutes: z
        .number()
        .int()
        .nonnegative()
        .default(1)
        .describe('Accepted distance from the answer, in minutes'),
      mistakes: z
        .array(datetimeMistakeSchema)
        .default([])
        .describe('Common wrong answers and why they are wrong'),
    }),
    z.object({
      ...common,
      type: z.literal('ordering'),
      steps: z.array(z.string().min(1)).min(2).describe('The steps in the right order'),
    }),
    z.object({
      ...common,
      type: z.literal('spot-the-problem'),
      sentences: z
        .array(
          z.object({
            text: z.string().min(1).describe('One sentence of the reply, as shown'),
            breaks: z
              .array(factId(index))
              .default([])
              .describe('Fact IDs of the rules the sentence breaks (none: it is fine)'),
            why: z.string().optional().describe('Why it breaks them, shown after answering'),
          }),
        )
        .min(2)
        .describe('The reply split into sentences; `breaks` lists the rules a sentence breaks'),
    }),
  ]);
}

/** A quiz: one per module, or the final assessment drawing from all modules. */
export function quizSchema(index: ContentIndex) {
  return z
    .object({
      title: z.string().min(1).describe('Quiz title, as shown on the practise page'),
      module: moduleId(index)
        .optional()
        .describe('The module this quiz closes; absent for the final'),
      kind: z
        .enum(['module', 'final'])
        .default('module')
        .describe("A module's quiz, or the final assessment that draws from all of them"),
      passMark: z.number().min(0).max(1).default(0.8).describe('Share of points needed to pass'),
      draw: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Final only: how many questions to draw'),
      questions: z
        .array(questionSchema(index))
        .default([])
        .describe('The questions, in the order the quiz shows them (none in the final)'),
    })
    .superRefine(checkQuiz);
}

/** A quiz question as validated. */
export type Question = z.infer<ReturnType<typeof questionSchema>>;
/** A quiz as validated. */
export type Quiz = z.infer<ReturnType<typeof quizSchema>>;
