import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { historyView } from '../../src/engine/report.ts';
import { consequencesBetween, openTasks } from '../../src/engine/tasks.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import type { History, OrderEvent } from '../../src/engine/types.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { event, placed } from './helpers.ts';

const HOUR = 3_600_000;

function viewOf(asOf: string, events: Record<string, unknown>[], profile = 'course') {
  const result = validateHistory({ profile, asOf, events });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return historyView(result.history as History);
}

describe('open tasks with their deadline and time left', () => {
  const order = placed('A', '2026-02-16T09:00:00+01:00', { business: true });
  it.each([
    [
      'RESP-24H: a message waiting for a reply',
      [{ type: 'message.received', at: '2026-02-20T10:00:00+01:00', messageId: 'M', orderId: 'A' }],
      {
        kind: 'message',
        subject: 'M',
        orderId: 'A',
        dueAt: '2026-02-21T10:00:00+01:00',
        timeLeftMs: 18 * HOUR,
        overdue: false,
        rule: 'RESP-24H',
      },
    ],
    [
      'RET-48H: a return request',
      [{ type: 'return.requested', at: '2026-02-20T10:00:00+01:00', returnId: 'R', orderId: 'A' }],
      {
        kind: 'return',
        subject: 'R',
        orderId: 'A',
        dueAt: '2026-02-22T10:00:00+01:00',
        timeLeftMs: 42 * HOUR,
        rule: 'RET-48H',
      },
    ],
    [
      'IDR-DEF: an invoice after a Friday shipment',
      [{ type: 'order.shipped', at: '2026-02-20T12:00:00+01:00', orderId: 'A' }],
      {
        kind: 'invoice',
        subject: 'A',
        orderId: 'A',
        dueAt: '2026-02-23T23:59:59+01:00',
        rule: 'IDR-DEF',
      },
    ],
    [
      'NOTIFY-DAYS: a claim notification',
      [{ type: 'claim.filed', at: '2026-02-20T10:00:00+01:00', claimId: 'C', orderId: 'A' }],
      { kind: 'claim', subject: 'C', dueAt: '2026-02-23T10:00:00+01:00', rule: 'NOTIFY-DAYS' },
    ],
    [
      'NOTIFY-DAYS: a chargeback notification',
      [
        {
          type: 'chargeback.filed',
          at: '2026-02-20T10:00:00+01:00',
          chargebackId: 'B',
          orderId: 'A',
          reason: 'service',
        },
      ],
      { kind: 'chargeback', subject: 'B', dueAt: '2026-02-23T10:00:00+01:00', rule: 'NOTIFY-DAYS' },
    ],
  ])('%s', (_name, events, expected) => {
    expect(openTasks(viewOf('2026-02-20T16:00:00+01:00', [order, ...events]))).toEqual([
      expect.objectContaining(expected),
    ]);
  });

  it('keeps an overdue task open with negative time left', () => {
    const tasks = openTasks(
      viewOf('2026-02-21T11:00:00+01:00', [
        { type: 'message.received', at: '2026-02-20T10:00:00+01:00', messageId: 'M' },
      ]),
    );
    expect(tasks).toEqual([
      expect.objectContaining({ subject: 'M', timeLeftMs: -HOUR, overdue: true }),
    ]);
  });

  it.each([
    [
      'a replied message',
      [
        { type: 'message.received', at: '2026-02-20T10:00:00+01:00', messageId: 'M' },
        { type: 'message.replied', at: '2026-02-20T11:00:00+01:00', messageId: 'M' },
      ],
    ],
    ['a message answered only automatically is still open (RESP-AUTO)', null],
    [
      'a claim already decided',
      [
        order,
        { type: 'claim.filed', at: '2026-02-20T10:00:00+01:00', claimId: 'C', orderId: 'A' },
        {
          type: 'claim.decided',
          at: '2026-02-20T12:00:00+01:00',
          claimId: 'C',
          outcome: 'granted',
        },
      ],
    ],
    [
      'an uploaded invoice',
      [
        order,
        { type: 'order.shipped', at: '2026-02-20T12:00:00+01:00', orderId: 'A' },
        { type: 'invoice.uploaded', at: '2026-02-20T13:00:00+01:00', orderId: 'A' },
      ],
    ],
  ])('closes %s', (_name, events) => {
    if (events === null) {
      const tasks = openTasks(
        viewOf('2026-02-20T16:00:00+01:00', [
          { type: 'message.received', at: '2026-02-20T10:00:00+01:00', messageId: 'M' },
          {
            type: 'message.replied',
            at: '2026-02-20T10:01:00+01:00',
            messageId: 'M',
            automated: true,
          },
        ]),
      );
      expect(tasks).toHaveLength(1);
      return;
    }
    expect(openTasks(viewOf('2026-02-20T16:00:00+01:00', events))).toEqual([]);
  });

  it('the live account lists the same tasks, sorted by deadline', () => {
    const account = createAccount();
    account.apply(
      event({
        type: 'order.placed',
        at: '2026-02-16T09:00:00+01:00',
        orderId: 'A',
        fulfillment: 'FBM',
        business: true,
      }),
    );
    account.apply(
      event({
        type: 'return.requested',
        at: '2026-02-20T09:00:00+01:00',
        returnId: 'R',
        orderId: 'A',
      }),
    );
    account.apply(
      event({ type: 'message.received', at: '2026-02-20T10:00:00+01:00', messageId: 'M' }),
    );
    expect(account.openTasks('2026-02-20T16:00:00+01:00').map((t) => t.subject)).toEqual([
      'M',
      'R',
    ]);
  });
});

describe('derived events: what happens when a deadline passes', () => {
  const base = [placed('A', '2026-02-10T10:00:00+01:00', { deliverBy: '2026-02-20' })];
  const between = (
    events: Record<string, unknown>[],
    from: string,
    to: string,
    profile = 'course',
  ) =>
    consequencesBetween(
      viewOf(to, [...base, ...events], profile),
      parseInstant(from),
      parseInstant(to),
    );

  it('RET-48H: an unanswered return lets the buyer file an A-to-Z claim decided in their favour', () => {
    const events = between(
      [
        { type: 'order.delivered', at: '2026-02-12T10:00:00+01:00', orderId: 'A' },
        { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
      ],
      '2026-02-12T00:00:00+01:00',
      '2026-02-15T00:00:00+01:00',
    );
    expect(events).toEqual([
      {
        type: 'claim.filed',
        at: '2026-02-14T10:00:00+01:00',
        claimId: 'derived:RET-48H:R',
        orderId: 'A',
        reason: 'return-not-answered',
        rule: 'RET-48H',
        derived: true,
      },
      {
        type: 'claim.decided',
        at: '2026-02-14T10:00:00+01:00',
        claimId: 'derived:RET-48H:R',
        outcome: 'granted',
        fundedBy: 'seller',
        rule: 'RET-48H',
        derived: true,
      },
    ]);
  });

  it.each([
    [
      'course',
      'A2Z-AUTO: answered without a label within 48 h',
      [
        ['claim.filed', 'A2Z-AUTO'],
        ['claim.decided', 'A2Z-AUTO'],
      ],
    ],
    ['amazon-2026', "A2Z-AUTO is the course's: nothing", []],
  ])('%s, %s', (profile, _name, expected) => {
    const events = between(
      [
        { type: 'order.delivered', at: '2026-02-12T10:00:00+01:00', orderId: 'A' },
        { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
        {
          type: 'return.answered',
          at: '2026-02-12T12:00:00+01:00',
          returnId: 'R',
          labelSent: false,
        },
      ],
      '2026-02-12T00:00:00+01:00',
      '2026-02-15T00:00:00+01:00',
      profile,
    );
    expect(events.map((e) => [e.type, e.rule])).toEqual(expected);
  });

  it.each([
    [
      'course: no tracking, never delivered: filed when a reason first exists, 3 days after deliverBy (A2Z-REASONS), and granted (A2Z-AUTO)',
      'course',
      [{ type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'A' }],
      [
        ['claim.filed', 'A2Z-AUTO', '2026-02-23T23:59:59+01:00', 'no-tracking'],
        ['claim.decided', 'A2Z-AUTO', '2026-02-23T23:59:59+01:00', undefined],
      ],
    ],
    [
      'course: no tracking, delivered within the 3 days after deliverBy: nothing (A2Z-REASONS)',
      'course',
      [
        { type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'A' },
        { type: 'order.delivered', at: '2026-02-22T10:00:00+01:00', orderId: 'A' },
      ],
      [],
    ],
    [
      'course: tracked but not delivered 3 days after deliverBy (A2Z-AUTO, A2Z-REASONS)',
      'course',
      [{ type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'A', trackingId: 'T' }],
      [
        ['claim.filed', 'A2Z-AUTO', '2026-02-23T23:59:59+01:00', 'not-delivered'],
        ['claim.decided', 'A2Z-AUTO', '2026-02-23T23:59:59+01:00', undefined],
      ],
    ],
    [
      'amazon-2026: not delivered 3 days after deliverBy: the buyer can file (A2Z-REASONS), no automatic decision',
      'amazon-2026',
      [{ type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'A' }],
      [['claim.filed', 'A2Z-REASONS', '2026-02-23T23:59:59+01:00', 'not-delivered']],
    ],
    [
      'delivered in time: nothing',
      'course',
      [
        { type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'A' },
        { type: 'order.delivered', at: '2026-02-19T10:00:00+01:00', orderId: 'A' },
      ],
      [],
    ],
    [
      'cancelled: nothing',
      'course',
      [{ type: 'order.cancelled', at: '2026-02-11T10:00:00+01:00', orderId: 'A', by: 'buyer' }],
      [],
    ],
  ])('%s', (_name, profile, events, expected) => {
    const derived = between(
      events,
      '2026-02-10T12:00:00+01:00',
      '2026-03-01T00:00:00+01:00',
      profile,
    );
    expect(
      derived.map((e) => [e.type, e.rule, e.at, 'reason' in e ? e.reason : undefined]),
    ).toEqual(expected);
  });

  it('excludes the start of the interval and includes its end', () => {
    const events = [
      { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
      { type: 'order.delivered', at: '2026-02-12T10:00:00+01:00', orderId: 'A' },
    ];
    expect(between(events, '2026-02-14T10:00:00+01:00', '2026-02-15T00:00:00+01:00')).toEqual([]);
    expect(between(events, '2026-02-13T00:00:00+01:00', '2026-02-14T10:00:00+01:00')).toHaveLength(
      2,
    );
  });

  it('derived events apply as real events: the claim counts in ODR and is not derived twice', () => {
    const account = createAccount();
    account.applyAll([
      event({
        type: 'order.placed',
        at: '2026-02-10T10:00:00+01:00',
        orderId: 'A',
        fulfillment: 'FBM',
      }),
      event({ type: 'order.delivered', at: '2026-02-12T09:00:00+01:00', orderId: 'A' }),
      event({
        type: 'return.requested',
        at: '2026-02-12T10:00:00+01:00',
        returnId: 'R',
        orderId: 'A',
      }),
    ]);
    const derived = account.consequencesBetween(
      '2026-02-12T10:00:00+01:00',
      '2026-02-15T00:00:00+01:00',
    );
    account.applyAll(derived as OrderEvent[]);
    expect(account.report('2026-02-15T00:00:00+01:00').odr).toMatchObject({
      orders: 1,
      defective: 1,
      claims: 1,
    });
    expect(
      account.consequencesBetween('2026-02-12T10:00:00+01:00', '2026-02-15T00:00:00+01:00'),
    ).toEqual([]);
    expect(account.report('2026-02-15T00:00:00+01:00').violations.map((v) => v.rule)).toEqual([
      'RET-48H',
    ]);
  });
});
