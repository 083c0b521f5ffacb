/** Schema of a scenario file (`content/scenarios/*.yaml`): a simulated shift at a seller's desk. */
import { z } from 'astro/zod';
import type { ContentIndex } from './registry.ts';
import { factId, lessonLink } from './links.ts';

/** An order-history event (see the engine's input format); the engine validates its fields. */
const historyEventSchema = z.looseObject({
  type: z.string().min(1).describe('Event type, e.g. order.placed'),
  at: z.iso.datetime({ offset: true }).describe('When it happens, ISO-8601 with offset'),
});

/** A scenario as trainers write it. */
export function scenarioSchema(index: ContentIndex) {
  const choice = z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1).describe('What the trainee chooses'),
    events: z.array(historyEventSchema).default([]).describe('Events the choice causes'),
    feedback: z.string().min(1).describe('Shown in the debrief'),
    facts: z.array(factId(index)).min(1).describe('Rules the feedback rests on'),
  });
  return z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    difficulty: z.enum(['starter', 'standard', 'hard']),
    minutes: z.number().int().positive().describe('Expected minutes to play'),
    goals: z.array(factId(index)).min(1).describe('Fact IDs the scenario practises'),
    lessons: z.array(lessonLink(index)).default([]).describe('Lesson sections to read first'),
    marketplace: z.string().default('amazon.de'),
    profile: z.enum(['course', 'amazon-2026']).default('course'),
    fulfillment: z.enum(['FBA', 'FBM', 'mixed']),
    start: z.object({
      at: z.iso.datetime({ offset: true }).describe('When the shift starts'),
      history: z.array(historyEventSchema).default([]).describe('The account before the shift'),
    }),
    timeline: z
      .array(
        z.object({
          at: z.iso.datetime({ offset: true }),
          events: z.array(historyEventSchema).default([]),
          decision: z
            .object({ id: z.string(), prompt: z.string().min(1), choices: z.array(choice).min(2) })
            .optional(),
        }),
      )
      .min(1),
    rubric: z
      .array(
        z.object({
          id: z.string(),
          description: z.string().min(1),
          points: z.number().int().positive(),
          facts: z.array(factId(index)).min(1),
        }),
      )
      .min(1),
  });
}

/** A scenario as validated. */
export type Scenario = z.infer<ReturnType<typeof scenarioSchema>>;
