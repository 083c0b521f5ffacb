/**
 * The engine's decisions where the contract was silent (issue "One account, one truth", item 7),
 * each a table citing its fact ID; the engine README has a line for each.
 */
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import {
  judgeSideBySide,
  kauflandPack,
  workingDeadline,
} from '../../src/engine/marketplace-packs.ts';
import { historyView } from '../../src/engine/report.ts';
import { zoneClock } from '../../src/engine/time.ts';
import { formatValidationError, validateHistory } from '../../src/engine/validate.ts';
import { event, placed, reportOf } from './helpers.ts';

describe('A2Z-COUNTS: a later claim.decided replaces an earlier one (an appeal)', () => {
  const order = placed('A', '2026-01-20T10:00:00+01:00');
  const filed = {
    type: 'claim.filed',
    at: '2026-01-25T10:00:00+01:00',
    claimId: 'C',
    orderId: 'A',
  };
  const decided = (at: string, outcome: string, fundedBy?: string) => ({
    type: 'claim.decided',
    at,
    claimId: 'C',
    outcome,
    ...(fundedBy === undefined ? {} : { fundedBy }),
  });
  const denied = decided('2026-02-01T10:00:00+01:00', 'denied');
  const grantedOnAppeal = decided('2026-02-25T10:00:00+01:00', 'granted', 'seller');
  const granted = decided('2026-02-01T10:00:00+01:00', 'granted', 'seller');
  const deniedOnAppeal = decided('2026-02-25T10:00:00+01:00', 'denied');
  // amazon-2026 counts the ODR window up to 14 days before asOf: these asOf dates keep the order in.
  it.each([
    [
      'amazon-2026: denied, then granted on appeal: a defect',
      'amazon-2026',
      [denied, grantedOnAppeal],
      '2026-03-12T12:00:00+01:00',
      1,
    ],
    [
      'amazon-2026: read between the two: the denial is in force',
      'amazon-2026',
      [denied, grantedOnAppeal],
      '2026-02-16T12:00:00+01:00',
      0,
    ],
    [
      'amazon-2026: granted, then denied on appeal: no defect',
      'amazon-2026',
      [granted, deniedOnAppeal],
      '2026-03-12T12:00:00+01:00',
      0,
    ],
    [
      'amazon-2026: read between: the grant is in force',
      'amazon-2026',
      [granted, deniedOnAppeal],
      '2026-02-16T12:00:00+01:00',
      1,
    ],
    [
      'amazon-2026: the same events in the other order',
      'amazon-2026',
      [grantedOnAppeal, denied],
      '2026-03-12T12:00:00+01:00',
      1,
    ],
    [
      'course: a claim counts whatever its decisions',
      'course',
      [granted, deniedOnAppeal],
      '2026-03-12T12:00:00+01:00',
      1,
    ],
  ])('%s', (_name, profile, decisions, asOf, claims) => {
    const report = reportOf({ profile, asOf, events: [order, filed, ...decisions] });
    expect(report.odr.claims).toBe(claims);
  });

  it('a live account read at an earlier moment sees the decision in force then', () => {
    const account = createAccount({ profile: 'amazon-2026' });
    account.applyAll([order, filed, grantedOnAppeal, denied].map(event));
    expect(account.report('2026-03-12T12:00:00+01:00').odr.claims).toBe(1);
    // 16 February: only the denial was made.
    expect(account.report('2026-02-16T12:00:00+01:00').odr.claims).toBe(0);
  });
});

describe('IDR-DEF: a missed invoice deadline stays a violation when the order is cancelled afterwards', () => {
  // Shipped Friday 20 February: the deadline is Monday 23 February 23:59:59.
  const events = (cancelledAt: string) => [
    placed('A', '2026-02-20T10:00:00+01:00', { business: true }),
    { type: 'order.shipped', at: '2026-02-20T16:00:00+01:00', orderId: 'A', trackingId: 'T' },
    { type: 'order.cancelled', at: cancelledAt, orderId: 'A', by: 'buyer' },
  ];
  it.each([
    [
      'cancelled after the deadline: the violation stays',
      '2026-02-25T10:00:00+01:00',
      [['IDR-DEF', 'A', '2026-02-23T23:59:59+01:00']],
    ],
    ['cancelled exactly at the deadline: no invoice owed', '2026-02-23T23:59:59+01:00', []],
    ['cancelled before the deadline: no invoice owed', '2026-02-23T10:00:00+01:00', []],
  ])('%s; the IDR does not count it either way', (_name, cancelledAt, violations) => {
    const report = reportOf({ asOf: '2026-03-02T12:00:00+01:00', events: events(cancelledAt) });
    expect(report.violations.map((v) => [v.rule, v.subject, v.at])).toEqual(violations);
    expect(report.idr.orders).toBe(0);
  });
});

describe('NOTIFY-DAYS: a fraud chargeback still needs its answer in time; only the ODR leaves it out (CB-WHO)', () => {
  it.each([
    ['course: 3 days', 'course', '2026-02-15T10:00:00+01:00'],
    ['amazon-2026: 7 days', 'amazon-2026', '2026-02-19T10:00:00+01:00'],
  ])('%s', (_name, profile, deadline) => {
    const report = reportOf({
      profile,
      asOf: '2026-03-02T12:00:00+01:00',
      events: [
        placed('A', '2026-02-10T10:00:00+01:00'),
        {
          type: 'chargeback.filed',
          at: '2026-02-12T10:00:00+01:00',
          chargebackId: 'B',
          orderId: 'A',
          reason: 'fraud',
        },
      ],
    });
    expect(report.violations).toEqual([{ rule: 'NOTIFY-DAYS', subject: 'B', at: deadline }]);
    expect(report.odr.chargebacks).toBe(0);
  });
});

describe('RESP-KAUFLAND (help): the 48 h reply clock runs on working days only', () => {
  const clock = zoneClock('Europe/Berlin');
  it.each([
    ['Tuesday 10:00: Thursday 10:00', '2026-02-24T10:00:00+01:00', '2026-02-26T10:00:00+01:00'],
    [
      'Friday 15:00: Tuesday 15:00 (the weekend does not count)',
      '2026-02-27T15:00:00+01:00',
      '2026-03-03T15:00:00+01:00',
    ],
    [
      'Saturday 10:00: the clock starts on Monday, due Wednesday 00:00',
      '2026-02-28T10:00:00+01:00',
      '2026-03-04T00:00:00+01:00',
    ],
    ['Thursday 12:00: Monday 12:00', '2026-02-26T12:00:00+01:00', '2026-03-02T12:00:00+01:00'],
    // Summer time starts on Sunday 29 March: the weekend's short day does not count.
    [
      'Friday 27 March 18:00 (CET): Tuesday 18:00 (CEST)',
      '2026-03-27T18:00:00+01:00',
      '2026-03-31T18:00:00+02:00',
    ],
  ])('a message received %s', (_name, received, due) => {
    const deadline = workingDeadline(
      clock,
      parseInstant(received),
      kauflandPack.replyHours,
      kauflandPack.workingWeekdays,
    );
    expect(clock.formatInstant(deadline)).toBe(due);
  });

  it.each([
    [
      'a reply on Tuesday 14:00 to a Friday 15:00 message is on time',
      '2026-03-10T14:00:00+01:00',
      1,
    ],
    ['a reply on Tuesday 16:00 is late', '2026-03-10T16:00:00+01:00', 0],
  ])('%s', (_name, repliedAt, onTime) => {
    const asOf = '2026-03-11T12:00:00+01:00'; // last full week: Mon 2 .. Sun 8 March
    const result = validateHistory({
      asOf,
      events: [
        { type: 'message.received', at: '2026-03-06T15:00:00+01:00', messageId: 'M' },
        { type: 'message.replied', at: repliedAt, messageId: 'M' },
      ],
    });
    if (!result.ok) throw new Error('invalid');
    expect(judgeSideBySide(historyView(result.history), asOf).kaufland).toMatchObject({
      messages: 1,
      onTime,
    });
  });
});

describe('an event dated before its subject exists is invalid input', () => {
  const base = (events: unknown[]) => ({ asOf: '2026-03-02T12:00:00+01:00', events });
  const order = placed('A1', '2026-02-20T10:00:00+01:00');
  it.each([
    [
      'a shipment before its order was placed',
      [order, { type: 'order.shipped', at: '2026-02-20T09:00:00+01:00', orderId: 'A1' }],
      'events[1].at: before order "A1" was placed (events[0])',
    ],
    [
      'a claim before its order was placed (the order later in the file)',
      [
        { type: 'claim.filed', at: '2026-02-19T10:00:00+01:00', claimId: 'C', orderId: 'A1' },
        order,
      ],
      'events[0].at: before order "A1" was placed (events[1])',
    ],
    [
      'a reply before its message was received',
      [
        { type: 'message.received', at: '2026-02-21T10:00:00+01:00', messageId: 'M' },
        { type: 'message.replied', at: '2026-02-21T09:59:00+01:00', messageId: 'M' },
      ],
      'events[1].at: before message "M" was received (events[0])',
    ],
    [
      'a message about an order not placed yet',
      [
        order,
        {
          type: 'message.received',
          at: '2026-02-19T10:00:00+01:00',
          messageId: 'M',
          orderId: 'A1',
        },
      ],
      'events[1].at: before order "A1" was placed (events[0])',
    ],
    [
      'a feedback removal before the feedback',
      [
        order,
        {
          type: 'feedback.posted',
          at: '2026-02-22T10:00:00+01:00',
          feedbackId: 'F',
          orderId: 'A1',
          rating: 1,
        },
        { type: 'feedback.removed', at: '2026-02-21T10:00:00+01:00', feedbackId: 'F' },
      ],
      'events[2].at: before feedback "F" was posted (events[1])',
    ],
    [
      'a claim decision before the claim',
      [
        order,
        { type: 'claim.filed', at: '2026-02-22T10:00:00+01:00', claimId: 'C', orderId: 'A1' },
        {
          type: 'claim.decided',
          at: '2026-02-21T10:00:00+01:00',
          claimId: 'C',
          outcome: 'granted',
        },
      ],
      'events[2].at: before claim "C" was filed (events[1])',
    ],
  ])('%s', (_name, events, message) => {
    const result = validateHistory(base(events));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatValidationError)).toEqual([message]);
  });

  it('the same instant is fine', () => {
    const result = validateHistory(
      base([order, { type: 'order.shipped', at: '2026-02-20T10:00:00+01:00', orderId: 'A1' }]),
    );
    expect(result.ok).toBe(true);
  });
});
