/**
 * Derived events: what happens when a deadline passes unhandled, event by event, in full, at
 * the instants around each deadline, under both profiles; batch and live give the same. Expected
 * events are worked out from RET-48H, A2Z-REASONS and A2Z-AUTO.
 */
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { courseProfile } from '../../src/engine/profiles.ts';
import type { ConsequenceRules } from '../../src/engine/profiles.ts';
import { historyView } from '../../src/engine/report.ts';
import { consequencesBetween } from '../../src/engine/tasks.ts';
import type { DerivedEvent } from '../../src/engine/tasks.ts';
import { placed, validated } from './helpers.ts';

/** Derived events for deadlines passing in (from, to], by the batch view and by a live account. */
function between(
  events: readonly Record<string, unknown>[],
  from: string,
  to: string,
  profile = 'course',
): DerivedEvent[] {
  const history = validated({ profile, asOf: to, events });
  const batch = consequencesBetween(historyView(history), parseInstant(from), parseInstant(to));
  const account = createAccount({ profile: history.profile });
  account.applyAll(history.events);
  expect(account.consequencesBetween(from, to), 'live account').toEqual(batch);
  return batch;
}

/** A claim filed (and granted at the seller's cost, when `granted`) at `at`, as derived. */
function derivedClaim(
  rule: string,
  subject: string,
  orderId: string,
  reason: string,
  at: string,
  granted: boolean,
): DerivedEvent[] {
  const claimId = `derived:${rule}:${subject}`;
  const filed = { type: 'claim.filed', at, claimId, orderId, reason, rule, derived: true };
  const decided = {
    type: 'claim.decided',
    at,
    claimId,
    outcome: 'granted',
    fundedBy: 'seller',
    rule,
    derived: true,
  };
  return (granted ? [filed, decided] : [filed]) as DerivedEvent[];
}

describe('A2Z-REASONS, A2Z-AUTO: an order not delivered 3 days after its latest delivery date', () => {
  // deliverBy Friday 20 February: a claim can be filed once Monday 23 February has ended.
  const order = placed('A', '2026-02-10T10:00:00+01:00', { deliverBy: '2026-02-20' });
  const DUE = '2026-02-23T23:59:59+01:00';
  const JUST_AFTER = '2026-02-23T23:59:59.001+01:00';
  const FROM = '2026-02-10T12:00:00+01:00';
  const TO = '2026-03-01T00:00:00+01:00';
  const shipped = (trackingId?: string, at = '2026-02-11T10:00:00+01:00') => ({
    type: 'order.shipped',
    at,
    orderId: 'A',
    ...(trackingId === undefined ? {} : { trackingId }),
  });
  const noTracking = derivedClaim('A2Z-AUTO', 'A', 'A', 'no-tracking', DUE, true);
  const autoGranted = derivedClaim('A2Z-AUTO', 'A', 'A', 'not-delivered', DUE, true);
  const reasonToFile = derivedClaim('A2Z-REASONS', 'A', 'A', 'not-delivered', DUE, false);
  it.each<[string, string, Record<string, unknown>[], DerivedEvent[]]>([
    ['course: shipped without tracking: granted (A2Z-AUTO)', 'course', [shipped()], noTracking],
    ['course: shipped with an empty tracking ID: no tracking', 'course', [shipped('')], noTracking],
    [
      'course: shipped without tracking at the very instant the reason arises',
      'course',
      [shipped(undefined, DUE)],
      noTracking,
    ],
    [
      'course: shipped with tracking, not delivered: granted',
      'course',
      [shipped('T1')],
      autoGranted,
    ],
    ['course: never shipped: granted as not delivered', 'course', [], autoGranted],
    [
      'amazon-2026: no tracking: the buyer can file, no automatic decision',
      'amazon-2026',
      [shipped()],
      reasonToFile,
    ],
    [
      'amazon-2026: tracked, not delivered: the buyer can file',
      'amazon-2026',
      [shipped('T1')],
      reasonToFile,
    ],
    [
      'delivered exactly when the reason would arise: nothing',
      'course',
      [shipped(), { type: 'order.delivered', at: DUE, orderId: 'A' }],
      [],
    ],
    [
      'delivered a millisecond later: the claim comes first',
      'course',
      [shipped(), { type: 'order.delivered', at: JUST_AFTER, orderId: 'A' }],
      noTracking,
    ],
    [
      'cancelled exactly then: nothing',
      'course',
      [{ type: 'order.cancelled', at: DUE, orderId: 'A', by: 'seller' }],
      [],
    ],
    [
      'cancelled a millisecond later: the claim comes first',
      'amazon-2026',
      [{ type: 'order.cancelled', at: JUST_AFTER, orderId: 'A', by: 'buyer' }],
      reasonToFile,
    ],
    [
      'a claim the buyer filed exactly then: no second one',
      'course',
      [shipped(), { type: 'claim.filed', at: DUE, claimId: 'C', orderId: 'A' }],
      [],
    ],
    [
      'a claim the buyer files a millisecond later: the derived one comes first',
      'course',
      [shipped(), { type: 'claim.filed', at: JUST_AFTER, claimId: 'C', orderId: 'A' }],
      noTracking,
    ],
  ])('%s', (_name, profile, events, expected) => {
    expect(between([order, ...events], FROM, TO, profile)).toEqual(expected);
  });

  it('an order without a latest delivery date gets none', () => {
    expect(
      between([placed('B', '2026-02-10T10:00:00+01:00'), { ...shipped(), orderId: 'B' }], FROM, TO),
    ).toEqual([]);
  });

  it.each([
    ['ending exactly at it: included', FROM, DUE, noTracking],
    ['ending a millisecond before it: not yet', FROM, '2026-02-23T23:59:58.999+01:00', []],
    ['starting exactly at it: already past', DUE, TO, []],
    ['starting a millisecond before it: included', '2026-02-23T23:59:58.999+01:00', TO, noTracking],
  ])('the interval (from, to] %s', (_name, from, to, expected) => {
    expect(between([order, shipped()], from, to)).toEqual(expected);
  });
});

describe('RET-48H, A2Z-AUTO: a return request not answered, or answered without a label, in 48 h', () => {
  // Requested Thursday 12 February 10:00: due Saturday 14 February 10:00.
  const order = placed('A', '2026-02-10T10:00:00+01:00');
  const events = [
    order,
    { type: 'order.delivered', at: '2026-02-11T10:00:00+01:00', orderId: 'A' },
    { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
  ];
  const DUE = '2026-02-14T10:00:00+01:00';
  const JUST_AFTER = '2026-02-14T10:00:00.001+01:00';
  const answered = (at: string, labelSent: boolean) => ({
    type: 'return.answered',
    at,
    returnId: 'R',
    labelSent,
  });
  const unanswered = derivedClaim('RET-48H', 'R', 'A', 'return-not-answered', DUE, true);
  const withoutLabel = derivedClaim('A2Z-AUTO', 'R', 'A', 'return-without-label', DUE, true);
  it.each<[string, string, Record<string, unknown>[], DerivedEvent[]]>([
    ['course: unanswered: a claim decided for the buyer', 'course', [], unanswered],
    ['amazon-2026: unanswered: the same (RET-48H is in both)', 'amazon-2026', [], unanswered],
    ['answered with a label exactly at the deadline: nothing', 'course', [answered(DUE, true)], []],
    [
      'answered a millisecond late: unanswered at the deadline',
      'course',
      [answered(JUST_AFTER, true)],
      unanswered,
    ],
    [
      'course: answered without a label exactly at the deadline (A2Z-AUTO)',
      'course',
      [answered(DUE, false)],
      withoutLabel,
    ],
    [
      'amazon-2026: answered without a label: nothing (A2Z-AUTO is the course’s)',
      'amazon-2026',
      [answered('2026-02-13T10:00:00+01:00', false)],
      [],
    ],
    [
      'answered without a label, the label sent exactly at the deadline: nothing',
      'course',
      [answered('2026-02-13T10:00:00+01:00', false), answered(DUE, true)],
      [],
    ],
    [
      'answered without a label, the label sent a millisecond late',
      'course',
      [answered('2026-02-13T10:00:00+01:00', false), answered(JUST_AFTER, true)],
      withoutLabel,
    ],
    [
      'a claim on the order filed exactly at the deadline: no second one',
      'course',
      [{ type: 'claim.filed', at: DUE, claimId: 'C', orderId: 'A' }],
      [],
    ],
  ])('%s', (_name, profile, more, expected) => {
    expect(
      between(
        [...events, ...more],
        '2026-02-12T10:00:00+01:00',
        '2026-02-20T00:00:00+01:00',
        profile,
      ),
    ).toEqual(expected);
  });

  it('derived events come by the moment their deadline passed, then by subject', () => {
    const history = [
      placed('B', '2026-02-10T10:00:00+01:00', { deliverBy: '2026-02-11' }),
      placed('A2', '2026-02-10T10:00:00+01:00', { deliverBy: '2026-02-11' }),
      ...events,
      { type: 'return.requested', at: '2026-02-12T09:00:00+01:00', returnId: 'R0', orderId: 'A' },
    ];
    // The returns first (R0 due 14 February 09:00, R 10:00); then, at the end of 14 February
    // (deliverBy 11 February + 3 days), the orders never delivered: A2 before B.
    expect(
      between(history, '2026-02-12T00:00:00+01:00', '2026-02-20T00:00:00+01:00').map((e) => [
        e.type,
        e.claimId,
        e.at,
      ]),
    ).toEqual([
      ['claim.filed', 'derived:RET-48H:R0', '2026-02-14T09:00:00+01:00'],
      ['claim.decided', 'derived:RET-48H:R0', '2026-02-14T09:00:00+01:00'],
      ['claim.filed', 'derived:RET-48H:R', '2026-02-14T10:00:00+01:00'],
      ['claim.decided', 'derived:RET-48H:R', '2026-02-14T10:00:00+01:00'],
      ['claim.filed', 'derived:A2Z-AUTO:A2', '2026-02-14T23:59:59+01:00'],
      ['claim.decided', 'derived:A2Z-AUTO:A2', '2026-02-14T23:59:59+01:00'],
      ['claim.filed', 'derived:A2Z-AUTO:B', '2026-02-14T23:59:59+01:00'],
      ['claim.decided', 'derived:A2Z-AUTO:B', '2026-02-14T23:59:59+01:00'],
    ]);
  });
});

describe('RET-48H, A2Z-AUTO, A2Z-REASONS: what a profile derives is a parameter', () => {
  const history = validated({
    asOf: '2026-03-01T00:00:00+01:00',
    events: [
      placed('U', '2026-02-10T10:00:00+01:00', { deliverBy: '2026-02-20' }),
      { type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'U' },
      placed('T', '2026-02-10T10:00:00+01:00', { deliverBy: '2026-02-20' }),
      { type: 'order.shipped', at: '2026-02-11T10:00:00+01:00', orderId: 'T', trackingId: 'T1' },
      { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'T' },
    ],
  });
  const derived = (rules: Partial<ConsequenceRules>) => {
    const view = historyView(history);
    const profile = {
      ...courseProfile,
      consequences: { ...courseProfile.consequences, ...rules },
    };
    return consequencesBetween(
      { ...view, profile },
      parseInstant('2026-02-10T12:00:00+01:00'),
      parseInstant('2026-03-01T00:00:00+01:00'),
    )
      .filter((e) => e.type === 'claim.filed')
      .map((e) => [e.claimId, e.at, e.reason]);
  };
  const RETURN = ['derived:RET-48H:R', '2026-02-14T10:00:00+01:00', 'return-not-answered'];
  it.each<[string, Partial<ConsequenceRules>, (string | undefined)[][]]>([
    [
      'the course’s rules: the return, then both orders (the untracked one for its tracking)',
      {},
      [
        RETURN,
        ['derived:A2Z-AUTO:T', '2026-02-23T23:59:59+01:00', 'not-delivered'],
        ['derived:A2Z-AUTO:U', '2026-02-23T23:59:59+01:00', 'no-tracking'],
      ],
    ],
    [
      'no claim for an unanswered return',
      { returnUnanswered: false },
      [
        ['derived:A2Z-AUTO:T', '2026-02-23T23:59:59+01:00', 'not-delivered'],
        ['derived:A2Z-AUTO:U', '2026-02-23T23:59:59+01:00', 'no-tracking'],
      ],
    ],
    [
      'nothing for a late delivery, only for a missing tracking ID',
      { notDelivered: 'none' },
      [RETURN, ['derived:A2Z-AUTO:U', '2026-02-23T23:59:59+01:00', 'no-tracking']],
    ],
    ['nothing for orders at all', { notDelivered: 'none', noTracking: false }, [RETURN]],
    [
      'late deliveries granted, tracked or not, with no rule for tracking',
      { noTracking: false },
      [
        RETURN,
        ['derived:A2Z-AUTO:T', '2026-02-23T23:59:59+01:00', 'not-delivered'],
        ['derived:A2Z-AUTO:U', '2026-02-23T23:59:59+01:00', 'not-delivered'],
      ],
    ],
    [
      'no grace days: the reason arises when the delivery date ends',
      { notDeliveredGraceDays: 0, returnUnanswered: false },
      [
        ['derived:A2Z-AUTO:T', '2026-02-20T23:59:59+01:00', 'not-delivered'],
        ['derived:A2Z-AUTO:U', '2026-02-20T23:59:59+01:00', 'no-tracking'],
      ],
    ],
  ])('%s', (_name, rules, expected) => {
    expect(derived(rules)).toEqual(expected);
  });
});
