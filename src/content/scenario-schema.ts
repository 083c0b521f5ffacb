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
  parseCalendarDay,
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

/**
 * One act of a scenario's good play: what a trainee who knows the rules does, and when. The
 * engine plays it at `at` (check-content, vitest); the browser test acts as soon as the task is
 * in the inbox, so `at` is a guide there.
 */
const playedActSchema = z.object({
  at: instant.describe(
    'When the act happens on the simulated clock (ISO-8601 with offset), within the shift',
  ),
  action: z.enum(deskActions).describe('The act, e.g. reply, authoriseReturn, confirmShipment'),
  subject: z
    .string()
    .min(1)
    .describe('The message, return, order, claim, chargeback or feedback id acted on'),
  choice: z
    .string()
    .optional()
    .describe('The option id picked, where a decision governs this act (required there)'),
  trackingId: z
    .string()
    .optional()
    .describe('The tracking ID typed when confirming a shipment ("" or left out: none)'),
  text: z
    .string()
    .min(1)
    .max(10_000)
    .optional()
    .describe(
      'A reply or public reply as the trainee writes it (the reply coach checks it); required for those acts when the scenario sets requireWriting',
    ),
});

/** The acts a trainee writes: a reply to a message, a public reply under feedback. */
const WRITTEN_ACTIONS = ['reply', 'postPublicReply'] as const;

/**
 * A rubric item's goal, written as an instruction to the trainee. The debrief shows it beside its
 * outcome ("Met" or "Missed", and what happened), so a goal phrased as done ("You answered…")
 * would read as achieved next to "Missed".
 */
const goalSchema = z
  .string()
  .min(1)
  .refine((goal) => !/^(?:(?:You|Your|The|No|Amazon)\b|\w+ed\b)/.test(goal), {
    error:
      'write the goal as an instruction ("Answer the return request within 48 hours"), not as done ("You answered…"): the debrief shows it beside its outcome',
  })
  .describe(
    'The goal, as an instruction ("Answer the return request within 48 hours"); the debrief shows it with its outcome',
  );

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
      metric: z
        .enum(['odr', 'idr', 'lateResponse', 'lateShipment'])
        .describe(
          'The engine metric (lateShipment: the late shipment rate of seller-fulfilled orders)',
        ),
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
    z
      .object({
        kind: z.literal('writing'),
        action: z
          .enum(WRITTEN_ACTIONS)
          .describe('The written act judged: reply (to a message) or postPublicReply'),
        subject: z.string().describe('The message or feedback id the text answers'),
        rules: z
          .array(factId(index))
          .min(1)
          .optional()
          .describe('Only findings of these rules fail the goal (all rules when left out)'),
      })
      .describe(
        'Passes when the trainee sent a written draft on this act and the reply coach found nothing in it',
      ),
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
      minutesPerAct: z
        .number()
        .int()
        .min(0)
        .max(120)
        .default(0)
        .describe(
          'Simulated minutes each act takes: after every act the clock moves on by this much, so the order of work decides what is late (0: acts take no time)',
        ),
      compareWith: z
        .array(z.enum(['kaufland', 'ebay']))
        .default([])
        .describe(
          "Other marketplaces' rules the debrief also applies to the same account, computed by the engine: kaufland shows each message's reply deadline on Kaufland's clock (48 hours of working days), ebay the band of the account's defect rate",
        ),
      requireWriting: z
        .boolean()
        .default(false)
        .describe(
          'The trainee writes every reply and public reply (the decisions about them become suggested replies to read); grade them with `writing` rubric checks, not `choice`',
        ),
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
        .describe(
          "What reaches the desk during the shift. An arrival may not do the trainee's work on a task in the inbox (reply, answer, upload, ship, cancel, remove feedback): the engine keeps the earliest of two such events, so it would overwrite or pre-empt the trainee's act. Put such events in start.history; the content check (checkScriptedEvents) names one",
        ),
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
            hideDeadline: z
              .boolean()
              .default(false)
              .describe(
                "Hide the task's deadline at the desk (inbox, task card, jumps) when the decision asks the trainee for it; the debrief still shows it",
              ),
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
            description: goalSchema,
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
      goodPlay: z
        .array(playedActSchema)
        .min(1)
        .describe(
          'The acts that earn full marks, in time order. check-content plays them on the engine and fails below 100 points (and when doing nothing earns 100); the browser tests play them at the desk',
        ),
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
        // Orders of the background's last day may be shipped a day later: a background that
        // ends the day before the shift puts unrelated "Order to ship" tasks in its inbox.
        const firstDay = parseCalendarDay(scenario.start.at.slice(0, 10));
        if (firstDay - parseCalendarDay(background.to) < 2)
          ctx.addIssue({
            code: 'custom',
            path: ['start', 'background', 'to'],
            message:
              'ends less than two days before the shift: its last orders would still be waiting to ship at the desk; end it two days before start.at',
          });
      }
      checkScenario(scenario, ctx);
      checkAssumptions(scenario, ctx);
      let previous = start;
      scenario.goodPlay.forEach((act, position) => {
        const at = parseInstant(act.at);
        // A shift that ends before it starts is told once, at its end, not again at every act.
        if (end > start && (at < previous || at > end))
          ctx.addIssue({
            code: 'custom',
            path: ['goodPlay', position, 'at'],
            message:
              at > end ? 'after the end of the shift' : 'before the previous act or the shift',
          });
        previous = Math.max(previous, at);
        const decision = scenario.decisions.find(
          (candidate) => candidate.subject === act.subject && candidate.action === act.action,
        );
        const options = decision?.choices.map((option) => option.id) ?? [];
        const written = (WRITTEN_ACTIONS as readonly string[]).includes(act.action);
        if (act.text !== undefined && !written)
          ctx.addIssue({
            code: 'custom',
            path: ['goodPlay', position, 'text'],
            message: `only a reply or a public reply has a text, not ${act.action}`,
          });
        if (scenario.requireWriting && written) {
          if (act.text === undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['goodPlay', position, 'text'],
              message: 'the scenario requires writing: give the text the trainee writes',
            });
          return;
        }
        if (decision && !options.includes(act.choice ?? ''))
          ctx.addIssue({
            code: 'custom',
            path: ['goodPlay', position, 'choice'],
            message: `decision "${decision.id}" governs this act: choose one of ${options.join(', ')}`,
          });
        if (!decision && act.choice !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['goodPlay', position, 'choice'],
            message: `no decision is about ${act.action} on ${act.subject}`,
          });
      });
      scenario.rubric.forEach((item, position) => {
        const { check } = item;
        const writtenDecision =
          check.kind === 'choice' &&
          scenario.decisions.some(
            (decision) =>
              decision.id === check.decision &&
              (WRITTEN_ACTIONS as readonly string[]).includes(decision.action),
          );
        if (scenario.requireWriting && writtenDecision)
          ctx.addIssue({
            code: 'custom',
            path: ['rubric', position, 'check', 'kind'],
            message:
              'the scenario requires writing, so its replies are not chosen: grade them with a `writing` check',
          });
      });
    });
}

/** A scenario as validated. */
export type Scenario = z.infer<ReturnType<typeof scenarioSchema>>;
