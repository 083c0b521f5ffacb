/**
 * Schema of a writing situation (`content/writing/NN-slug.yaml`): a buyer's message or feedback,
 * the order behind it, and what the trainee writes in answer. The reply coach checks the draft;
 * the situation names the rule it is built around, a typical wrong draft that breaks it, and a
 * model answer that breaks none (`tests/content/writing.test.ts` runs the checker on both).
 */
import { z } from 'astro/zod';
import type { ContentIndex } from './registry.ts';
import { factId } from './links.ts';

/**
 * The reply-check contract's rules and finding kinds (`../shared/formats/reply-check.md`), and
 * the drafts each kind can be found in: what a situation may name as its target.
 */
export const REPLY_TARGETS = {
  'removal-incentive': { rule: 'PR-RULES', in: ['public-reply'] },
  'private-data': { rule: 'PR-RULES', in: ['public-reply'] },
  question: { rule: 'PR-RULES', in: ['public-reply'] },
  incentive: { rule: 'REV-BANNED', in: ['message'] },
  'positive-only': { rule: 'REV-BANNED', in: ['message', 'public-reply'] },
  'change-request': { rule: 'REV-BANNED', in: ['message', 'public-reply'] },
  'off-platform-payment': { rule: 'TIP-8', in: ['message', 'public-reply'] },
  'contact-details': { rule: 'MSG-CONTACT', in: ['message'] },
  marketing: { rule: 'MSG-PERMITTED', in: ['message'] },
  language: { rule: 'FBM-LOCAL', in: ['message'] },
} as const satisfies Record<string, { rule: string; in: readonly ('message' | 'public-reply')[] }>;

/** A finding kind of the contract. */
type TargetKind = keyof typeof REPLY_TARGETS;

const targetKinds = Object.keys(REPLY_TARGETS) as [TargetKind, ...TargetKind[]];

/** The languages situations are written in (the checker reads these three). */
export const WRITING_LANGUAGES = ['en', 'de', 'fr'] as const;

/** One writing situation. */
export function writingSituationSchema(index: ContentIndex) {
  return z
    .object({
      title: z
        .string()
        .min(1)
        .max(80)
        .describe('A short title for the list of situations, e.g. "Where is my parcel?"'),
      kind: z
        .enum(['message', 'public-reply'])
        .describe(
          'What the trainee writes: a message to the buyer, or a public reply under their feedback',
        ),
      marketplace: z
        .string()
        .regex(/^amazon(?:\.[a-z]{2,3}){1,2}$/, 'expected an Amazon marketplace such as amazon.de')
        .default('amazon.de')
        .describe('The Amazon marketplace of the order, e.g. amazon.fr; it sets phone regions'),
      language: z
        .enum(WRITING_LANGUAGES)
        .describe("ISO 639-1 code of the buyer's language: en, de or fr"),
      buyer: z
        .object({
          name: z.string().min(1).describe('How the buyer is shown, e.g. "Jana K."'),
          text: z
            .string()
            .min(1)
            .describe("The buyer's message, or the comment of their feedback, in their language"),
          rating: z
            .number()
            .int()
            .min(1)
            .max(5)
            .optional()
            .describe('Public replies only: the stars of the feedback (1 to 5)'),
          received: z
            .string()
            .min(1)
            .optional()
            .describe('When it arrived, in words, where timing matters: "Saturday, 18:40"'),
        })
        .describe('What the buyer wrote'),
      order: z
        .object({
          number: z
            .string()
            .regex(
              /^\d{3}-\d{7}-\d{7}$/,
              'expected an Amazon order number like 302-1234567-1234567',
            )
            .describe('The Amazon order number'),
          item: z.string().min(1).describe('What was bought'),
          fulfilment: z
            .enum(['FBA', 'FBM'])
            .describe('Who ships: Amazon (FBA) or the seller (FBM)'),
          history: z
            .array(z.string().min(1))
            .min(1)
            .describe("What happened, in order, as the seller's records show it"),
        })
        .describe('The order behind the message or the feedback'),
      task: z.string().min(1).describe('What the trainee is asked to write'),
      facts: z
        .array(factId(index))
        .min(1)
        .describe("Fact IDs the situation practises, the target's rule included"),
      target: z
        .object({
          rule: z.string().describe("The target's fact ID (the contract's rule for the kind)"),
          kind: z.enum(targetKinds).describe('The finding kind a typical wrong draft gets'),
        })
        .describe('The rule the situation is built around: the trap in it'),
      trap: z
        .object({
          text: z
            .string()
            .min(1)
            .describe('A typical wrong draft; the checker must find the target in it'),
          why: z.string().min(1).describe('Why a trainee writes it, and why it breaks the rule'),
          language: z
            .enum(WRITING_LANGUAGES)
            .optional()
            .describe("The draft's language when it is not the buyer's (a language trap)"),
        })
        .describe('The draft a trainee is tempted to write'),
      model: z
        .object({
          text: z
            .string()
            .min(1)
            .describe("A model answer in the buyer's language; the checker must find nothing"),
          why: z
            .array(z.string().min(1))
            .min(1)
            .describe('Why it works, one point each (shown after the trainee has written)'),
        })
        .describe('The model answer and why it works'),
    })
    .superRefine((situation, ctx) => {
      const target = REPLY_TARGETS[situation.target.kind];
      if (situation.target.rule !== target.rule)
        ctx.addIssue({
          code: 'custom',
          path: ['target', 'rule'],
          message: `the finding kind "${situation.target.kind}" belongs to ${target.rule}, not ${situation.target.rule}`,
        });
      if (!(target.in as readonly string[]).includes(situation.kind))
        ctx.addIssue({
          code: 'custom',
          path: ['target', 'kind'],
          message: `"${situation.target.kind}" is never found in a ${situation.kind} (only in: ${target.in.join(', ')})`,
        });
      if (!situation.facts.includes(situation.target.rule))
        ctx.addIssue({
          code: 'custom',
          path: ['facts'],
          message: `facts must include the target's rule ${situation.target.rule}`,
        });
      if ((situation.kind === 'public-reply') !== (situation.buyer.rating !== undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['buyer', 'rating'],
          message:
            situation.kind === 'public-reply'
              ? 'a public reply answers feedback: give its stars (1 to 5)'
              : 'only feedback has a rating; a message has none',
        });
    });
}

/** A writing situation as validated. */
export type WritingSituation = z.infer<ReturnType<typeof writingSituationSchema>>;
