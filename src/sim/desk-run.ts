/**
 * One run of a scenario at the simulated desk: the account starts from the scenario's history;
 * arrivals land as the clock reaches them; each trainee act becomes order-history events at the
 * current simulated time; every consequence (claims granted after a missed deadline) comes from
 * the engine's rules. Deterministic: the same acts at the same times give the same account, so
 * a saved list of acts replays a run exactly (a reload resumes it).
 */
import { createAccount, zoneClock, type Account } from '../engine/index.ts';
import { feedbackRemovalVerdict } from '../engine/feedback-removal.ts';
import { profiles } from '../engine/profiles.ts';
import type { DerivedEvent } from '../engine/tasks.ts';
import { formatValidationError, validateEvent } from '../engine/validate.ts';
import type { OrderEvent, Report } from '../engine/types.ts';
import type { Scenario } from '../content/scenario-schema.ts';

/** A kind of act (see `deskActions` in the scenario schema). */
export type DeskAction = Scenario['decisions'][number]['action'];

/** One thing the trainee did, as saved. */
export interface DeskAct {
  action: DeskAction;
  /** The message, return, order, claim, chargeback or feedback id acted on. */
  subject: string;
  /** Simulated time of the act, epoch ms. */
  at: number;
  /** The option picked where a decision governs this act. */
  choice?: string;
  /** Tracking id entered when confirming a shipment ('' for none). */
  trackingId?: string;
}

/** An event waiting for the clock. */
type Timed = OrderEvent & { at: string };

const HOUR = 3_600_000;
/** How long Amazon takes to act on an accepted feedback-removal request in the simulation. */
const REMOVAL_DELAY = 24 * HOUR;

/** A scenario's event, checked by the engine's own validator (content is validated loosely at build). */
function checked(event: unknown, path: string): Timed {
  const errors = validateEvent(event, path);
  if (errors[0]) throw new Error(formatValidationError(errors[0]));
  return event as Timed;
}

function byTime(a: Timed, b: Timed): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

/** A live run of one scenario. */
export class DeskRun {
  readonly scenario: Scenario;
  readonly account: Account;
  readonly acts: DeskAct[] = [];
  /** Consequences the engine's rules produced (claims after missed deadlines), each naming its rule. */
  readonly derived: DerivedEvent[] = [];
  /** Epoch ms of the simulated clock. */
  #clock: number;
  #pending: Timed[];
  #format: (ms: number) => string;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.account = createAccount({ profile: scenario.profile, marketplace: scenario.marketplace });
    const clock = zoneClock(this.account.settings.timeZone);
    this.#format = (ms) => clock.formatInstant(ms);
    this.#clock = Date.parse(scenario.start.at);
    this.account.applyAll(
      scenario.start.history
        .map((event, index) => checked(event, `start.history[${index}]`))
        .sort(byTime),
    );
    this.#pending = scenario.arrivals
      .flatMap((arrival, index) =>
        arrival.events.map((event, position) =>
          checked(event, `arrivals[${index}].events[${position}]`),
        ),
      )
      .sort(byTime);
    this.#runTo(this.#clock);
  }

  /** The simulated time, epoch ms. */
  get clock(): number {
    return this.#clock;
  }

  /** The simulated time as ISO-8601 in the marketplace's zone. */
  get now(): string {
    return this.#format(this.#clock);
  }

  /** Whether the shift is over. */
  get ended(): boolean {
    return this.#clock >= Date.parse(this.scenario.end);
  }

  /** When the next thing arrives (or the shift ends), epoch ms. */
  get nextArrival(): number {
    return Math.min(
      Date.parse(this.#pending[0]?.at ?? this.scenario.end),
      Date.parse(this.scenario.end),
    );
  }

  /** Moves the clock forward (never past the end of the shift), landing arrivals and consequences. */
  advanceTo(target: number): void {
    this.#runTo(Math.min(Math.max(target, this.#clock), Date.parse(this.scenario.end)));
  }

  /** Performs an act now: its events, its decision's extra events, and what the rules make of it. */
  act(act: Omit<DeskAct, 'at'>): void {
    if (this.ended) throw new Error('the shift is over');
    const at = this.#format(this.#clock);
    const done: DeskAct = { ...act, at: this.#clock };
    this.acts.push(done);
    const events = this.#eventsOf(done, at);
    this.account.applyAll(events.filter((event) => Date.parse(event.at) <= this.#clock));
    this.#pending.push(...events.filter((event) => Date.parse(event.at) > this.#clock));
    this.#pending.sort(byTime);
  }

  /** The engine's report now. */
  report(): Report {
    return this.account.report(this.now);
  }

  /** Whether a subject has been acted on with this action. */
  hasActed(action: DeskAction, subject: string): boolean {
    return this.acts.some((act) => act.action === action && act.subject === subject);
  }

  #eventsOf(act: DeskAct, at: string): Timed[] {
    const own = ((): Timed[] => {
      switch (act.action) {
        case 'reply':
          return [{ type: 'message.replied', at, messageId: act.subject }];
        case 'markNoReplyNeeded':
          return [{ type: 'message.noReplyNeeded', at, messageId: act.subject }];
        case 'authoriseReturn':
          return [{ type: 'return.answered', at, returnId: act.subject, labelSent: true }];
        case 'uploadInvoice':
          return [{ type: 'invoice.uploaded', at, orderId: act.subject }];
        case 'confirmShipment':
          return [
            {
              type: 'order.shipped',
              at,
              orderId: act.subject,
              ...(act.trackingId ? { trackingId: act.trackingId } : {}),
            },
          ];
        case 'answerClaim':
          return [{ type: 'claim.answered', at, claimId: act.subject }];
        case 'answerChargeback':
          return [{ type: 'chargeback.answered', at, chargebackId: act.subject }];
        case 'cancelOrder':
          return [{ type: 'order.cancelled', at, orderId: act.subject, by: 'seller' }];
        case 'requestFeedbackRemoval':
          return this.#removal(act);
        case 'postPublicReply':
          return [];
      }
    })();
    const decision = this.scenario.decisions.find(
      (candidate) => candidate.subject === act.subject && candidate.action === act.action,
    );
    const choice = decision?.choices.find((candidate) => candidate.id === act.choice);
    const extra = (choice?.events ?? []).map(({ afterMinutes, ...event }, index) =>
      checked(
        { ...event, at: this.#format(act.at + afterMinutes * 60_000) },
        `choices.${choice?.id ?? ''}.events[${index}]`,
      ),
    );
    return [...own, ...extra];
  }

  /** A removal request: the engine's removal rules decide; an accepted request removes the feedback a day later. */
  #removal(act: DeskAct): Timed[] {
    const facts = this.scenario.feedback.find((entry) => entry.feedbackId === act.subject);
    const posted = this.scenario.arrivals
      .flatMap((arrival) => arrival.events)
      .concat(this.scenario.start.history)
      .find((event) => event.type === 'feedback.posted' && event['feedbackId'] === act.subject);
    if (!facts || !posted) return [];
    const order = this.scenario.start.history
      .concat(this.scenario.arrivals.flatMap((arrival) => arrival.events))
      .find((event) => event.type === 'order.placed' && event['orderId'] === posted['orderId']);
    const profile = profiles[this.scenario.profile];
    const verdict = feedbackRemovalVerdict(
      {
        fulfillment: order?.['fulfillment'] === 'FBA' ? 'FBA' : 'FBM',
        aboutProductOnly: facts.aboutProductOnly,
        aboutFulfilmentOnly: facts.aboutFulfilmentOnly,
        offensiveLanguage: facts.offensiveLanguage,
        personalInformation: facts.personalInformation,
        daysSincePosting: Math.floor((act.at - Date.parse(posted.at)) / (24 * HOUR)),
      },
      profile.feedbackRemoval,
      profile.name,
    );
    return verdict.likelyOutcome === 'stays'
      ? []
      : [
          {
            type: 'feedback.removed',
            at: this.#format(act.at + REMOVAL_DELAY),
            feedbackId: act.subject,
          },
        ];
  }

  /** Applies everything due up to `target`: arrivals, delayed events and the engine's consequences, in time order. */
  #runTo(target: number): void {
    let cursor = this.#clock;
    for (;;) {
      const next = this.#pending[0];
      const stop = next && Date.parse(next.at) <= target ? Date.parse(next.at) : target;
      // Consequences of deadlines passing before the next arrival come first.
      const derived = this.account.consequencesBetween(this.#format(cursor), this.#format(stop));
      for (const event of derived) {
        this.account.apply(event);
        this.derived.push(event);
      }
      if (!next || Date.parse(next.at) > target) break;
      this.account.apply(next);
      this.#pending.shift();
      cursor = stop;
    }
    this.#clock = target;
  }
}
