/**
 * Schemas of the escalation guide (`content/escalation.yaml`, `content/escalation-contacts.yaml`):
 * what a trainee hands on, to whom and how fast. Trainers edit both files; thresholds on a metric
 * are a share of that metric's target, which the page reads from the engine's profiles.
 */
import { z } from 'astro/zod';
import type { ContentIndex } from './registry.ts';
import { factId, lessonLink } from './links.ts';
import { didYouMean } from './checks/suggest.ts';

/** Someone a trainee escalates to (`content/escalation-contacts.yaml`). */
export const escalationContactSchema = z.object({
  role: z.string().min(1).describe('Who it is, as a trainee would say it: "Your team lead"'),
  reach: z
    .string()
    .min(1)
    .describe("How to reach them: trainers write their own team's channel here"),
  decides: z.string().min(1).describe('What they decide, so the trainee knows why it goes to them'),
});

/** How fast a case must be handed on, most urgent first. */
export const escalationUrgencies = ['at-once', 'same-day', 'before-you-act'] as const;

/** A threshold on a number the trainee watches. */
const thresholdSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('share-of-target'),
    metric: z
      .enum(['odr', 'idr'])
      .describe('The engine metric whose target (from the policy profile) the share applies to'),
    share: z
      .number()
      .gt(0)
      .lt(1)
      .describe('Escalate when the rate reaches this share of its target, e.g. 0.8'),
  }),
  z.object({
    kind: z.literal('rating-below'),
    value: z
      .number()
      .int()
      .min(0)
      .max(1000)
      .describe('Escalate when the Account Health Rating falls below this value (AHR: 0–1000)'),
  }),
]);

/** One case to escalate (`content/escalation.yaml`); its id is the anchor lessons link to. */
export function escalationRuleSchema(index: ContentIndex) {
  return z.object({
    title: z.string().min(1).describe('The case, short, as a heading'),
    urgency: z.enum(escalationUrgencies).describe('How fast to hand it on'),
    when: z.string().min(1).describe('How to recognise the case, in plain English'),
    threshold: thresholdSchema
      .optional()
      .describe('A figure that starts the case; shown with the figures of each policy reading'),
    to: z
      .array(
        z.string().refine((id) => index.contactIds.has(id), {
          error: (issue) =>
            `unknown contact "${String(issue.input)}" (not in content/escalation-contacts.yaml).${didYouMean(String(issue.input), index.contactIds)}`,
        }),
      )
      .min(1)
      .describe('Contact ids from content/escalation-contacts.yaml, first the one to tell first'),
    send: z.array(z.string().min(1)).min(1).describe('What to send with it'),
    meanwhile: z
      .string()
      .min(1)
      .optional()
      .describe('What the trainee still does (or must not do) while waiting for an answer'),
    facts: z.array(factId(index)).default([]).describe('Fact IDs behind the case'),
    lessons: z
      .array(lessonLink(index))
      .default([])
      .describe('Lesson sections that teach the rule behind it'),
  });
}

/** A contact as validated (@public: the inferred type beside its schema). */
export type EscalationContact = z.infer<typeof escalationContactSchema>;
/** A rule as validated. */
export type EscalationRule = z.infer<ReturnType<typeof escalationRuleSchema>>;
