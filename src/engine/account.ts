/**
 * The live account: apply events one at a time and read any metric at any moment without a
 * full recompute. It keeps the ledger's records, a day table of what each record adds to each
 * metric (so a read sums ~60 day rows), a queue of the deadlines at which a record changes by
 * time alone, the sorted violations, and the records with an open task.
 *
 * Inside, its "now" is the latest instant it has seen (an event's `at` or a read's asOf). Every
 * record contributes as of now; reading at a later asOf first moves now forward (popping the
 * deadlines that passed: a cache moving on, which no answer can tell). Reading at an earlier
 * asOf falls back to a scan of the records, exact but O(records). Events may be applied out of
 * time order; the fold is order-free. A read gives the same answer as a fresh replay of the
 * events applied so far, whatever was read before (a model-based property checks it), and
 * hands out only new or frozen objects.
 *
 * The account keeps the events it is given (their extra fields are read from them): do not
 * change an event after applying it.
 */
import { engineContext } from './context.ts';
import type { EngineContext, PartialSettings } from './context.ts';
import { DeadlineQueue } from './deadline-queue.ts';
import { explain } from './explain.ts';
import type { Explanation } from './explain.ts';
import { parseInstant } from './iso.ts';
import { DayTable } from './metric-table.ts';
import { Ledger } from './records.ts';
import type {
  ChargebackRecord,
  ClaimRecord,
  MessageRecord,
  OrderRecord,
  ReturnRecord,
  TouchedRecord,
  TrackedViolation,
} from './records.ts';
import { compareViolations, reportOf, scanView, trackedViolation } from './report.ts';
import type { AccountView } from './report.ts';
import {
  chargebackViolation,
  claimViolation,
  invoiceViolation,
  messageContribution,
  messageViolation,
  orderContribution,
  returnViolation,
} from './rules.ts';
import { shippingOf } from './shipping.ts';
import {
  chargebackOpen,
  claimOpen,
  consequencesBetween,
  invoiceOpen,
  messageOpen,
  openTasks,
  openTasksOf,
  returnOpen,
} from './tasks.ts';
import type { DerivedEvent, Task } from './tasks.ts';
import type { AccountSettings, OrderEvent, Report, ShippingReport, Violation } from './types.ts';
import { readingOf } from './read-model.ts';
import type { AccountReading } from './read-model.ts';
import { validateEventFor } from './validate.ts';
import type { ValidationError } from './validate.ts';
import { whatIfOf } from './what-if.ts';
import type { WhatIf } from './what-if.ts';

/** Event types that set a record's deadline (RESP-24H, RET-48H, IDR-DEF, NOTIFY-DAYS). */
const SETS_DEADLINE: ReadonlySet<string> = new Set([
  'message.received',
  'return.requested',
  'order.shipped',
  'claim.filed',
  'chargeback.filed',
]);

/** Thrown by `apply` for an event whose `at` is not an ISO-8601 date-time with offset. */
export class InvalidEventError extends Error {}

type QueuedRecord =
  | { kind: 'order'; record: OrderRecord }
  | { kind: 'message'; record: MessageRecord }
  | { kind: 'return'; record: ReturnRecord }
  | { kind: 'claim'; record: ClaimRecord }
  | { kind: 'chargeback'; record: ChargebackRecord };

/** An account whose metrics follow each applied event. */
export interface Account {
  /** Its profile, marketplace and time zone. */
  readonly settings: AccountSettings;
  /** Applies one event (trusted: check untrusted input with `check` first). */
  apply(event: OrderEvent): void;
  /**
   * The problems of an event before it is applied, as validateHistory would name them: its
   * shape, an id it defines twice, an id it refers to that no applied event defines, a time
   * before its subject exists. Empty when it can be applied.
   */
  check(event: unknown, path?: string): ValidationError[];
  /** Applies events in the given order. */
  applyAll(events: Iterable<OrderEvent>): void;
  /** The contract's report as of `asOf` (ISO-8601 with offset). */
  report(asOf: string): Report;
  /** FBM shipping metrics (LSR, PCR, VTR) as of `asOf`. */
  shipping(asOf: string): ShippingReport;
  /** Every metric in one read: the report and the shipping metrics as of `asOf`. */
  metrics(asOf: string): { report: Report; shipping: ShippingReport };
  /** Open tasks as of `asOf`, earliest deadline first. */
  openTasks(asOf: string): Task[];
  /** The orders, defects and messages behind each metric as of `asOf`. */
  explain(asOf: string): Explanation;
  /** ODR headroom, defects leaving the window, date back under target, as of `asOf`. */
  whatIf(asOf: string): WhatIf;
  /** Derived events for deadlines that pass in (from, to]. */
  consequencesBetween(from: string, to: string): DerivedEvent[];
  /** The account as of `asOf`, read-only: orders, messages, returns, claims, feedback, chargebacks, figures. */
  readAt(asOf: string): AccountReading;
}

/** Creates an empty live account (defaults: profile `course`, `amazon.de`, its zone). */
export function createAccount(settings: PartialSettings = {}): Account {
  return new LiveAccount(engineContext(settings));
}

function instantOf(text: string, what: string): number {
  const at = parseInstant(text);
  if (at !== at)
    throw new InvalidEventError(
      `${what}: not an ISO-8601 date-time with offset: ${JSON.stringify(text)}`,
    );
  return at;
}

/** The incremental account (see the module comment). */
class LiveAccount implements Account {
  readonly settings: AccountSettings;
  readonly #context: EngineContext;
  readonly #ledger: Ledger;
  readonly #table = new DayTable();
  readonly #deadlines = new DeadlineQueue<QueuedRecord>();
  readonly #tracked: TrackedViolation[] = [];
  #views: Violation[] = [];
  /** A frozen copy of #views as last handed out, until the list changes (never the list itself). */
  #frozenViews: readonly Violation[] | null = null;
  readonly #open = {
    messages: new Set<MessageRecord>(),
    returns: new Set<ReturnRecord>(),
    orders: new Set<OrderRecord>(),
    claims: new Set<ClaimRecord>(),
    chargebacks: new Set<ChargebackRecord>(),
  };
  #now = -Infinity;
  /** Counts changes (an event applied, now moved on): a reading taken before one is stale. */
  #version = 0;

  constructor(context: EngineContext) {
    this.#context = context;
    this.settings = context.settings;
    this.#ledger = new Ledger(context.clock, context.profile);
  }

  apply(event: OrderEvent): void {
    const at = instantOf(event.at, `${event.type}.at`);
    if (at > this.#now) this.#advance(at);
    this.#version++;
    const ledger = this.#ledger;
    ledger.apply(event, at);
    const touched = ledger.lastTouched();
    if (touched !== null) {
      this.#refresh(touched);
      // Queue the moment the record changes by time alone, once, when its deadline is set.
      if (SETS_DEADLINE.has(event.type)) {
        const deadline = this.#deadlineOf(touched);
        if (deadline >= this.#now) this.#deadlines.push(deadline, touched);
      }
    }
    if (ledger.lastOrder !== null) this.#refresh({ kind: 'order', record: ledger.lastOrder });
  }

  applyAll(events: Iterable<OrderEvent>): void {
    for (const event of events) this.apply(event);
  }

  check(event: unknown, path = 'event'): ValidationError[] {
    return validateEventFor(this.#ledger, event, path);
  }

  readAt(asOf: string): AccountReading {
    const view = this.#viewAt(instantOf(asOf, 'asOf'));
    const version = this.#version;
    return readingOf(view, asOf, () => this.#version === version);
  }

  /** The account as of an instant (epoch ms), for the readers in report/explain/what-if/tasks. */
  #viewAt(asOf: number): AccountView {
    if (asOf < this.#now) return scanView(this.#context, this.#ledger, asOf);
    if (asOf > this.#now) this.#advance(asOf);
    // Freezing a copy, not the list: a frozen array's slice and splice take V8's slow path.
    this.#frozenViews ??= Object.freeze(this.#views.slice());
    const { settings, profile, marketplace, clock } = this.#context;
    return {
      settings,
      profile,
      marketplace,
      clock,
      ledger: this.#ledger,
      table: this.#table,
      violations: this.#frozenViews,
      asOf,
    };
  }

  report(asOf: string): Report {
    return reportOf(this.#viewAt(instantOf(asOf, 'asOf')), asOf);
  }

  shipping(asOf: string): ShippingReport {
    return shippingOf(this.#viewAt(instantOf(asOf, 'asOf')));
  }

  metrics(asOf: string): { report: Report; shipping: ShippingReport } {
    const view = this.#viewAt(instantOf(asOf, 'asOf'));
    return { report: reportOf(view, asOf), shipping: shippingOf(view) };
  }

  openTasks(asOf: string): Task[] {
    const at = instantOf(asOf, 'asOf');
    const view = this.#viewAt(at);
    // Reading the past: scan every record, as the batch path does.
    if (at < this.#now) return openTasks(view);
    return openTasksOf(view, this.#open, at);
  }

  explain(asOf: string): Explanation {
    return explain(this.#viewAt(instantOf(asOf, 'asOf')));
  }

  whatIf(asOf: string): WhatIf {
    return whatIfOf(this.#viewAt(instantOf(asOf, 'asOf')));
  }

  consequencesBetween(from: string, to: string): DerivedEvent[] {
    const end = instantOf(to, 'to');
    return consequencesBetween(
      this.#viewAt(Math.max(end, this.#now)),
      instantOf(from, 'from'),
      end,
    );
  }

  /** Moves now forward, re-reading every record whose deadline passed. */
  #advance(now: number): void {
    this.#now = now;
    this.#version++;
    while (this.#deadlines.peekTime() < now) this.#refresh(this.#deadlines.pop());
  }

  #deadlineOf(touched: TouchedRecord): number {
    return touched.kind === 'order' ? touched.record.invoiceDeadline : touched.record.deadline;
  }

  /** Re-reads a record's rules as of now: its day-table contribution, violation and open task. */
  #refresh(item: QueuedRecord): void {
    const now = this.#now;
    const context = this.#context;
    switch (item.kind) {
      case 'order': {
        const order = item.record;
        const bits = orderContribution(order, now, context.profile, context.marketplace);
        if (
          bits !== order.contribution ||
          order.contributionDay !== order.placedDay ||
          order.contributionDay2 !== order.shippedDay
        ) {
          this.#table.addOrder(
            order.contribution,
            order.contributionDay,
            order.contributionDay2,
            -1,
          );
          this.#table.addOrder(bits, order.placedDay, order.shippedDay, 1);
          order.contribution = bits;
          order.contributionDay = order.placedDay;
          order.contributionDay2 = order.shippedDay;
        }
        this.#setViolation(
          order,
          'IDR-DEF',
          order.id,
          invoiceViolation(order, now, context.marketplace),
        );
        this.#setOpen(this.#open.orders, order, invoiceOpen(context, order, now));
        break;
      }
      case 'message': {
        const message = item.record;
        const bits = messageContribution(message, now);
        if (bits !== message.contribution || message.contributionDay !== message.receivedDay) {
          this.#table.addMessage(message.contribution, message.contributionDay, -1);
          this.#table.addMessage(bits, message.receivedDay, 1);
          message.contribution = bits;
          message.contributionDay = message.receivedDay;
        }
        this.#setViolation(message, 'RESP-24H', message.id, messageViolation(message, now));
        this.#setOpen(this.#open.messages, message, messageOpen(message, now));
        break;
      }
      case 'return':
        this.#setViolation(
          item.record,
          'RET-48H',
          item.record.id,
          returnViolation(item.record, now),
        );
        this.#setOpen(this.#open.returns, item.record, returnOpen(item.record, now));
        break;
      case 'claim':
        this.#setViolation(
          item.record,
          'NOTIFY-DAYS',
          item.record.id,
          claimViolation(item.record, now),
        );
        this.#setOpen(this.#open.claims, item.record, claimOpen(item.record, now));
        break;
      case 'chargeback':
        this.#setViolation(
          item.record,
          'NOTIFY-DAYS',
          item.record.id,
          chargebackViolation(item.record, now),
        );
        this.#setOpen(this.#open.chargebacks, item.record, chargebackOpen(item.record, now));
        break;
    }
  }

  #setOpen<T>(set: Set<T>, record: T, open: boolean): void {
    if (open) set.add(record);
    else set.delete(record);
  }

  /** Keeps the sorted violation list in step with a record's current violation (NaN: none). */
  #setViolation(
    record: { violation: TrackedViolation | null },
    rule: string,
    subject: string,
    at: number,
  ): void {
    const current = record.violation;
    if (current === null ? at !== at : current.atMs === at) return;
    this.#frozenViews = null;
    if (current !== null) {
      const index = this.#tracked.indexOf(current, this.#lowerBound(current));
      this.#tracked.splice(index, 1);
      this.#views.splice(index, 1);
      record.violation = null;
    }
    if (at === at) {
      const entry = trackedViolation(this.#context, rule, subject, at);
      const last = this.#tracked[this.#tracked.length - 1];
      if (last === undefined || compareViolations(last, entry) <= 0) {
        this.#tracked.push(entry);
        this.#views.push(entry.view);
      } else {
        const index = this.#lowerBound(entry);
        this.#tracked.splice(index, 0, entry);
        this.#views.splice(index, 0, entry.view);
      }
      record.violation = entry;
    }
  }

  /** First index whose entry does not sort before `entry`. */
  #lowerBound(entry: TrackedViolation): number {
    let low = 0;
    let high = this.#tracked.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareViolations(this.#tracked[mid]!, entry) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
