import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import type { Account } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { computeReport, historyView } from '../../src/engine/report.ts';
import { shippingOf } from '../../src/engine/shipping.ts';
import { openTasks } from '../../src/engine/tasks.ts';
import type { History, OrderEvent, Report } from '../../src/engine/types.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { BASE, historyArb, historyInput } from './arbitraries.ts';
import type { GeneratedHistory } from './arbitraries.ts';

const RUNS = { numRuns: 150 };

function validated(input: unknown): History {
  const result = validateHistory(input);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.history;
}

const reportAt = (
  h: GeneratedHistory,
  events: readonly OrderEvent[] = h.events,
  asOfMs = h.asOfMs,
): Report => computeReport(validated(historyInput(h, asOfMs, events)));

describe('engine properties (fast-check)', () => {
  it('generates only valid histories', () => {
    fc.assert(
      fc.property(historyArb(), (h) => {
        expect(validateHistory(historyInput(h)).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('every rate is in [0, 1] or null, and status is none exactly when the rate is null', () => {
    fc.assert(
      fc.property(historyArb(), (h) => {
        const view = historyView(validated(historyInput(h)));
        const report = computeReport(validated(historyInput(h)));
        const shipping = shippingOf(view);
        for (const metric of [
          report.odr,
          report.idr,
          report.lateResponse,
          shipping.lateShipment,
          shipping.preFulfillmentCancel,
          shipping.validTracking,
        ]) {
          if (metric.rate !== null) expect(metric.rate >= 0 && metric.rate <= 1).toBe(true);
          expect(metric.rate === null).toBe(metric.status === 'none');
        }
      }),
      RUNS,
    );
  });

  it('ODR-DEDUP: an order with several defects counts once', () => {
    fc.assert(
      fc.property(historyArb(), (h) => {
        const { odr } = reportAt(h);
        expect(odr.defective).toBeLessThanOrEqual(odr.orders);
        expect(odr.defective).toBeLessThanOrEqual(
          odr.claims + odr.negativeFeedback + odr.chargebacks,
        );
        expect(odr.defective).toBeGreaterThanOrEqual(
          Math.max(odr.claims, odr.negativeFeedback, odr.chargebacks),
        );
      }),
      RUNS,
    );
    fc.assert(
      fc.property(historyArb(), fc.nat(), (h, pick) => {
        const placedEvents = h.events.filter(
          (e) => e.type === 'order.placed' && parseInstant(e.at) + 3_600_000 <= h.asOfMs,
        );
        fc.pre(placedEvents.length > 0);
        const target = placedEvents[pick % placedEvents.length]!;
        const orderId = (target as { orderId: string }).orderId;
        const at = new Date(parseInstant(target.at) + 3_600_000).toISOString();
        const threeDefects = [
          { type: 'claim.filed', at, claimId: 'X-claim', orderId },
          { type: 'feedback.posted', at, feedbackId: 'X-feedback', orderId, rating: 1 },
          {
            type: 'chargeback.filed',
            at,
            chargebackId: 'X-chargeback',
            orderId,
            reason: 'service',
          },
        ] as OrderEvent[];
        const before = reportAt(h).odr;
        const after = reportAt(h, [...h.events, ...threeDefects]).odr;
        expect(after.defective - before.defective).toBeLessThanOrEqual(1);
        expect(after.orders).toBe(before.orders);
      }),
      RUNS,
    );
  });

  it('shuffling the events changes nothing', () => {
    fc.assert(
      fc.property(
        historyArb().chain((h) =>
          fc.tuple(
            fc.constant(h),
            fc.shuffledSubarray(h.events, {
              minLength: h.events.length,
              maxLength: h.events.length,
            }),
          ),
        ),
        ([h, shuffled]) => {
          expect(reportAt(h, shuffled)).toEqual(reportAt(h));
        },
      ),
      RUNS,
    );
  });

  it('shifting every timestamp by whole weeks (UTC) shifts only the dates', () => {
    const WEEK = 7 * 86_400_000;
    const shiftDate = (text: string, weeks: number) =>
      new Date(Date.parse(`${text}T00:00:00Z`) + weeks * WEEK).toISOString().slice(0, 10);
    fc.assert(
      fc.property(historyArb({ zones: ['UTC'] }), fc.integer({ min: -30, max: 30 }), (h, weeks) => {
        const shifted = h.events.map((e) => {
          const copy: Record<string, unknown> = {
            ...e,
            at: new Date(parseInstant(e.at) + weeks * WEEK).toISOString(),
          };
          for (const key of ['shipBy', 'deliverBy'])
            if (typeof copy[key] === 'string') copy[key] = shiftDate(copy[key] as string, weeks);
          return copy as unknown as OrderEvent;
        });
        const original = reportAt(h);
        const moved = reportAt(h, shifted, h.asOfMs + weeks * WEEK);
        const back = {
          ...moved,
          asOf: original.asOf,
          odr: {
            ...moved.odr,
            from: shiftDate(moved.odr.from, -weeks),
            to: shiftDate(moved.odr.to, -weeks),
          },
          violations: moved.violations.map((v) => ({
            ...v,
            at: new Date(parseInstant(v.at) - weeks * WEEK)
              .toISOString()
              .replace('.000Z', '+00:00'),
          })),
        };
        expect(back).toEqual(original);
      }),
      RUNS,
    );
  });

  it('adding a defect never lowers ODR', () => {
    fc.assert(
      fc.property(
        historyArb(),
        fc.nat(),
        fc.constantFrom('claim', 'feedback', 'chargeback'),
        fc.integer({ min: 0, max: 200 }),
        (h, pick, kind, hours) => {
          const placedEvents = h.events.filter((e) => e.type === 'order.placed');
          fc.pre(placedEvents.length > 0);
          const target = placedEvents[pick % placedEvents.length] as {
            orderId: string;
            at: string;
          };
          const at = new Date(parseInstant(target.at) + hours * 3_600_000).toISOString();
          const defect = (
            kind === 'claim'
              ? { type: 'claim.filed', at, claimId: 'X', orderId: target.orderId }
              : kind === 'feedback'
                ? {
                    type: 'feedback.posted',
                    at,
                    feedbackId: 'X',
                    orderId: target.orderId,
                    rating: 2,
                  }
                : {
                    type: 'chargeback.filed',
                    at,
                    chargebackId: 'X',
                    orderId: target.orderId,
                    reason: 'service',
                  }
          ) as OrderEvent;
          const before = reportAt(h).odr;
          const after = reportAt(h, [...h.events, defect]).odr;
          expect(after.orders).toBe(before.orders);
          expect(after.defective).toBeGreaterThanOrEqual(before.defective);
          if (before.rate !== null) expect(after.rate!).toBeGreaterThanOrEqual(before.rate);
        },
      ),
      RUNS,
    );
  });
});

// Model-based test: the live account (apply one event, read) against a full recompute of the
// events applied so far, at the latest instant, later (deadlines pass) and earlier (fallback).
interface Model {
  history: GeneratedHistory;
  events: OrderEvent[];
  applied: number;
  lastAt: number;
}

function expectSameAsRecompute(model: Model, account: Account, asOfMs: number): void {
  const input = historyInput(model.history, asOfMs, model.events.slice(0, model.applied));
  const history = validated(input);
  const view = historyView(history);
  expect(account.report(input.asOf)).toEqual(computeReport(history));
  expect(account.shipping(input.asOf)).toEqual(shippingOf(view));
  expect(account.openTasks(input.asOf)).toEqual(openTasks(view));
}

class ApplyNext implements fc.Command<Model, Account> {
  check(model: Readonly<Model>): boolean {
    return model.applied < model.events.length;
  }
  run(model: Model, account: Account): void {
    const event = model.events[model.applied]!;
    account.apply(event);
    model.applied++;
    model.lastAt = Math.max(model.lastAt, parseInstant(event.at));
    expectSameAsRecompute(model, account, model.lastAt);
  }
  toString(): string {
    return 'applyNext';
  }
}

class ReadAt implements fc.Command<Model, Account> {
  readonly seconds: number;
  constructor(seconds: number) {
    this.seconds = seconds;
  }
  check(model: Readonly<Model>): boolean {
    return model.applied > 0;
  }
  run(model: Model, account: Account): void {
    const asOf = model.lastAt + this.seconds * 1000;
    expectSameAsRecompute(model, account, asOf);
    model.lastAt = Math.max(model.lastAt, asOf);
  }
  toString(): string {
    return `readAt(${this.seconds}s)`;
  }
}

// Reads anywhere from 4 days back to 10 days ahead, and just after the usual deadlines
// (24 h, 48 h, 3 and 7 days), where a stale deadline queue would show.
const readOffset = fc.oneof(
  fc.integer({ min: -96 * 3600, max: 240 * 3600 }),
  fc.constantFrom(1, 60, 24 * 3600 + 1, 48 * 3600 + 1, 72 * 3600 + 1, 7 * 24 * 3600 + 1),
);

describe('incremental account equals a full recompute (model-based, fc.commands)', () => {
  it('over random event streams applied in time order, read at random moments', () => {
    const commands = [
      fc.constant(new ApplyNext()),
      fc.constant(new ApplyNext()),
      readOffset.map((seconds) => new ReadAt(seconds)),
    ];
    fc.assert(
      fc.property(
        historyArb({ maxOrders: 8 }),
        fc.commands(commands, { maxCommands: 80, size: 'large' }),
        (h, cmds) => {
          const events = [...h.events].sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
          const setup = () => ({
            model: { history: h, events, applied: 0, lastAt: BASE - 1 },
            real: createAccount({
              profile: h.profile,
              marketplace: h.marketplace,
              timeZone: h.timeZone,
            }),
          });
          fc.modelRun(setup, cmds);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('also when events arrive out of time order', () => {
    fc.assert(
      fc.property(
        historyArb({ maxOrders: 6 }).chain((h) =>
          fc.tuple(
            fc.constant(h),
            fc.shuffledSubarray(h.events, {
              minLength: h.events.length,
              maxLength: h.events.length,
            }),
          ),
        ),
        ([h, shuffled]) => {
          const account = createAccount({
            profile: h.profile,
            marketplace: h.marketplace,
            timeZone: h.timeZone,
          });
          const model: Model = { history: h, events: shuffled, applied: 0, lastAt: BASE };
          for (const event of shuffled) {
            account.apply(event);
            model.applied++;
            model.lastAt = Math.max(model.lastAt, parseInstant(event.at));
          }
          expectSameAsRecompute(model, account, model.lastAt);
          expectSameAsRecompute(model, account, model.lastAt + 50 * 3_600_000);
          expectSameAsRecompute(model, account, model.lastAt - 100 * 3_600_000);
        },
      ),
      { numRuns: 60 },
    );
  });
});
