/**
 * The read model: what an account is at a moment, as the desk and the sandbox show it. Its
 * answers come from the same rules as the report; reading changes nothing and hands out only new,
 * frozen objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { readHistory, StaleReadingError } from '../../src/engine/read-model.ts';
import type { AccountReading } from '../../src/engine/read-model.ts';
import type { OrderEvent } from '../../src/engine/types.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { historyArb, historyInput } from './arbitraries.ts';
import { event, placed } from './helpers.ts';

/** A reading of a history at `asOf` through the batch path. */
function readAt(
  events: readonly Record<string, unknown>[],
  asOf: string,
  settings: Record<string, string> = {},
): AccountReading {
  const checked = validateHistory({ ...settings, asOf, events });
  if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return readHistory(checked.history);
}

describe('an order as of a moment', () => {
  const events = [
    placed('A', '2026-02-20T10:00:00+01:00', {
      business: true,
      item: 'Standing desk',
      shipBy: '2026-02-21',
      deliverBy: '2026-02-25',
    }),
    { type: 'order.shipped', at: '2026-02-20T16:00:00+01:00', orderId: 'A', trackingId: '1Z9' },
    { type: 'order.delivered', at: '2026-02-23T11:00:00+01:00', orderId: 'A' },
  ];

  it('has the details the history gives, extra fields included, and what happened so far', () => {
    const order = readAt(events, '2026-02-22T12:00:00+01:00').order('A');
    expect(order).toMatchObject({
      orderId: 'A',
      placedAt: '2026-02-20T10:00:00+01:00',
      fulfillment: 'FBM',
      business: true,
      shipBy: '2026-02-21',
      deliverBy: '2026-02-25',
      extra: { item: 'Standing desk' },
      shipped: { at: '2026-02-20T16:00:00+01:00', trackingId: '1Z9' },
      deliveredAt: null,
      cancelled: null,
    });
  });

  it('does not exist before it is placed', () => {
    const reading = readAt(events, '2026-02-19T12:00:00+01:00');
    expect(reading.order('A')).toBeNull();
    expect(reading.orders()).toEqual([]);
  });

  it.each([
    // Shipped Friday 20 February: the IDR-DEF deadline is Monday 23 February 23:59:59.
    ['IDR-DEF: not shipped yet', [], '2026-02-20T12:00:00+01:00', 'amazon.de', 'not-shipped'],
    ['IDR-DEF: the deadline runs', [], '2026-02-23T12:00:00+01:00', 'amazon.de', 'due'],
    ['IDR-DEF: the deadline passed', [], '2026-02-24T12:00:00+01:00', 'amazon.de', 'missing'],
    [
      'IDR-DEF: uploaded in time',
      ['2026-02-23T09:00:00+01:00'],
      '2026-02-24T12:00:00+01:00',
      'amazon.de',
      'uploaded',
    ],
    [
      'IDR-DEF: uploaded late',
      ['2026-02-24T09:00:00+01:00'],
      '2026-02-24T12:00:00+01:00',
      'amazon.de',
      'late',
    ],
    [
      'IDR-WINDOW: amazon.com asks for no invoice',
      [],
      '2026-02-24T12:00:00+01:00',
      'amazon.com',
      'not-needed',
    ],
  ])('%s', (_name, uploads, asOf, marketplace, state) => {
    const reading = readAt(
      [...events, ...uploads.map((at) => ({ type: 'invoice.uploaded', at, orderId: 'A' }))],
      asOf,
      { marketplace, timeZone: 'Europe/Berlin' },
    );
    expect(reading.order('A')?.invoice.state).toBe(state);
  });

  it.each([
    ['cancelled before its deadline: no invoice owed', '2026-02-23T10:00:00+01:00', 'not-needed'],
    ['cancelled after the deadline passed: still missing', '2026-02-25T10:00:00+01:00', 'missing'],
  ])('IDR-DEF: %s', (_name, cancelledAt, state) => {
    const order = readAt(
      [...events, { type: 'order.cancelled', at: cancelledAt, orderId: 'A', by: 'buyer' }],
      '2026-02-27T12:00:00+01:00',
    ).order('A');
    expect(order?.invoice.state).toBe(state);
    expect(order?.cancelled).toEqual({ at: cancelledAt, by: 'buyer' });
  });

  it('a non-business order needs no invoice', () => {
    const reading = readAt([placed('B', '2026-02-20T10:00:00+01:00')], '2026-02-24T12:00:00+01:00');
    expect(reading.order('B')?.invoice).toEqual({
      state: 'not-needed',
      deadline: null,
      uploadedAt: null,
    });
  });

  it('a shipment without tracking shows none (VTR)', () => {
    const order = readAt(
      [
        placed('C', '2026-02-20T10:00:00+01:00'),
        { type: 'order.shipped', at: '2026-02-20T16:00:00+01:00', orderId: 'C' },
      ],
      '2026-02-24T12:00:00+01:00',
    ).order('C');
    expect(order?.shipped).toEqual({ at: '2026-02-20T16:00:00+01:00', trackingId: null });
  });

  it('lists its defects and whether each counts (ODR-DEDUP, CB-WHO)', () => {
    const order = readAt(
      [
        ...events,
        { type: 'claim.filed', at: '2026-02-26T10:00:00+01:00', claimId: 'C1', orderId: 'A' },
        {
          type: 'chargeback.filed',
          at: '2026-02-26T11:00:00+01:00',
          chargebackId: 'B1',
          orderId: 'A',
          reason: 'fraud',
        },
      ],
      '2026-02-27T12:00:00+01:00',
    ).order('A');
    expect(
      order?.defects.map((defect) => [defect.kind, defect.id, defect.counts, defect.fact]),
    ).toEqual([
      ['claim', 'C1', true, 'A2Z-COUNTS'],
      ['chargeback', 'B1', false, 'CB-WHO'],
    ]);
    expect([order?.defective, order?.claimIds, order?.chargebackIds]).toEqual([
      true,
      ['C1'],
      ['B1'],
    ]);
  });

  it('lists the orders awaiting shipment', () => {
    const reading = readAt(
      [
        ...events,
        placed('D', '2026-02-21T10:00:00+01:00', { fulfillment: 'FBM' }),
        placed('E', '2026-02-21T11:00:00+01:00', { fulfillment: 'FBA' }),
        placed('F', '2026-02-21T12:00:00+01:00'),
        { type: 'order.cancelled', at: '2026-02-21T13:00:00+01:00', orderId: 'F', by: 'seller' },
      ],
      '2026-02-22T12:00:00+01:00',
    );
    expect(
      reading.orders({ fulfillment: 'FBM', awaitingShipment: true }).map((o) => o.orderId),
    ).toEqual(['D']);
    expect(reading.orders().map((o) => o.orderId)).toEqual(['A', 'D', 'E', 'F']);
  });
});

describe('messages, returns, claims, feedback and chargebacks as of a moment', () => {
  const order = placed('A', '2026-02-10T10:00:00+01:00');

  it('RESP-24H: a message waits, then is late, then is handled', () => {
    const events = [
      order,
      {
        type: 'message.received',
        at: '2026-02-11T10:00:00+01:00',
        messageId: 'M',
        orderId: 'A',
        language: 'de',
      },
      { type: 'message.replied', at: '2026-02-11T10:05:00+01:00', messageId: 'M', automated: true },
      { type: 'message.replied', at: '2026-02-12T12:00:00+01:00', messageId: 'M' },
    ];
    expect(readAt(events, '2026-02-11T12:00:00+01:00').message('M')).toMatchObject({
      deadline: '2026-02-12T10:00:00+01:00',
      automatedReplyAt: '2026-02-11T10:05:00+01:00',
      handled: null,
      open: true,
      late: false,
      extra: { language: 'de' },
    });
    expect(readAt(events, '2026-02-12T11:00:00+01:00').message('M')).toMatchObject({
      open: true,
      late: true,
    });
    expect(readAt(events, '2026-02-12T13:00:00+01:00').message('M')).toMatchObject({
      handled: { at: '2026-02-12T12:00:00+01:00', by: 'reply' },
      open: false,
      late: true,
    });
    expect(readAt(events, '2026-02-12T13:00:00+01:00').order('A')?.messageIds).toEqual(['M']);
  });

  it('RET-48H: a return request carries the reason the buyer gave (an extra field)', () => {
    const request = readAt(
      [
        order,
        {
          type: 'return.requested',
          at: '2026-02-12T10:00:00+01:00',
          returnId: 'R',
          orderId: 'A',
          reason: 'Leg bent',
        },
      ],
      '2026-02-15T12:00:00+01:00',
    ).returnRequest('R');
    expect(request).toMatchObject({
      reason: 'Leg bent',
      deadline: '2026-02-14T10:00:00+01:00',
      answeredAt: null,
      open: true,
      late: true,
    });
  });

  it('A2Z-COUNTS: a claim shows the decision in force and every decision so far', () => {
    const events = [
      order,
      {
        type: 'claim.filed',
        at: '2026-02-12T10:00:00+01:00',
        claimId: 'C',
        orderId: 'A',
        reason: 'damaged',
      },
      { type: 'claim.decided', at: '2026-02-14T10:00:00+01:00', claimId: 'C', outcome: 'denied' },
      {
        type: 'claim.decided',
        at: '2026-02-20T10:00:00+01:00',
        claimId: 'C',
        outcome: 'granted',
        fundedBy: 'seller',
      },
    ];
    const before = readAt(events, '2026-02-16T12:00:00+01:00', { profile: 'amazon-2026' }).claim(
      'C',
    );
    const after = readAt(events, '2026-02-21T12:00:00+01:00', { profile: 'amazon-2026' }).claim(
      'C',
    );
    expect([before?.decision?.outcome, before?.counts, before?.decisions.length]).toEqual([
      'denied',
      false,
      1,
    ]);
    expect([after?.decision?.outcome, after?.counts, after?.decisions.length]).toEqual([
      'granted',
      true,
      2,
    ]);
    expect(after?.derived).toBeNull();
  });

  it('RET-48H: a claim the engine derived is marked derived, with its rule', () => {
    const account = createAccount();
    account.applyAll([
      event(order),
      event({
        type: 'return.requested',
        at: '2026-02-12T10:00:00+01:00',
        returnId: 'R',
        orderId: 'A',
      }),
    ]);
    for (const derived of account.consequencesBetween(
      '2026-02-12T10:00:00+01:00',
      '2026-02-15T10:00:00+01:00',
    ))
      account.apply(derived);
    const [claim] = account.readAt('2026-02-15T10:00:00+01:00').claims();
    expect(claim).toMatchObject({
      claimId: 'derived:RET-48H:R',
      orderId: 'A',
      filedAt: '2026-02-14T10:00:00+01:00',
      decision: { outcome: 'granted', fundedBy: 'seller' },
      counts: true,
      derived: { rule: 'RET-48H' },
    });
  });

  it('FB-REPORT: removed feedback stays negative but no longer counts', () => {
    const events = [
      order,
      {
        type: 'feedback.posted',
        at: '2026-02-12T10:00:00+01:00',
        feedbackId: 'F',
        orderId: 'A',
        rating: 2,
        comment: 'Late',
      },
      { type: 'feedback.removed', at: '2026-02-14T10:00:00+01:00', feedbackId: 'F' },
    ];
    expect(readAt(events, '2026-02-13T10:00:00+01:00').feedback('F')).toMatchObject({
      comment: 'Late',
      negative: true,
      counts: true,
      removedAt: null,
    });
    expect(readAt(events, '2026-02-15T10:00:00+01:00').feedback('F')).toMatchObject({
      negative: true,
      counts: false,
      removedAt: '2026-02-14T10:00:00+01:00',
    });
  });

  it('NOTIFY-DAYS: a fraud chargeback does not count but still needs its answer', () => {
    const chargeback = readAt(
      [
        order,
        {
          type: 'chargeback.filed',
          at: '2026-02-12T10:00:00+01:00',
          chargebackId: 'B',
          orderId: 'A',
          reason: 'fraud',
        },
      ],
      '2026-02-16T10:00:00+01:00',
    ).chargeback('B');
    expect(chargeback).toMatchObject({
      counts: false,
      open: true,
      late: true,
      deadline: '2026-02-15T10:00:00+01:00',
    });
  });

  it('health gives each metric its level: 0.9% ODR is at risk, not ok', () => {
    const events = [
      ...Array.from({ length: 1000 }, (_, i) => placed(`O${i}`, '2026-02-10T10:00:00+01:00')),
      ...Array.from({ length: 9 }, (_, i) => ({
        type: 'claim.filed',
        at: '2026-02-12T10:00:00+01:00',
        claimId: `C${i}`,
        orderId: `O${i}`,
      })),
    ];
    const odr = readAt(events, '2026-02-20T10:00:00+01:00')
      .health()
      .find((line) => line.metric === 'odr');
    expect(odr).toMatchObject({
      rate: 0.009,
      status: 'ok',
      level: 'at-risk',
      counted: 1000,
      numerator: 9,
    });
  });
});

describe('reading is read-only', () => {
  const events = [
    placed('A', '2026-02-20T10:00:00+01:00', { item: 'Kettle' }),
    { type: 'claim.filed', at: '2026-02-21T10:00:00+01:00', claimId: 'C', orderId: 'A' },
  ];

  it('hands out frozen objects; changing a copy changes nothing', () => {
    const account = createAccount();
    account.applyAll(events.map(event));
    const reading = account.readAt('2026-02-22T10:00:00+01:00');
    const order = reading.order('A')!;
    expect(() => {
      (order.extra as Record<string, unknown>)['item'] = 'Toaster';
    }).toThrow(TypeError);
    expect(() => (order.defects as unknown[]).push('x')).toThrow(TypeError);
    const report = account.report('2026-03-10T10:00:00+01:00');
    expect(() => (report.violations as unknown[]).push('x')).toThrow(TypeError);
    expect(account.readAt('2026-02-22T10:00:00+01:00').order('A')?.extra).toEqual({
      item: 'Kettle',
    });
  });

  it('a reading taken before an event is applied refuses to answer', () => {
    const account = createAccount();
    account.applyAll(events.map(event));
    const reading = account.readAt('2026-02-22T10:00:00+01:00');
    account.apply(event({ type: 'claim.answered', at: '2026-02-22T11:00:00+01:00', claimId: 'C' }));
    expect(() => reading.report()).toThrow(StaleReadingError);
  });

  it('checks an event against the account before it is applied', () => {
    const account = createAccount();
    account.applyAll(events.map(event));
    expect(
      account.check({ type: 'order.shipped', at: '2026-02-20T11:00:00+01:00', orderId: 'A' }),
    ).toEqual([]);
    expect(
      [
        { type: 'order.shipped', at: '2026-02-20T09:00:00+01:00', orderId: 'A' },
        { type: 'order.shipped', at: '2026-02-20T11:00:00+01:00', orderId: 'Z' },
        { type: 'order.placed', at: '2026-02-20T11:00:00+01:00', orderId: 'A', fulfillment: 'FBA' },
      ].map((candidate) => account.check(candidate).map((e) => `${e.path}: ${e.message}`)),
    ).toEqual([
      ['event.at: before order "A" was placed'],
      ['event.orderId: unknown order id "Z" (no order.placed event defines it)'],
      ['event.orderId: duplicate order id "A"'],
    ]);
  });

  it('a live account read at any moments, in any order, answers as a fresh replay does (fast-check)', () => {
    fc.assert(
      fc.property(
        historyArb({ maxOrders: 6 }),
        fc.array(fc.integer({ min: -100, max: 400 }), { minLength: 1, maxLength: 6 }),
        (h, hours) => {
          const sorted = [...h.events].sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
          const account = createAccount({
            profile: h.profile,
            marketplace: h.marketplace,
            timeZone: h.timeZone,
          });
          const applied: OrderEvent[] = [];
          for (const [index, next] of sorted.entries()) {
            account.apply(next);
            applied.push(next);
            const offset = hours[index % hours.length]!;
            const asOf = new Date(parseInstant(next.at) + offset * 3_600_000).toISOString();
            const live = account.readAt(asOf);
            const checked = validateHistory(historyInput(h, parseInstant(asOf), applied));
            if (!checked.ok) throw new Error(checked.errors[0]?.message);
            const fresh = readHistory(checked.history);
            expect(live.orders()).toEqual(fresh.orders());
            expect(live.messages()).toEqual(fresh.messages());
            expect(live.returns()).toEqual(fresh.returns());
            expect(live.claims()).toEqual(fresh.claims());
            expect(live.feedbackList()).toEqual(fresh.feedbackList());
            expect(live.chargebacks()).toEqual(fresh.chargebacks());
            expect(live.tasks()).toEqual(fresh.tasks());
            expect(live.health()).toEqual(fresh.health());
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
