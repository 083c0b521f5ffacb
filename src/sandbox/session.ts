/**
 * One sandbox on the engine: an account built from a starting point (empty, generated, a
 * scenario's start, an imported file) and the events added since, a clock that moves both
 * ways, and the engine's consequences of deadlines passing as time moves forward.
 *
 * Everything shown is read from the engine (`readAt`, the daily series, the side-by-side
 * judgement); nothing here counts a metric. The rules of the sandbox itself:
 * - An added event is checked by the engine against the account (`check`: its shape, its ids,
 *   not before its subject) and refused with the engine's own message, changing nothing.
 * - Moving the clock forward applies the engine's consequences (`consequencesBetween`: RET-48H,
 *   A2Z-AUTO, A2Z-REASONS) of the deadlines passed since the last moment reached, one instant at
 *   a time so that a consequence is seen by the next. They are events like any other, marked
 *   `derived` with their rule. Moving back changes nothing: later events are simply not yet.
 * - An event added before the moment reached may change what followed: the consequences after
 *   it are dropped and derived again up to the clock.
 * - Undo takes back the last change (an added event, or a new starting point).
 * Pure: the clock is an argument, so the same document gives the same sandbox, in the browser's
 * worker and in the tests.
 */
import {
  accountHealthOf,
  createAccount,
  dailySeries,
  sideBySideOf,
  formatCalendarDay,
  generateHistory,
  MAX_SERIES_DAYS,
  parseInstant,
  problemLines,
  validateHistory,
  zoneClock,
  type Account,
  type AccountReading,
  type DailySeries,
  type Explanation,
  type History,
  type KauflandJudgement,
  type EbayBand,
  type MetricHealth,
  type OrderEvent,
  type ProfileName,
  type Report,
  type Task,
  type Violation,
  type WhatIf,
} from '../engine/index.ts';
import type { SandboxBase, SandboxDoc, SandboxSettings } from './doc.ts';
import { SANDBOX_VERSION } from './doc.ts';

/** A refusal: a title and the problems, each `place: why`, as the commands print them. */
export class SandboxError extends Error {
  readonly lines: readonly string[];
  constructor(title: string, lines: readonly string[] = []) {
    super([title, ...lines].join('\n'));
    this.lines = lines;
  }
}

/** What the desk lets a trainee do, as one act on a subject at the clock's time. */
const SANDBOX_ACTIONS = [
  'reply',
  'automatedReply',
  'noReplyNeeded',
  'sendReturnLabel',
  'answerReturnWithoutLabel',
  'uploadInvoice',
  'answerClaim',
  'answerChargeback',
  'shipWithTracking',
  'shipWithoutTracking',
  'cancelOrder',
] as const;

/** One kind of act. */
export type SandboxAction = (typeof SANDBOX_ACTIONS)[number];

/** An act on a message, return, order, claim or chargeback. */
export interface SandboxAct {
  action: SandboxAction;
  subject: string;
  /** For a shipment with tracking. */
  trackingId?: string | undefined;
}

/** The event of an act at an instant (text). */
export function actEvent(act: SandboxAct, at: string): OrderEvent {
  const subject = act.subject;
  switch (act.action) {
    case 'reply':
      return { type: 'message.replied', at, messageId: subject };
    case 'automatedReply':
      return { type: 'message.replied', at, messageId: subject, automated: true };
    case 'noReplyNeeded':
      return { type: 'message.noReplyNeeded', at, messageId: subject };
    case 'sendReturnLabel':
      return { type: 'return.answered', at, returnId: subject, labelSent: true };
    case 'answerReturnWithoutLabel':
      return { type: 'return.answered', at, returnId: subject, labelSent: false };
    case 'uploadInvoice':
      return { type: 'invoice.uploaded', at, orderId: subject };
    case 'answerClaim':
      return { type: 'claim.answered', at, claimId: subject };
    case 'answerChargeback':
      return { type: 'chargeback.answered', at, chargebackId: subject };
    case 'shipWithTracking':
      return {
        type: 'order.shipped',
        at,
        orderId: subject,
        trackingId: act.trackingId?.trim() || `TRK-${subject}`,
      };
    case 'shipWithoutTracking':
      return { type: 'order.shipped', at, orderId: subject };
    case 'cancelOrder':
      return { type: 'order.cancelled', at, orderId: subject, by: 'seller' };
  }
}

/** True for an event the engine derived from a passed deadline. */
function isDerived(event: object): boolean {
  return (event as Record<string, unknown>)['derived'] === true;
}

/** The events of a starting point, before validation. */
function baseEventsOf(base: SandboxBase, settings: SandboxSettings): OrderEvent[] {
  switch (base.kind) {
    case 'empty':
      return [];
    case 'generated':
      return generateHistory(base.spec).events;
    case 'scenario': {
      const generated = base.background
        ? generateHistory({
            ...base.background,
            marketplace: settings.marketplace,
            profile: settings.profile,
            asOf: base.startAt,
          }).events
        : [];
      return [...(base.history as unknown as OrderEvent[]), ...generated];
    }
    case 'imported':
      return base.events as unknown as OrderEvent[];
  }
}

/** A new document: a starting point with nothing added, the clock at `now`. */
export function newDoc(base: SandboxBase, settings: SandboxSettings, now: string): SandboxDoc {
  return { version: SANDBOX_VERSION, settings, base, added: [], now, reached: now };
}

/** How many items of a long list a view carries (the rest are counted). */
const LIST_LIMIT = 25;

/** A derived consequence as the sandbox shows it. */
interface ConsequenceView {
  claimId: string;
  orderId: string;
  rule: string;
  filedAt: string;
  reason: string | null;
  granted: boolean;
}

/** An order waiting to be shipped by the seller. */
interface AwaitingView {
  orderId: string;
  placedAt: string;
  business: boolean;
  /** The order's status in an imported All Orders report (`Shipped`...), if it came from one. */
  reportStatus: string | null;
}

/** One reading's figures in the comparison. */
export interface CompareReading {
  profile: ProfileName;
  report: Omit<Report, 'violations'>;
  health: readonly MetricHealth[];
  /** Missed deadlines up to the clock (NOTIFY-DAYS differs between readings for chargebacks). */
  violations: number;
}

/** The same account under both readings and the other marketplaces' packs. */
export interface CompareView {
  readings: CompareReading[];
  kaufland: KauflandJudgement;
  ebay: { rate: number | null; band: EbayBand | null; profile: ProfileName };
}

/** Everything the sandbox shows at the clock's moment. */
export interface SandboxView {
  /** Changes whenever the events change (the daily series is fetched again then). */
  revision: number;
  settings: SandboxSettings;
  base: SourceView;
  now: string;
  nowMs: number;
  /** The clock as local wall time (`2026-03-30T23:59`), for a date-time field. */
  nowLocal: string;
  /** The slider's ends, epoch ms: the first event to the last (or the clock). */
  range: { from: number; to: number };
  /** What undo would take back, or null. */
  undo: string | null;
  counts: { events: number; added: number };
  health: readonly MetricHealth[];
  report: Omit<Report, 'violations'>;
  violations: { count: number; latest: Violation[] };
  tasks: { count: number; first: Task[] };
  awaiting: { count: number; first: AwaitingView[] };
  consequences: { count: number; latest: ConsequenceView[] };
  /** The latest events up to the clock, newest first. */
  recent: OrderEvent[];
  whatIf: Omit<WhatIf, 'defectsLeaving'> & {
    defectsLeaving: WhatIf['defectsLeaving'];
    defectsLeavingCount: number;
  };
  /** Ids a new event may refer to, most recent first. */
  suggestions: Record<
    'order' | 'message' | 'return' | 'claim' | 'feedback' | 'chargeback',
    string[]
  >;
  why: Explanation | null;
  compare: CompareView | null;
}

/** The starting point, as a screen names it (without its events). */
export type SourceView =
  | { kind: 'empty' }
  | { kind: 'generated'; seed: number; from: string; to: string }
  | { kind: 'scenario'; slug: string; title: string }
  | {
      kind: 'imported';
      fileName: string;
      format: 'order-history' | 'all-orders';
      report: Extract<SandboxBase, { kind: 'imported' }>['report'] | null;
    };

function sourceOf(base: SandboxBase): SourceView {
  switch (base.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'generated':
      return { kind: 'generated', seed: base.spec.seed, from: base.spec.from, to: base.spec.to };
    case 'scenario':
      return { kind: 'scenario', slug: base.slug, title: base.title };
    case 'imported':
      return {
        kind: 'imported',
        fileName: base.fileName,
        format: base.format,
        report: base.report ?? null,
      };
  }
}

/** An event with its time read once. */
interface Timed {
  ms: number;
  event: OrderEvent;
}

const byTime = (a: Timed, b: Timed): number => a.ms - b.ms;

/** Events with their times, sorted by time (stable). */
function timedOf(events: readonly OrderEvent[]): Timed[] {
  return events.map((event) => ({ ms: parseInstant(event.at), event })).sort(byTime);
}

/** The index of the first item whose time is after `ms` (a sorted list). */
function upperBound(list: readonly Timed[], ms: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.ms <= ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

type ZoneClock = ReturnType<typeof zoneClock>;

/** A state undo goes back to. */
interface UndoEntry {
  label: string;
  /** A new starting point also takes the clock back; an added event leaves it where it is. */
  replace: boolean;
  settings: SandboxSettings;
  base: SandboxBase;
  baseEvents: OrderEvent[];
  baseTimed: Timed[];
  added: OrderEvent[];
  now: number;
  nowText: string;
  reached: number;
}

/** How many changes undo can take back. */
const UNDO_DEPTH = 30;

const IDS: Record<string, keyof SandboxView['suggestions']> = {
  orderId: 'order',
  messageId: 'message',
  returnId: 'return',
  claimId: 'claim',
  feedbackId: 'feedback',
  chargebackId: 'chargeback',
};

/** A sandbox: its account, clock, added events and undo history (see the module comment). */
export class SandboxSession {
  #settings: SandboxSettings;
  #base: SandboxBase;
  /** The starting point's events as given, and by time (never changed). */
  #baseEvents: OrderEvent[];
  #baseTimed: Timed[];
  #added: OrderEvent[];
  #now: number;
  /** The clock as text: as the document gave it until the clock moves (an export echoes it). */
  #nowText: string;
  #reached: number;
  #account: Account;
  /** The same events under the other reading, built when a comparison is first asked for. */
  #twin: Account | null = null;
  #clock: ZoneClock;
  #undo: UndoEntry[] = [];
  #revision = 0;
  #series: { revision: number; series: DailySeries } | null = null;

  private constructor(doc: SandboxDoc, baseEvents: OrderEvent[]) {
    this.#settings = doc.settings;
    this.#base = doc.base;
    this.#baseEvents = baseEvents;
    this.#baseTimed = timedOf(baseEvents);
    this.#added = [...doc.added];
    this.#now = parseInstant(doc.now);
    this.#nowText = doc.now;
    this.#reached = parseInstant(doc.reached);
    this.#clock = zoneClock(doc.settings.timeZone);
    this.#account = this.#build(doc.settings.profile);
  }

  /**
   * Opens a document: expands its starting point and checks every event with the engine, as
   * `metrics` would check the exported file. Throws a SandboxError naming the first problems.
   * `checked`: the document's events were validated just now (an imported file): not again.
   */
  static open(doc: SandboxDoc, checked = false): SandboxSession {
    const events = checked ? baseEventsOf(doc.base, doc.settings) : SandboxSession.#check(doc);
    return new SandboxSession(doc, events);
  }

  /** The events of a document's starting point, checked together with its added events. */
  static #check(doc: SandboxDoc): OrderEvent[] {
    let baseEvents: OrderEvent[];
    try {
      baseEvents = baseEventsOf(doc.base, doc.settings);
    } catch (error) {
      throw new SandboxError('the starting point cannot be built', [(error as Error).message]);
    }
    for (const [name, text] of [
      ['now', doc.now],
      ['reached', doc.reached],
    ] as const)
      if (parseInstant(text) !== parseInstant(text))
        throw new SandboxError('invalid sandbox', [
          `${name}: not an ISO-8601 date-time with offset: ${JSON.stringify(text)}`,
        ]);
    const checked = validateHistory({
      ...doc.settings,
      asOf: doc.now,
      events: [...baseEvents, ...doc.added],
    });
    if (!checked.ok) throw new SandboxError('invalid order history', problemLines(checked.errors));
    return baseEvents;
  }

  /** The document of the sandbox as it is now (its events are shared, not copied: do not change them). */
  get doc(): SandboxDoc {
    return {
      version: SANDBOX_VERSION,
      settings: this.#settings,
      base: this.#base,
      added: this.#added,
      now: this.#nowText,
      reached: this.#text(this.#reached),
    };
  }

  /** The clock, epoch ms. */
  get now(): number {
    return this.#now;
  }

  /** The number of every event (starting point and added). */
  get eventCount(): number {
    return this.#baseTimed.length + this.#added.length;
  }

  /** Starts again from another document (undo comes back to this one); `checked` as for open. */
  replace(doc: SandboxDoc, label: string, checked = false): void {
    const baseEvents = checked ? baseEventsOf(doc.base, doc.settings) : SandboxSession.#check(doc);
    this.#remember(label, true);
    this.#settings = doc.settings;
    this.#base = doc.base;
    this.#baseEvents = baseEvents;
    this.#baseTimed = timedOf(baseEvents);
    this.#added = [...doc.added];
    this.#now = parseInstant(doc.now);
    this.#nowText = doc.now;
    this.#reached = parseInstant(doc.reached);
    this.#clock = zoneClock(doc.settings.timeZone);
    this.#rebuild();
  }

  /** Moves the clock; forward past the moment reached, the engine's consequences follow. */
  setNow(ms: number): void {
    if (!Number.isFinite(ms)) throw new SandboxError('the clock needs a date and time');
    this.#now = Math.round(ms);
    this.#nowText = this.#text(this.#now);
    if (this.#now > this.#reached) this.#derive(this.#now);
  }

  /** Performs an act now (see actEvent). */
  act(act: SandboxAct): void {
    if (!(SANDBOX_ACTIONS as readonly string[]).includes(act.action))
      throw new SandboxError('unknown act', [`action: ${JSON.stringify(act.action)}`]);
    this.add(actEvent(act, this.#nowText), labelOfAct(act));
  }

  /**
   * Adds an event (its `at` may be any moment), checked by the engine against the account;
   * refused with the engine's message, changing nothing.
   */
  add(input: unknown, label = 'the added event'): void {
    const problems = this.#account.check(input, 'event');
    if (problems.length > 0)
      throw new SandboxError('this event cannot be added', problemLines(problems));
    const event = structuredClone(input) as OrderEvent;
    this.#remember(label, false);
    const at = parseInstant(event.at);
    this.#added.push(event);
    if (at < this.#reached) {
      // What followed may change: take back the consequences after it and derive them again.
      const kept = this.#added.filter(
        (other) => !(isDerived(other) && parseInstant(other.at) > at),
      );
      this.#reached = at;
      if (kept.length !== this.#added.length) {
        this.#added = kept;
        this.#rebuild();
      } else this.#give(event);
      if (this.#now > this.#reached) this.#derive(this.#now);
    } else this.#give(event);
    this.#revision++;
  }

  /** Takes back the last change; false if there is none. */
  undo(): boolean {
    const entry = this.#undo.pop();
    if (entry === undefined) return false;
    const keepClock = !entry.replace;
    const clock = this.#now;
    this.#settings = entry.settings;
    this.#base = entry.base;
    this.#baseEvents = entry.baseEvents;
    this.#baseTimed = entry.baseTimed;
    this.#added = entry.added;
    this.#reached = entry.reached;
    this.#now = entry.now;
    this.#nowText = entry.nowText;
    this.#clock = zoneClock(entry.settings.timeZone);
    this.#rebuild();
    if (keepClock) this.setNow(clock);
    return true;
  }

  /** The order history of the sandbox at its clock: what `metrics` measures as the screen does. */
  exportHistory(): History {
    return {
      ...this.#settings,
      asOf: this.#nowText,
      events: [...this.#baseEvents, ...this.#added],
    };
  }

  /** The account as Amazon's account health report (SP-API schema) at the clock. */
  accountHealth(): ReturnType<typeof accountHealthOf> {
    return accountHealthOf(this.#reading());
  }

  /**
   * The daily series over the slider's range (the whole history, or its last MAX_SERIES_DAYS
   * days), kept until the events change.
   */
  series(): DailySeries {
    if (this.#series?.revision === this.#revision) return this.#series.series;
    const { from, to } = this.#range();
    const last = this.#clock.localDay(to);
    const first = Math.max(this.#clock.localDay(from), last - MAX_SERIES_DAYS + 1);
    const series = dailySeries(this.#reading(), formatCalendarDay(first), formatCalendarDay(last));
    this.#series = { revision: this.#revision, series };
    return series;
  }

  /** The view at the clock; `why` and `compare` only when asked (they cost more). */
  view(options: { why?: boolean; compare?: boolean } = {}): SandboxView {
    const reading = this.#reading();
    const report = reading.report();
    const { violations, ...figures } = report;
    const tasks = reading.tasks();
    const awaiting = reading.orders({ fulfillment: 'FBM', awaitingShipment: true });
    const whatIf = reading.whatIf();
    const recent = this.#recent(200);
    const consequences = this.#added
      .filter(
        (event): event is Extract<OrderEvent, { type: 'claim.filed' }> =>
          event.type === 'claim.filed' && isDerived(event) && parseInstant(event.at) <= this.#now,
      )
      .map((event): ConsequenceView => {
        const claim = reading.claim(event.claimId);
        return {
          claimId: event.claimId,
          orderId: event.orderId,
          rule: String((event as unknown as Record<string, unknown>)['rule'] ?? ''),
          filedAt: event.at,
          reason: event.reason ?? null,
          granted: claim?.decision?.outcome === 'granted',
        };
      })
      .reverse();
    const range = this.#range();
    return {
      revision: this.#revision,
      settings: this.#settings,
      base: sourceOf(this.#base),
      now: this.#nowText,
      nowMs: this.#now,
      nowLocal: this.#text(this.#now).slice(0, 16),
      range,
      undo: this.#undo.at(-1)?.label ?? null,
      counts: { events: this.eventCount, added: this.#added.length },
      health: reading.health(),
      report: figures,
      violations: { count: violations.length, latest: violations.slice(-5).reverse() },
      tasks: { count: tasks.length, first: tasks.slice(0, LIST_LIMIT) },
      awaiting: {
        count: awaiting.length,
        first: awaiting
          .slice(-10)
          .reverse()
          .map((order): AwaitingView => ({
            orderId: order.orderId,
            placedAt: order.placedAt,
            business: order.business,
            reportStatus:
              typeof order.extra['reportStatus'] === 'string' ? order.extra['reportStatus'] : null,
          })),
      },
      consequences: { count: consequences.length, latest: consequences.slice(0, LIST_LIMIT) },
      recent: recent.slice(0, 12),
      whatIf: {
        ...whatIf,
        defectsLeaving: whatIf.defectsLeaving.slice(0, LIST_LIMIT),
        defectsLeavingCount: whatIf.defectsLeaving.length,
      },
      suggestions: suggestionsOf(recent, tasks),
      why: options.why === true ? capExplanation(reading.explain()) : null,
      compare: options.compare === true ? this.#compare(reading) : null,
    };
  }

  /** The account at the clock. */
  #reading(): AccountReading {
    return this.#account.readAt(this.#nowText);
  }

  #compare(reading: AccountReading): CompareView {
    const other: ProfileName = this.#settings.profile === 'course' ? 'amazon-2026' : 'course';
    this.#twin ??= this.#build(other);
    const twinReading = this.#twin.readAt(this.#nowText);
    const of = (profile: ProfileName, of: AccountReading): CompareReading => {
      const { violations, ...figures } = of.report();
      return { profile, report: figures, health: of.health(), violations: violations.length };
    };
    const judged = sideBySideOf(reading);
    const readings = [of(this.#settings.profile, reading), of(other, twinReading)];
    readings.sort((a, b) => (a.profile === 'course' ? -1 : b.profile === 'course' ? 1 : 0));
    return {
      readings,
      kaufland: judged.kaufland,
      ebay: { ...judged.ebay, profile: this.#settings.profile },
    };
  }

  /** The latest `count` events up to the clock, newest first (starting point and added merged). */
  #recent(count: number): OrderEvent[] {
    const added = this.#added
      .map((event) => ({ ms: parseInstant(event.at), event }))
      .filter((item) => item.ms <= this.#now)
      .sort(byTime);
    let a = upperBound(this.#baseTimed, this.#now) - 1;
    let b = added.length - 1;
    const found: OrderEvent[] = [];
    while (found.length < count && (a >= 0 || b >= 0)) {
      const fromBase = b < 0 || (a >= 0 && this.#baseTimed[a]!.ms > added[b]!.ms);
      found.push(fromBase ? this.#baseTimed[a--]!.event : added[b--]!.event);
    }
    return found;
  }

  /** The slider's ends: the first and last event, the clock included, a week either side if there is nothing. */
  #range(): { from: number; to: number } {
    let from = this.#now;
    let to = Math.max(this.#now, this.#reached);
    const first = this.#baseTimed[0];
    const last = this.#baseTimed.at(-1);
    if (first !== undefined) from = Math.min(from, first.ms);
    if (last !== undefined) to = Math.max(to, last.ms);
    for (const event of this.#added) {
      const ms = parseInstant(event.at);
      from = Math.min(from, ms);
      to = Math.max(to, ms);
    }
    if (from === to) return { from: from - 7 * 86_400_000, to: to + 7 * 86_400_000 };
    return { from, to };
  }

  /** Applies the engine's consequences of deadlines passing after the moment reached, up to `to`. */
  #derive(to: number): void {
    let cursor = this.#reached;
    let changed = false;
    for (;;) {
      const found = this.#account.consequencesBetween(this.#text(cursor), this.#text(to));
      if (found.length === 0) break;
      // One instant at a time: a claim derived now is seen by the consequences after it.
      const at = parseInstant(found[0]!.at);
      for (const event of found) {
        if (parseInstant(event.at) !== at) break;
        this.#added.push(event);
        this.#give(event);
      }
      changed = true;
      cursor = at;
    }
    this.#reached = Math.max(this.#reached, to);
    if (changed) this.#revision++;
  }

  /** Gives one event to the account (and its twin). */
  #give(event: OrderEvent): void {
    this.#account.apply(event);
    this.#twin?.apply(event);
  }

  /** An account of every event under a profile. */
  #build(profile: ProfileName): Account {
    const account = createAccount({ ...this.#settings, profile });
    for (const item of this.#baseTimed) account.apply(item.event);
    account.applyAll(this.#added);
    return account;
  }

  #rebuild(): void {
    this.#account = this.#build(this.#settings.profile);
    this.#twin = null;
    this.#revision++;
  }

  #remember(label: string, replace: boolean): void {
    this.#undo.push({
      label,
      replace,
      settings: this.#settings,
      base: this.#base,
      baseEvents: this.#baseEvents,
      baseTimed: this.#baseTimed,
      added: [...this.#added],
      now: this.#now,
      nowText: this.#nowText,
      reached: this.#reached,
    });
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
  }

  #text(ms: number): string {
    return this.#clock.formatInstant(ms);
  }
}

/** What undo names for an act. */
function labelOfAct(act: SandboxAct): string {
  const labels: Record<SandboxAction, string> = {
    reply: 'the reply',
    automatedReply: 'the automated reply',
    noReplyNeeded: 'the "no reply needed" mark',
    sendReturnLabel: 'the return label',
    answerReturnWithoutLabel: 'the answer without a label',
    uploadInvoice: 'the invoice upload',
    answerClaim: 'the answer to the claim',
    answerChargeback: 'the answer to the chargeback',
    shipWithTracking: 'the shipment',
    shipWithoutTracking: 'the shipment',
    cancelOrder: 'the cancellation',
  };
  return labels[act.action];
}

/** Ids of the open tasks and of recent events, by kind, most recent first, at most 20 each. */
function suggestionsOf(
  recent: readonly OrderEvent[],
  tasks: readonly Task[],
): SandboxView['suggestions'] {
  const found: SandboxView['suggestions'] = {
    order: [],
    message: [],
    return: [],
    claim: [],
    feedback: [],
    chargeback: [],
  };
  const note = (kind: keyof SandboxView['suggestions'], id: string): void => {
    const list = found[kind];
    if (list.length < 20 && !list.includes(id)) list.push(id);
  };
  for (const task of tasks) note(task.kind === 'invoice' ? 'order' : task.kind, task.subject);
  for (const event of recent)
    for (const [field, kind] of Object.entries(IDS)) {
      const id = (event as unknown as Record<string, unknown>)[field];
      if (typeof id === 'string') note(kind, id);
    }
  return found;
}

/** An explanation with its long lists cut to their first items (the counts stay whole). */
function capExplanation(explanation: Explanation): Explanation {
  return {
    odr: { ...explanation.odr, ordersWithDefects: explanation.odr.ordersWithDefects.slice(0, 50) },
    idr: {
      ...explanation.idr,
      invoices: explanation.idr.invoices.filter((line) => line.status !== 'on-time').slice(0, 50),
    },
    lateResponse: {
      ...explanation.lateResponse,
      countedMessages: explanation.lateResponse.countedMessages
        .filter((line) => line.status === 'late')
        .slice(0, 50),
    },
    violations: explanation.violations.slice(-50),
  };
}
