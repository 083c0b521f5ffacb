/**
 * One run of a scenario at the simulated desk: the account starts from the scenario's history
 * (its listed events and its generated background); arrivals land as the clock reaches them;
 * each trainee act becomes order-history events at the current simulated time; every
 * consequence (claims granted after a missed deadline) comes from the engine's rules, and
 * everything the desk shows is read from the engine. Deterministic: the same acts at the same
 * times give the same account, so a saved list of acts replays a run exactly (a reload resumes it).
 */
import {
  createAccount,
  feedbackRemovalVerdict,
  formatValidationError,
  generateHistory,
  parseInstant,
  profiles,
  validateHistory,
  zoneClock,
  type Account,
  type AccountReading,
  type DerivedEvent,
  type OrderEvent,
  type Report,
  type ShippingReport,
} from '../engine/index.ts';
import type { Scenario } from '../content/scenario-schema.ts';
import type { deskActions } from './desk-actions.ts';
import type { SentFinding } from './drafts.ts';

/** What a run reads of its scenario (the page hands the desk only these parts). */
export type DeskScenario = Pick<
  Scenario,
  | 'marketplace'
  | 'profile'
  | 'start'
  | 'end'
  | 'arrivals'
  | 'messages'
  | 'feedback'
  | 'decisions'
  | 'rubric'
  | 'requireWriting'
> &
  // Optional, so a scenario written before these fields (a saved fixture) still reads.
  Partial<Pick<Scenario, 'minutesPerAct' | 'compareWith'>>;

/** The parts of a scenario the desk reads. */
export function deskScenarioOf(scenario: Scenario): DeskScenario {
  const {
    marketplace,
    profile,
    start,
    end,
    arrivals,
    messages,
    feedback,
    decisions,
    rubric,
    requireWriting,
    minutesPerAct,
    compareWith,
  } = scenario;
  return {
    marketplace,
    profile,
    start,
    end,
    arrivals,
    messages,
    feedback,
    decisions,
    rubric,
    requireWriting,
    minutesPerAct,
    compareWith,
  };
}

/** A kind of act (see desk-actions.ts). */
export type DeskAction = (typeof deskActions)[number];

/** One thing the trainee did, as saved. */
export interface DeskAct {
  action: DeskAction;
  /** The message, return, order, claim, chargeback or feedback id acted on. */
  subject: string;
  /** Simulated time of the act, epoch ms. */
  at: number;
  /** The option picked where a decision governs this act. */
  choice?: string | undefined;
  /** Tracking id entered when confirming a shipment ('' for none). */
  trackingId?: string | undefined;
  /** The text the trainee wrote and sent (a reply or a public reply). */
  text?: string | undefined;
  /** What the reply coach found in that text when it was sent (absent: it could not check). */
  findings?: SentFinding[] | undefined;
}

/** An event with its time read once. */
interface Timed {
  ms: number;
  event: OrderEvent;
  /** Background (a generated delivery): it lands, but "jump to the next event" does not stop at it. */
  quiet?: boolean;
}

const DAY = 86_400_000;
/** How long Amazon takes to act on an accepted feedback-removal request in the simulation. */
const REMOVAL_DELAY = DAY;

const byTime = (a: Timed, b: Timed): number => a.ms - b.ms;

/** A scenario's events: the account at the start, and what comes later. */
export interface ScenarioEvents {
  start: OrderEvent[];
  /** The scenario's arrivals: what reaches the desk during the shift. */
  later: OrderEvent[];
  /** Generated background events after the start (parcels in transit delivered): no stop for a jump. */
  underWay: OrderEvent[];
}

/**
 * The scenario's events: the starting history (listed, then generated) and what comes later
 * (the arrivals, and generated background events after the start, such as deliveries of parcels
 * in transit), checked together by the engine's validator as one history; a problem names its
 * place in the scenario.
 */
export function scenarioEvents(scenario: DeskScenario): ScenarioEvents {
  // Cast: the validator below checks every event against the contract before any is used.
  const listed = scenario.start.history as unknown as OrderEvent[];
  const { background } = scenario.start;
  const generated = background
    ? generateHistory({
        ...background,
        marketplace: scenario.marketplace,
        profile: scenario.profile,
        asOf: scenario.start.at,
      }).events
    : [];
  const arrivals = scenario.arrivals.flatMap(
    (arrival) => arrival.events,
  ) as unknown as OrderEvent[];
  const checked = validateHistory({
    profile: scenario.profile,
    marketplace: scenario.marketplace,
    asOf: scenario.end,
    events: [...listed, ...generated, ...arrivals],
  });
  if (!checked.ok) {
    const first = checked.errors[0]!;
    const index = Number(/^events\[(\d+)\]/.exec(first.path)?.[1] ?? NaN);
    const place =
      index < listed.length
        ? `start.history[${index}]`
        : index < listed.length + generated.length
          ? `start.background (generated event ${index - listed.length})`
          : arrivalPlace(scenario, index - listed.length - generated.length);
    throw new Error(
      `${formatValidationError({ ...first, path: first.path.replace(/^events\[\d+\]/, place) })}`,
    );
  }
  const startsAt = parseInstant(scenario.start.at);
  const underWay = generated.filter((event) => parseInstant(event.at) > startsAt);
  return {
    start: [...listed, ...generated.filter((event) => parseInstant(event.at) <= startsAt)],
    later: arrivals,
    underWay,
  };
}

/** `arrivals[a].events[e]` of the n-th arrival event. */
function arrivalPlace(scenario: DeskScenario, n: number): string {
  let rest = n;
  for (const [a, arrival] of scenario.arrivals.entries()) {
    if (rest < arrival.events.length) return `arrivals[${a}].events[${rest}]`;
    rest -= arrival.events.length;
  }
  return `events[${n}]`;
}

const timed = (event: OrderEvent): Timed => ({ ms: parseInstant(event.at), event });

/** A live run of one scenario. */
export class DeskRun {
  readonly scenario: DeskScenario;
  readonly acts: DeskAct[] = [];
  /** Consequences the engine's rules produced (claims after missed deadlines), as applied. */
  readonly derived: DerivedEvent[] = [];
  readonly #account: Account;
  /** Every event given to the account so far, in the order given (a replay's input). */
  readonly #applied: OrderEvent[] = [];
  /** Epoch ms of the simulated clock. */
  #clock: number;
  readonly #end: number;
  #pending: Timed[];
  readonly #format: (ms: number) => string;
  readonly #zone: ReturnType<typeof zoneClock>;

  /** A run from the start of the shift; `events`: the scenario's events if already expanded and checked. */
  constructor(scenario: DeskScenario, events: ScenarioEvents = scenarioEvents(scenario)) {
    this.scenario = scenario;
    this.#account = createAccount({ profile: scenario.profile, marketplace: scenario.marketplace });
    const clock = zoneClock(this.#account.settings.timeZone);
    this.#zone = clock;
    this.#format = (ms) => clock.formatInstant(ms);
    this.#clock = parseInstant(scenario.start.at);
    this.#end = parseInstant(scenario.end);
    const { start, later, underWay } = events;
    // Stable sort: events at one instant keep the scenario's order.
    for (const { event } of start.map(timed).sort(byTime)) this.#give(event);
    this.#pending = [
      ...later.map(timed),
      ...underWay.map((event) => ({ ...timed(event), quiet: true })),
    ].sort(byTime);
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

  /** When the shift ends, epoch ms. */
  get end(): number {
    return this.#end;
  }

  /** Whether the shift is over. */
  get ended(): boolean {
    return this.#clock >= this.#end;
  }

  /** When the next thing arrives (or the shift ends), epoch ms; background deliveries aside. */
  get nextArrival(): number {
    const next = this.#pending.find((pending) => !pending.quiet);
    return Math.min(next?.ms ?? this.#end, this.#end);
  }

  /**
   * Where "jump to the next event" stops: the next arrival (or delayed event), or the next
   * deadline of an open task, whichever comes first, or the end of the shift. It stops at the
   * deadline itself, when acting is still on time. A deadline the scenario hides from the desk
   * (`hideDeadline`) is no stop, so a jump does not give it away.
   */
  nextStop(reading: AccountReading = this.reading()): number {
    const hidden = new Set(
      this.scenario.decisions
        .filter((decision) => decision.hideDeadline)
        .map((decision) => decision.subject),
    );
    let stop = this.nextArrival;
    for (const task of reading.tasks())
      if (task.dueAtMs > this.#clock && task.dueAtMs < stop && !hidden.has(task.subject))
        stop = task.dueAtMs;
    return stop;
  }

  /** The marketplace's time zone, in which the run's times are written. */
  get timeZone(): string {
    return this.#account.settings.timeZone;
  }

  /**
   * The engine's report as of an earlier moment of the run (epoch ms): events after it count for
   * nothing, so it is the account as it stood then. For checks over the whole shift.
   */
  reportAt(ms: number): Report {
    return this.#account.report(this.#format(Math.min(ms, this.#clock)));
  }

  /** The engine's shipping metrics (LSR, PCR, VTR) as of an earlier moment of the run (epoch ms). */
  shippingAt(ms: number): ShippingReport {
    return this.#account.shipping(this.#format(Math.min(ms, this.#clock)));
  }

  /** An instant (epoch ms) as ISO-8601 in the marketplace's zone. */
  instantText(ms: number): string {
    return this.#format(ms);
  }

  /** The local midnights after `from` and before `to` (epoch ms): where the report's windows move. */
  midnightsBetween(from: number, to: number): number[] {
    const midnights: number[] = [];
    for (let day = this.#zone.localDay(from) + 1; ; day += 1) {
      const at = this.#zone.dayStart(day);
      if (at >= to) return midnights;
      midnights.push(at);
    }
  }

  /** Moves the clock forward (never past the end of the shift), landing arrivals and consequences. */
  advanceTo(target: number): void {
    this.#runTo(Math.min(Math.max(target, this.#clock), this.#end));
  }

  /**
   * Performs an act now: its events, its decision's extra events, and what the rules make of it.
   * Then the clock moves on by the scenario's `minutesPerAct` (the time the work took).
   */
  act(act: Omit<DeskAct, 'at'>): void {
    if (this.ended) throw new Error('the shift is over');
    const done: DeskAct = { ...act, at: this.#clock };
    const events = this.#eventsOf(done, this.#format(this.#clock)).map(timed);
    this.acts.push(done);
    for (const { ms, event } of events) {
      if (ms <= this.#clock) this.#apply(event, `${act.action} ${act.subject}`);
      else this.#pending.push({ ms, event });
    }
    this.#pending.sort(byTime);
    const work = (this.scenario.minutesPerAct ?? 0) * 60_000;
    if (work > 0) this.advanceTo(this.#clock + work);
  }

  /** The account as of the simulated time, read-only (take a new one after the run moves). */
  reading(): AccountReading {
    return this.#account.readAt(this.now);
  }

  /** The engine's report now. */
  report(): Report {
    return this.#account.report(this.now);
  }

  /** Every event the account has been given, in order: what a fresh replay of this run reads. */
  get appliedEvents(): readonly OrderEvent[] {
    return [...this.#applied];
  }

  /** Whether a subject has been acted on with this action. */
  hasActed(action: DeskAction, subject: string): boolean {
    return this.acts.some((act) => act.action === action && act.subject === subject);
  }

  /** Applies an event the engine has checked against the account (a scenario's choice could name a wrong id). */
  #apply(event: OrderEvent, where: string): void {
    const problem = this.#account.check(event)[0];
    if (problem) throw new Error(`${where}: ${formatValidationError(problem)}`);
    this.#give(event);
  }

  #give(event: OrderEvent): void {
    this.#account.apply(event);
    this.#applied.push(event);
  }

  #eventsOf(act: DeskAct, at: string): OrderEvent[] {
    const own = ((): OrderEvent[] => {
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
    const extra = (choice?.events ?? []).map(
      ({ afterMinutes, ...event }) =>
        ({ ...event, at: this.#format(act.at + afterMinutes * 60_000) }) as unknown as OrderEvent,
    );
    return [...own, ...extra];
  }

  /** A removal request: the engine's removal rules decide; an accepted request removes the feedback a day later. */
  #removal(act: DeskAct): OrderEvent[] {
    const facts = this.scenario.feedback.find((entry) => entry.feedbackId === act.subject);
    const reading = this.reading();
    const feedback = reading.feedback(act.subject);
    const order = feedback && reading.order(feedback.orderId);
    if (!facts || !feedback || !order) return [];
    const profile = profiles[this.scenario.profile];
    const verdict = feedbackRemovalVerdict(
      {
        fulfillment: order.fulfillment,
        aboutProductOnly: facts.aboutProductOnly,
        aboutFulfilmentOnly: facts.aboutFulfilmentOnly,
        offensiveLanguage: facts.offensiveLanguage,
        personalInformation: facts.personalInformation,
        daysSincePosting: Math.floor((act.at - parseInstant(feedback.postedAt)) / DAY),
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
      const stop = next && next.ms <= target ? next.ms : target;
      // Consequences of deadlines passing before the next arrival come first.
      if (stop > cursor) {
        for (const event of this.#account.consequencesBetween(
          this.#format(cursor),
          this.#format(stop),
        )) {
          this.#give(event);
          this.derived.push(event);
        }
      }
      if (!next || next.ms > target) break;
      this.#apply(next.event, `the event at ${next.event.at}`);
      this.#pending.shift();
      cursor = stop;
    }
    this.#clock = target;
  }
}
