/**
 * Schema of a scenario file (`content/scenarios/*.yaml`): a simulated shift at a seller's support
 * desk. The account starts from `start.history`; `arrivals` reach the inbox on the simulated
 * clock; the trainee acts on tasks (each act becomes order-history events); the rules engine
 * decides consequences and metrics; `rubric` items are checked at the end of the shift.
 */
import { z } from 'astro/zod';
import {
  checkGeneratorSpec,
  marketplaces,
  parseInstant,
  profiles,
  type MarketplaceName,
  type ProfileName,
} from '../engine/index.ts';
import type { ContentIndex } from './registry.ts';
import { factId, lessonLink } from './links.ts';
import { deskActions } from '../sim/desk-actions.ts';
import { isoDay, isoInstant } from './checks/dates.ts';
import { checkScenario } from './checks/scenario.ts';
import { checkAssumptions } from './checks/assumptions.ts';

const instant = isoInstant();

/** The engine's marketplaces and profiles, so the schema never keeps a list of its own. */
const marketplaceNames = Object.keys(marketplaces) as [MarketplaceName, ...MarketplaceName[]];
const profileNames = Object.keys(profiles) as [ProfileName, ...ProfileName[]];

const share = z.number().min(0).max(1);

/**
 * Background orders described by figures instead of listed: the engine's seeded generator
 * expands them (the same seed, the same events, on the page and in the tests). The marketplace
 * and profile are the scenario's; nothing is generated after `start.at`.
 */
const backgroundSchema = z
  .object({
    seed: z.number().int().describe('Any whole number: the same seed gives the same orders'),
    from: isoDay().describe('First local day of the orders (YYYY-MM-DD)'),
    to: isoDay().describe('Last local day of the orders (YYYY-MM-DD), included'),
    orders: z.number().int().nonnegative().optional().describe('Orders in all (or ordersPerDay)'),
    ordersPerDay: z.number().nonnegative().optional().describe('Average orders per day'),
    fbaShare: share.optional().describe('Share of FBA orders (default 0.5)'),
    businessShare: share.optional().describe('Share of Amazon Business orders (default 0)'),
    claimRate: share.optional().describe('Share of orders with an A-to-Z claim (default 0)'),
    negativeFeedbackRate: share.optional().describe('Share with 1–2 star feedback (default 0)'),
    chargebackRate: share.optional().describe('Share with a service chargeback (default 0)'),
    messageRate: share.optional().describe('Share with a buyer message (default 0)'),
    lateMessageRate: share.optional().describe('Share of those messages answered late'),
    lateInvoiceRate: share.optional().describe('Share of business invoices late or missing'),
  })
  .describe('Generated background orders, expanded by the engine (see its history generator)');

/** An order-history event (the engine's input format); the engine validates its fields. */
const historyEventSchema = z.looseObject({
  type: z.string().min(1).describe('Event type, e.g. order.placed'),
  at: instant.describe('When it happens, ISO-8601 with offset'),
});

/** An event a choice causes: like a history event, but timed from the moment the trainee acts. */
const choiceEventSchema = z.looseObject({
  type: z.string().min(1),
  afterMinutes: z
    .number()
    .int()
    .nonnegative()
    .default(0)
    .describe('Minutes after the trainee acts'),
});

/** What a buyer message says, shown in the inbox (the trainee's own replies are never HTML). */
const messageTextSchema = z.object({
  messageId: z.string().min(1).describe('The message.received event it belongs to'),
  from: z.string().min(1).describe('Who wrote it, e.g. "Buyer: Jana K."'),
  subject: z.string().min(1).describe('The subject line, also the task title in the inbox'),
  body: z.string().min(1).describe('What the buyer wrote'),
});

/** Facts about a negative feedback that the removal rules read (FB-REPORT). */
const feedbackFactsSchema = z.object({
  feedbackId: z.string().min(1).describe('The feedback.posted event it belongs to'),
  comment: z.string().min(1).describe('The comment as the trainee sees it'),
  aboutProductOnly: z.boolean().default(false).describe('The comment is only about the product'),
  aboutFulfilmentOnly: z
    .boolean()
    .default(false)
    .describe('The comment is only about delivery by Amazon (FBA)'),
  offensiveLanguage: z.boolean().default(false).describe('The comment uses offensive words'),
  personalInformation: z
    .boolean()
    .default(false)
    .describe('The comment shows personal information (a name, a phone number)'),
});

/** A scenario as trainers write it. */
export function scenarioSchema(index: ContentIndex) {
  const facts = z.array(factId(index)).min(1);
  const choice = z.object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Kebab-case id, unique in the decision; rubric items and good plays name it'),
    label: z.string().min(1).describe('What the trainee chooses, e.g. the reply text'),
    events: z
      .array(choiceEventSchema)
      .default([])
      .describe('Events the choice causes besides the act itself'),
    verdict: z.enum(['good', 'acceptable', 'poor']).describe('How the debrief judges it'),
    feedback: z.string().min(1).describe('Shown in the debrief'),
    facts: facts.describe('Fact IDs the option rests on, shown with its feedback'),
  });
  const check = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('no-violation'),
      rule: factId(index).describe('The fact ID of the rule that must not be broken'),
      subject: z
        .string()
        .optional()
        .describe('Only violations about this id (message, return, order, …); none: any'),
    }),
    z.object({
      kind: z.literal('choice'),
      decision: z.string().describe('The id of the decision'),
      choices: z.array(z.string()).min(1).describe('Any of these passes'),
    }),
    z.object({
      kind: z.literal('metric'),
      metric: z.enum(['odr', 'idr', 'lateResponse']).describe('The engine metric'),
      status: z
        .enum(['ok', 'none'])
        .describe('Its status at the end: ok (meets the target) or none (nothing counted)'),
    }),
    z.object({
      kind: z.literal('not-defective'),
      orderId: z.string().describe('The order has no ODR defect at the end'),
    }),
    z.object({
      kind: z.literal('action'),
      action: z.enum(deskActions).describe('The act the trainee must have taken'),
      subject: z.string().describe('The id it must have been taken on'),
    }),
  ]);
  return z
    .object({
      title: z.string().min(1).describe('Scenario title, as shown on the scenarios page'),
      summary: z.string().min(1).describe('One or two sentences for the scenarios page'),
      difficulty: z
        .enum(['starter', 'standard', 'hard'])
        .describe('How hard it is; the course path offers the gentlest of a module first'),
      minutes: z.number().int().positive().describe('Expected minutes to play'),
      goals: facts.describe('Fact IDs the scenario practises'),
      lessons: z.array(lessonLink(index)).min(1).describe('Lesson sections to read first'),
      marketplace: z
        .enum(marketplaceNames)
        .default('amazon.de')
        .describe('The marketplace (its zone and invoice rule): one the engine knows'),
      profile: z
        .enum(profileNames)
        .default('course')
        .describe('Which reading of the policy the account is judged on'),
      fulfillment: z
        .enum(['FBA', 'FBM', 'mixed'])
        .describe('Who ships the orders of the shift, for the scenarios page'),
      start: z
        .object({
          at: instant.describe('When the shift starts: the simulated clock starts here'),
          history: z
            .array(historyEventSchema)
            .default([])
            .describe('The account before the shift, all at or before start.at'),
          background: backgroundSchema.optional(),
        })
        .describe('The account as the shift starts'),
      end: instant.describe('When the shift ends: the debrief measures the account here'),
      arrivals: z
        .array(
          z.object({
            at: instant.describe('When they reach the desk, within the shift'),
            events: z
              .array(historyEventSchema)
              .min(1)
              .describe('Order-history events that happen then'),
          }),
        )
        .default([])
        .describe('What reaches the desk during the shift'),
      messages: z.array(messageTextSchema).default([]).describe('Text of the buyer messages'),
      feedback: z
        .array(feedbackFactsSchema)
        .default([])
        .describe('Text and facts of negative feedback'),
      decisions: z
        .array(
          z.object({
            id: z
              .string()
              .regex(/^[a-z0-9-]+$/)
              .describe('Kebab-case id, unique in the scenario; rubric items name it'),
            subject: z
              .string()
              .describe('The message, feedback, return, claim or order id the decision is about'),
            action: z.enum(deskActions).describe('The act the chosen option performs'),
            prompt: z.string().min(1).describe('The question the trainee answers by choosing'),
            choices: z.array(choice).min(2).describe('Three or four options a trainee could pick'),
          }),
        )
        .default([])
        .describe('For an act on a subject, the options the trainee chooses from'),
      rubric: z
        .array(
          z.object({
            id: z
              .string()
              .regex(/^[a-z0-9-]+$/)
              .describe('Kebab-case id, unique in the rubric'),
            description: z.string().min(1).describe('What the trainee did right, in the debrief'),
            points: z
              .number()
              .int()
              .positive()
              .describe('Points it is worth; all items add up to 100'),
            facts: facts.describe(
              'Fact IDs it rests on; the first one chooses the lesson its debrief "Read" link opens',
            ),
            check: check.describe('How the end of the shift is checked: one of the kinds below'),
          }),
        )
        .min(1)
        .describe('What is scored at the end of the shift, 100 points in all'),
    })
    .superRefine((scenario, ctx) => {
      const start = parseInstant(scenario.start.at);
      const end = parseInstant(scenario.end);
      if (end <= start)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'the shift must end after it starts',
        });
      scenario.start.history.forEach((event, position) => {
        if (parseInstant(event.at) > start)
          ctx.addIssue({
            code: 'custom',
            path: ['start', 'history', position, 'at'],
            message: 'after start.at',
          });
      });
      scenario.arrivals.forEach((arrival, position) => {
        const at = parseInstant(arrival.at);
        if (at < start || at > end)
          ctx.addIssue({
            code: 'custom',
            path: ['arrivals', position, 'at'],
            message: 'outside the shift (start.at..end)',
          });
      });
      const { background } = scenario.start;
      if (background) {
        for (const problem of checkGeneratorSpec({
          ...background,
          marketplace: scenario.marketplace,
          profile: scenario.profile,
          asOf: scenario.start.at,
        })) {
          const [field = '', ...why] = problem.split(': ');
          ctx.addIssue({
            code: 'custom',
            path: ['start', 'background', field],
            message: why.join(': '),
          });
        }
      }
      checkScenario(scenario, ctx);
      checkAssumptions(scenario, ctx);
    });
}

/** A scenario as validated. */
export type Scenario = z.infer<ReturnType<typeof scenarioSchema>>;
