/**
 * The sandbox on the engine: consequences as time moves (RET-48H), scrubbing both ways, events
 * added before the moment reached, refusals with the engine's message, undo, the starting
 * points, and the round trip through export and import measured by the `metrics` command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeReport,
  parseInstant,
  validateHistory,
  type OrderEvent,
} from '../../src/engine/index.ts';
import { decodeSandbox, encodeSandbox } from '../../src/sandbox/doc.ts';
import {
  actEvent,
  SandboxError,
  SandboxSession,
  type SandboxAct,
} from '../../src/sandbox/session.ts';
import {
  emptyDoc,
  generatedDoc,
  importedDoc,
  scenarioDoc,
  type ScenarioStart,
} from '../../src/sandbox/start.ts';
// eslint-disable-next-line no-restricted-imports -- the engine tests' random histories (a test helper), not the engine
import { historyArb, historyInput } from '../engine/arbitraries.ts';

const root = resolve(import.meta.dirname, '../..');
const node = resolve(root, 'node_modules/.bin/node');
const HOUR = 3_600_000;

/** A small generated account (about 300 orders over 60 days, no defects). */
const SPEC = {
  seed: 7,
  from: '2026-01-01',
  to: '2026-03-01',
  ordersPerDay: 5,
  businessShare: 0.2,
  messageRate: 0.1,
};

function generated(): SandboxSession {
  return SandboxSession.open(generatedDoc(SPEC));
}

/** The first order placed in the account's last week (still in every window). */
function recentOrder(session: SandboxSession): string {
  const orderId = session.view().suggestions.order[0];
  if (orderId === undefined) throw new Error('no order');
  return orderId;
}

describe('time moving forward: the engine’s consequences', () => {
  it('RET-48H: a return request left 49 hours becomes a derived, granted claim, and the ODR moves', () => {
    const session = generated();
    const before = session.view();
    const orderId = recentOrder(session);
    session.add({ type: 'return.requested', at: before.now, returnId: 'R-1', orderId });
    session.setNow(before.nowMs + 49 * HOUR);
    const after = session.view();
    expect(after.consequences.latest).toEqual([
      expect.objectContaining({
        claimId: 'derived:RET-48H:R-1',
        orderId,
        rule: 'RET-48H',
        granted: true,
      }),
    ]);
    expect(after.report.odr.defective).toBe(before.report.odr.defective + 1);
    expect(after.report.odr.rate).not.toBe(before.report.odr.rate);
  });

  it('RET-48H: 47 hours are not enough', () => {
    const session = generated();
    const { now, nowMs } = session.view();
    session.add({
      type: 'return.requested',
      at: now,
      returnId: 'R-1',
      orderId: recentOrder(session),
    });
    session.setNow(nowMs + 47 * HOUR);
    expect(session.view().consequences.count).toBe(0);
  });

  it('scrubs back before the claim and forward again without a second claim', () => {
    const session = generated();
    const { now, nowMs } = session.view();
    session.add({
      type: 'return.requested',
      at: now,
      returnId: 'R-1',
      orderId: recentOrder(session),
    });
    session.setNow(nowMs + 49 * HOUR);
    const withClaim = session.view().report.odr;
    session.setNow(nowMs + HOUR);
    expect(session.view().consequences.count).toBe(0);
    session.setNow(nowMs + 60 * HOUR);
    expect(session.view().consequences.count).toBe(1);
    expect(session.view().report.odr.defective).toBe(withClaim.defective);
  });

  it('RET-48H: an answer added back in time, within the 48 hours, takes the claim back', () => {
    const session = generated();
    const { now, nowMs } = session.view();
    session.add({
      type: 'return.requested',
      at: now,
      returnId: 'R-1',
      orderId: recentOrder(session),
    });
    session.setNow(nowMs + 72 * HOUR);
    expect(session.view().consequences.count).toBe(1);
    session.add({
      type: 'return.answered',
      at: new Date(nowMs + 24 * HOUR).toISOString(),
      returnId: 'R-1',
    });
    expect(session.view().consequences.count).toBe(0);
    expect(session.view().nowMs).toBe(nowMs + 72 * HOUR);
  });

  it('A2Z-AUTO (course): shipped without tracking and never delivered, granted at the end of the third day after the latest delivery date', () => {
    const session = SandboxSession.open(
      emptyDoc('amazon.de', 'course', parseInstant('2026-03-02T09:00:00+01:00')),
    );
    session.add({
      type: 'order.placed',
      at: '2026-03-02T09:00:00+01:00',
      orderId: 'A1',
      fulfillment: 'FBM',
      deliverBy: '2026-03-05',
    });
    session.act({ action: 'shipWithoutTracking', subject: 'A1' });
    session.setNow(parseInstant('2026-03-10T00:00:00+01:00'));
    expect(session.view().consequences.latest).toEqual([
      expect.objectContaining({
        rule: 'A2Z-AUTO',
        reason: 'no-tracking',
        filedAt: '2026-03-08T23:59:59+01:00',
      }),
    ]);
  });
});

describe('adding events', () => {
  it.each<[SandboxAct, Partial<OrderEvent>]>([
    [
      { action: 'reply', subject: 'M1' },
      { type: 'message.replied', messageId: 'M1' },
    ],
    [
      { action: 'automatedReply', subject: 'M1' },
      { type: 'message.replied', messageId: 'M1', automated: true },
    ],
    [
      { action: 'noReplyNeeded', subject: 'M1' },
      { type: 'message.noReplyNeeded', messageId: 'M1' },
    ],
    [
      { action: 'sendReturnLabel', subject: 'R1' },
      { type: 'return.answered', returnId: 'R1', labelSent: true },
    ],
    [
      { action: 'answerReturnWithoutLabel', subject: 'R1' },
      { type: 'return.answered', returnId: 'R1', labelSent: false },
    ],
    [
      { action: 'uploadInvoice', subject: 'A1' },
      { type: 'invoice.uploaded', orderId: 'A1' },
    ],
    [
      { action: 'answerClaim', subject: 'C1' },
      { type: 'claim.answered', claimId: 'C1' },
    ],
    [
      { action: 'answerChargeback', subject: 'B1' },
      { type: 'chargeback.answered', chargebackId: 'B1' },
    ],
    [
      { action: 'shipWithTracking', subject: 'A1', trackingId: 'DHL1' },
      { type: 'order.shipped', orderId: 'A1', trackingId: 'DHL1' },
    ],
    [
      { action: 'cancelOrder', subject: 'A1' },
      { type: 'order.cancelled', orderId: 'A1', by: 'seller' },
    ],
  ])('act %o is the event %o at the clock', (act, expected) => {
    expect(actEvent(act, '2026-03-02T10:00:00+01:00')).toEqual({
      ...expected,
      at: '2026-03-02T10:00:00+01:00',
    });
  });

  it.each([
    [
      'an unknown order',
      { type: 'return.requested', returnId: 'R-9', orderId: 'NOPE' },
      'event.orderId: unknown order id "NOPE" (no order.placed event defines it)',
    ],
    [
      'a feedback rating out of range',
      { type: 'feedback.posted', feedbackId: 'F-9', orderId: 'ORDER', rating: 9 },
      'event.rating: out of range: must be an integer from 1 to 5, got 9',
    ],
    [
      'a claim before its order was placed',
      { type: 'claim.filed', claimId: 'C-9', orderId: 'ORDER', at: '2025-01-01T00:00:00Z' },
      'event.at: before order "ORDER" was placed',
    ],
  ])('refuses %s with the engine’s message and changes nothing', (_name, fields, line) => {
    const session = generated();
    const before = session.view();
    const orderId = recentOrder(session);
    const event = JSON.parse(
      JSON.stringify({ at: before.now, ...fields }).replace('"ORDER"', JSON.stringify(orderId)),
    );
    let refusal: unknown;
    try {
      session.add(event);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(SandboxError);
    expect((refusal as SandboxError).lines).toEqual([line.replace('ORDER', orderId)]);
    const after = session.view();
    expect([after.counts, after.undo, after.revision]).toEqual([
      before.counts,
      before.undo,
      before.revision,
    ]);
  });

  it('undo takes back the last added event with the consequences it brought, and keeps the clock', () => {
    const session = generated();
    const start = session.view();
    session.add({
      type: 'return.requested',
      at: start.now,
      returnId: 'R-1',
      orderId: recentOrder(session),
    });
    session.setNow(start.nowMs + 49 * HOUR);
    expect(session.view().undo).toBe('the added event');
    expect(session.undo()).toBe(true);
    const after = session.view();
    expect(after.consequences.count).toBe(0);
    expect(after.counts.events).toBe(start.counts.events);
    expect(after.nowMs).toBe(start.nowMs + 49 * HOUR);
    expect(session.undo()).toBe(false);
  });

  it('undo after a new starting point brings back the sandbox before it, clock included', () => {
    const session = generated();
    const before = session.view();
    session.replace(
      emptyDoc('amazon.com', 'amazon-2026', parseInstant('2026-06-01T12:00:00Z')),
      'the empty account',
    );
    expect(session.view().counts.events).toBe(0);
    session.undo();
    const after = session.view();
    expect([after.counts, after.now, after.settings]).toEqual([
      before.counts,
      before.now,
      before.settings,
    ]);
  });
});

describe('starting points', () => {
  it('generates the same account from the same figures and seed', () => {
    expect(generated().exportHistory()).toEqual(generated().exportHistory());
    expect(SandboxSession.open(generatedDoc({ ...SPEC, seed: 8 })).exportHistory()).not.toEqual(
      generated().exportHistory(),
    );
  });

  it('refuses figures the generator cannot use, naming the field', () => {
    expect(() => generatedDoc({ ...SPEC, claimRate: 2 })).toThrow(
      /claimRate: a share from 0 to 1, got 2/,
    );
  });

  it('opens a scenario’s starting state: listed events and its generated background, the clock at the start', () => {
    const scenario: ScenarioStart = {
      slug: 'example',
      title: 'Example',
      marketplace: 'amazon.de',
      profile: 'course',
      start: {
        at: '2026-03-09T08:00:00+01:00',
        history: [
          {
            type: 'order.placed',
            at: '2026-03-01T10:00:00+01:00',
            orderId: 'A1',
            fulfillment: 'FBM',
          },
        ],
        background: { seed: 3, from: '2026-02-01', to: '2026-03-08', orders: 100 },
      },
    };
    const view = SandboxSession.open(scenarioDoc(scenario)).view();
    expect(view.now).toBe('2026-03-09T08:00:00+01:00');
    expect(view.report.odr.orders).toBe(101);
    expect(view.base).toEqual({ kind: 'scenario', slug: 'example', title: 'Example' });
  });

  it('refuses a broken file with the lines the metrics command prints', () => {
    const file = resolve(root, 'tests/fixtures/engine/unknown-id.json');
    const command = spawnSync(node, [resolve(root, 'src/engine/cli/metrics.ts'), file], {
      encoding: 'utf8',
    });
    expect(command.status).toBe(2);
    let refusal: SandboxError | null = null;
    try {
      importedDoc(readFileSync(file, 'utf8'), 'unknown-id.json');
    } catch (error) {
      refusal = error as SandboxError;
    }
    expect(refusal?.message).toBe(command.stderr.replace(/^metrics: /, '').trimEnd());
  });

  it('imports the All Orders report and says what it could not tell', () => {
    const text = readFileSync(resolve(root, 'tests/fixtures/engine/all-orders-report.txt'), 'utf8');
    const session = SandboxSession.open(importedDoc(text, 'report.txt'), true);
    const view = session.view();
    expect(view.base).toMatchObject({
      kind: 'imported',
      format: 'all-orders',
      report: { orders: 4, cancelledWhoUnknown: 1 },
    });
    expect(view.report.odr.orders).toBe(4);
    expect(view.report.idr.rate).toBeNull();
  });

  it('a document travels through its compact text (a link or a save) unchanged', async () => {
    const session = generated();
    session.add({
      type: 'return.requested',
      at: session.view().now,
      returnId: 'R-1',
      orderId: recentOrder(session),
    });
    session.setNow(session.now + 49 * HOUR);
    const text = await encodeSandbox(session.doc);
    expect(text).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const read = await decodeSandbox(text);
    if (!read.ok) throw new Error(read.reason);
    const reopened = SandboxSession.open(read.doc);
    const { revision: _a, ...expected } = session.view();
    const { revision: _b, ...actual } = reopened.view();
    expect(actual).toEqual({ ...expected, undo: null });
  });

  it.each([
    ['not packed text', '!!!', /cannot be unpacked/],
    ['packed text that is not a sandbox', 'q1YqSSxJVbJSSkxKVqoFAA', /version|sandbox/],
  ])('refuses %s as a link or save', async (_name, text, reason) => {
    const read = await decodeSandbox(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('export(import(history)) measures identically under metrics', () => {
  /** The sandbox's export of a history imported from its JSON text. */
  const roundTrip = (input: unknown): string => {
    const session = SandboxSession.open(importedDoc(JSON.stringify(input), 'h.json'), true);
    return JSON.stringify(session.exportHistory());
  };
  const reportOf = (text: string) => {
    const checked = validateHistory(JSON.parse(text));
    if (!checked.ok) throw new Error(checked.errors[0]?.message);
    return computeReport(checked.history);
  };

  it('for random histories (the report the command computes)', () => {
    fc.assert(
      fc.property(historyArb({ maxOrders: 10 }), (h) => {
        const input = historyInput(h);
        expect(reportOf(roundTrip(input))).toEqual(reportOf(JSON.stringify(input)));
      }),
      { numRuns: 150 },
    );
  });

  it('the figures the Account health region shows are the report metrics computes, for random histories', () => {
    fc.assert(
      fc.property(historyArb({ maxOrders: 10 }), (h) => {
        const input = historyInput(h);
        const view = SandboxSession.open(importedDoc(JSON.stringify(input), 'h.json'), true).view();
        const report = reportOf(JSON.stringify(input));
        const shown = (metric: string) => {
          const line = view.health.find((health) => health.metric === metric);
          return line && { rate: line.rate, bad: line.numerator, of: line.counted };
        };
        expect(shown('odr')).toEqual({
          rate: report.odr.rate,
          bad: report.odr.defective,
          of: report.odr.orders,
        });
        expect(shown('idr')).toEqual({
          rate: report.idr.rate,
          bad: report.idr.defective,
          of: report.idr.orders,
        });
        expect(shown('lateResponse')).toEqual({
          rate: report.lateResponse.rate,
          bad: report.lateResponse.late,
          of: report.lateResponse.messages,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('for a few random histories through the metrics command itself, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-'));
    const metrics = (text: string, name: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const result = spawnSync(node, [resolve(root, 'src/engine/cli/metrics.ts'), file], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      return result.stdout;
    };
    fc.assert(
      fc.property(historyArb({ maxOrders: 6 }), (h) => {
        const input = historyInput(h);
        expect(metrics(roundTrip(input), 'exported.json')).toBe(
          metrics(JSON.stringify(input), 'original.json'),
        );
      }),
      { numRuns: 4 },
    );
  });
});
