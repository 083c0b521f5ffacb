/**
 * Every deadline at the moments around it: the open task, the metric and the violation a
 * millisecond before, exactly at, and a millisecond after the deadline, and a task handled
 * exactly at the reading moment. Something done exactly at its deadline is on time; a deadline
 * has passed only once the moment is after it. Each case is read three ways (readEveryWay) and
 * its expected values are worked out from the facts and the contract.
 */
import { describe, expect, it } from 'vitest';
import type { AccountReading } from '../../src/engine/read-model.ts';
import { placed, readEveryWay } from './helpers.ts';

const HOUR = 3_600_000;

/** Monday 2 February 2026 (CET), a seller-fulfilled business order. */
const order = placed('A', '2026-02-02T10:00:00+01:00', { business: true });

/** The open tasks of a reading as [kind, subject, time left, overdue]. */
const tasksOf = (reading: AccountReading) =>
  reading.tasks().map((task) => [task.kind, task.subject, task.timeLeftMs, task.overdue]);
/** The violations of a reading as [rule, subject, at]. */
const violationsOf = (reading: AccountReading) =>
  reading.report().violations.map((v) => [v.rule, v.subject, v.at]);

describe('RESP-24H: a message received Friday 13 February 10:00, due Saturday 10:00', () => {
  const received = {
    type: 'message.received',
    at: '2026-02-13T10:00:00+01:00',
    messageId: 'M',
    orderId: 'A',
  };
  const replied = (at: string, automated = false) => ({
    type: 'message.replied',
    at,
    messageId: 'M',
    ...(automated ? { automated } : {}),
  });
  const noReplyNeeded = (at: string) => ({ type: 'message.noReplyNeeded', at, messageId: 'M' });
  const DUE = '2026-02-14T10:00:00+01:00';
  const JUST_BEFORE = '2026-02-14T09:59:59.999+01:00';
  const JUST_AFTER = '2026-02-14T10:00:00.001+01:00';
  const late = [['RESP-24H', 'M', DUE]];
  it.each([
    ['not received yet', [], '2026-02-13T09:59:59.999+01:00', [], [0, 0], []],
    ['the instant it is received', [], '2026-02-13T10:00:00+01:00', [24 * HOUR], [0, 0], []],
    ['unanswered, exactly at the deadline', [], DUE, [0], [0, 0], []],
    ['unanswered, a millisecond after', [], JUST_AFTER, [-1], [1, 1], late],
    ['RESP-24H: replied exactly at the deadline, read then', [replied(DUE)], DUE, [], [1, 0], []],
    [
      'replied at the deadline, read a millisecond before',
      [replied(DUE)],
      JUST_BEFORE,
      [1],
      [0, 0],
      [],
    ],
    [
      'RESP-24H: replied a millisecond late, read then',
      [replied(JUST_AFTER)],
      JUST_AFTER,
      [],
      [1, 1],
      late,
    ],
    [
      'RESP-NRR: marked no reply needed exactly at the deadline: leaves the count',
      [noReplyNeeded(DUE)],
      DUE,
      [],
      [0, 0],
      [],
    ],
    [
      'RESP-NRR: marked no reply needed a millisecond late: handled, late',
      [noReplyNeeded(JUST_AFTER)],
      JUST_AFTER,
      [],
      [1, 1],
      late,
    ],
    [
      'RESP-AUTO: an automated reply is no reply',
      [replied('2026-02-13T10:05:00+01:00', true)],
      JUST_AFTER,
      [-1],
      [1, 1],
      late,
    ],
    [
      'RESP-METRIC: a reply within the hours counts the message at once, on time',
      [replied('2026-02-13T12:00:00+01:00')],
      '2026-02-13T12:00:00+01:00',
      [],
      [1, 0],
      [],
    ],
    [
      'RESP-NRR: a reply and a "no reply needed" mark at one instant: the reply handles it',
      [noReplyNeeded('2026-02-13T12:00:00+01:00'), replied('2026-02-13T12:00:00+01:00')],
      JUST_AFTER,
      [],
      [1, 0],
      [],
    ],
    [
      'RESP-NRR: the first handling decides (a mark, then a reply)',
      [noReplyNeeded('2026-02-13T12:00:00+01:00'), replied('2026-02-13T13:00:00+01:00')],
      JUST_AFTER,
      [],
      [0, 0],
      [],
    ],
  ])('%s', (_name, handling, asOf, timeLeft, [messages, lateCount], violations) => {
    const read = readEveryWay({ asOf, events: [order, received, ...handling] }, (reading) => ({
      tasks: tasksOf(reading),
      lateResponse: [reading.report().lateResponse.messages, reading.report().lateResponse.late],
      violations: violationsOf(reading),
    }));
    expect(read).toEqual({
      tasks: timeLeft.map((left) => ['message', 'M', left, left < 0]),
      lateResponse: [messages, lateCount],
      violations,
    });
  });

  it('RESP-NRR: a message that needs no reply is never a task, a count or a violation', () => {
    const read = readEveryWay(
      { asOf: JUST_AFTER, events: [order, { ...received, needsReply: false }] },
      (reading) => [tasksOf(reading), reading.report().lateResponse, violationsOf(reading)],
    );
    expect(read).toEqual([[], expect.objectContaining({ messages: 0, late: 0 }), []]);
  });
});

describe('RET-48H: a return requested Friday 13 February 09:00, due Sunday 09:00', () => {
  const requested = {
    type: 'return.requested',
    at: '2026-02-13T09:00:00+01:00',
    returnId: 'R',
    orderId: 'A',
  };
  const answered = (at: string, labelSent = true) => ({
    type: 'return.answered',
    at,
    returnId: 'R',
    labelSent,
  });
  const DUE = '2026-02-15T09:00:00+01:00';
  const JUST_AFTER = '2026-02-15T09:00:00.001+01:00';
  const LATER = '2026-02-20T12:00:00+01:00';
  it.each([
    ['unanswered, exactly at the deadline', [], DUE, [0], []],
    ['unanswered, a millisecond after', [], JUST_AFTER, [-1], [['RET-48H', 'R', DUE]]],
    [
      'answered exactly at the reading moment',
      [answered('2026-02-14T12:00:00+01:00')],
      '2026-02-14T12:00:00+01:00',
      [],
      [],
    ],
    [
      'answered, read a millisecond before the answer',
      [answered('2026-02-14T12:00:00+01:00')],
      '2026-02-14T11:59:59.999+01:00',
      [21 * HOUR + 1],
      [],
    ],
    ['answered exactly at the deadline', [answered(DUE)], LATER, [], []],
    ['answered a millisecond late', [answered(JUST_AFTER)], LATER, [], [['RET-48H', 'R', DUE]]],
    [
      'answered in time without a label',
      [answered('2026-02-14T12:00:00+01:00', false)],
      LATER,
      [],
      [],
    ],
  ])('%s', (_name, answers, asOf, timeLeft, violations) => {
    const read = readEveryWay({ asOf, events: [order, requested, ...answers] }, (reading) => ({
      tasks: tasksOf(reading),
      violations: violationsOf(reading),
    }));
    expect(read).toEqual({
      tasks: timeLeft.map((left) => ['return', 'R', left, left < 0]),
      violations,
    });
  });
});

describe('NOTIFY-DAYS: a claim filed Thursday 12 February 10:00, due 3 days later', () => {
  const filed = {
    type: 'claim.filed',
    at: '2026-02-12T10:00:00+01:00',
    claimId: 'C',
    orderId: 'A',
  };
  const answered = (at: string) => ({ type: 'claim.answered', at, claimId: 'C' });
  const decided = (at: string) => ({ type: 'claim.decided', at, claimId: 'C', outcome: 'granted' });
  const DUE = '2026-02-15T10:00:00+01:00';
  const JUST_AFTER = '2026-02-15T10:00:00.001+01:00';
  const LATER = '2026-02-20T12:00:00+01:00';
  const SOON = '2026-02-13T12:00:00+01:00';
  const late = [['NOTIFY-DAYS', 'C', DUE]];
  it.each([
    ['unanswered, exactly at the deadline', [], DUE, [0], []],
    ['unanswered, a millisecond after', [], JUST_AFTER, [-1], late],
    ['answered exactly at the reading moment', [answered(SOON)], SOON, [], []],
    ['decided exactly at the reading moment', [decided(SOON)], SOON, [], []],
    ['answered exactly at the deadline', [answered(DUE)], LATER, [], []],
    [
      'decided exactly at the deadline, unanswered: no answer needed',
      [decided(DUE)],
      LATER,
      [],
      [],
    ],
    ['answered a millisecond late', [answered(JUST_AFTER)], LATER, [], late],
    ['decided a millisecond late, never answered', [decided(JUST_AFTER)], LATER, [], late],
    ['answered late but decided in time', [decided(DUE), answered(JUST_AFTER)], LATER, [], []],
  ])('%s', (_name, after, asOf, timeLeft, violations) => {
    const read = readEveryWay({ asOf, events: [order, filed, ...after] }, (reading) => ({
      tasks: tasksOf(reading),
      violations: violationsOf(reading),
    }));
    expect(read).toEqual({
      tasks: timeLeft.map((left) => ['claim', 'C', left, left < 0]),
      violations,
    });
  });
});

describe('NOTIFY-DAYS: a chargeback filed Thursday 12 February 10:00', () => {
  const filed = (reason = 'service') => ({
    type: 'chargeback.filed',
    at: '2026-02-12T10:00:00+01:00',
    chargebackId: 'K',
    orderId: 'A',
    reason,
  });
  const answered = (at: string) => ({ type: 'chargeback.answered', at, chargebackId: 'K' });
  const COURSE_DUE = '2026-02-15T10:00:00+01:00';
  const JUST_AFTER = '2026-02-15T10:00:00.001+01:00';
  const LATER = '2026-02-24T12:00:00+01:00';
  it.each([
    ['course: 3 days, exactly at the deadline', 'course', [], COURSE_DUE, [0], []],
    [
      'course: a millisecond after',
      'course',
      [],
      JUST_AFTER,
      [-1],
      [['NOTIFY-DAYS', 'K', COURSE_DUE]],
    ],
    [
      'answered exactly at the reading moment',
      'course',
      [answered('2026-02-13T12:00:00+01:00')],
      '2026-02-13T12:00:00+01:00',
      [],
      [],
    ],
    ['answered exactly at the deadline', 'course', [answered(COURSE_DUE)], LATER, [], []],
    [
      'answered a millisecond late',
      'course',
      [answered(JUST_AFTER)],
      LATER,
      [],
      [['NOTIFY-DAYS', 'K', COURSE_DUE]],
    ],
    [
      'amazon-2026: 7 days, so still open after the course’s 3',
      'amazon-2026',
      [],
      JUST_AFTER,
      [4 * 24 * HOUR - 1],
      [],
    ],
    [
      'amazon-2026: answered on day 7, at its deadline',
      'amazon-2026',
      [answered('2026-02-19T10:00:00+01:00')],
      LATER,
      [],
      [],
    ],
    [
      'amazon-2026: unanswered after day 7',
      'amazon-2026',
      [],
      LATER,
      [-(5 * 24 + 2) * HOUR],
      [['NOTIFY-DAYS', 'K', '2026-02-19T10:00:00+01:00']],
    ],
  ])('%s', (_name, profile, after, asOf, timeLeft, violations) => {
    const read = readEveryWay({ profile, asOf, events: [order, filed(), ...after] }, (reading) => ({
      tasks: tasksOf(reading),
      violations: violationsOf(reading),
    }));
    expect(read).toEqual({
      tasks: timeLeft.map((left) => ['chargeback', 'K', left, left < 0]),
      violations,
    });
  });
});

describe('IDR-DEF: shipped Tuesday 3 February 16:00, the invoice is due Wednesday 23:59:59', () => {
  const shipped = {
    type: 'order.shipped',
    at: '2026-02-03T16:00:00+01:00',
    orderId: 'A',
    trackingId: 'T',
  };
  const uploaded = (at: string) => ({ type: 'invoice.uploaded', at, orderId: 'A' });
  const DUE = '2026-02-04T23:59:59+01:00';
  const JUST_AFTER = '2026-02-04T23:59:59.001+01:00';
  const late = [['IDR-DEF', 'A', DUE]];
  // [orders, late, missing] of the IDR.
  it.each([
    ['not shipped yet', [], '2026-02-03T15:59:59.999+01:00', [], [0, 0, 0], []],
    [
      'the instant it is shipped: 31 h 59 min 59 s left',
      [],
      '2026-02-03T16:00:00+01:00',
      [(31 * 3600 + 59 * 60 + 59) * 1000],
      [0, 0, 0],
      [],
    ],
    ['no invoice, exactly at the deadline', [], DUE, [0], [0, 0, 0], []],
    ['no invoice, a millisecond after: missing', [], JUST_AFTER, [-1], [1, 0, 1], late],
    [
      'uploaded exactly at the deadline, read then: on time',
      [uploaded(DUE)],
      DUE,
      [],
      [1, 0, 0],
      [],
    ],
    [
      'uploaded exactly at the deadline, read a millisecond after: on time, no violation',
      [uploaded(DUE)],
      JUST_AFTER,
      [],
      [1, 0, 0],
      [],
    ],
    [
      'uploaded a millisecond late, read then',
      [uploaded(JUST_AFTER)],
      JUST_AFTER,
      [],
      [1, 1, 0],
      late,
    ],
    [
      'uploaded exactly at the reading moment, in time',
      [uploaded('2026-02-04T12:00:00+01:00')],
      '2026-02-04T12:00:00+01:00',
      [],
      [1, 0, 0],
      [],
    ],
    [
      'cancelled before the deadline: no invoice owed',
      [{ type: 'order.cancelled', at: '2026-02-04T12:00:00+01:00', orderId: 'A', by: 'buyer' }],
      JUST_AFTER,
      [],
      [0, 0, 0],
      [],
    ],
  ])('%s', (_name, after, asOf, timeLeft, [orders, lateCount, missing], violations) => {
    const read = readEveryWay({ asOf, events: [order, shipped, ...after] }, (reading) => ({
      tasks: tasksOf(reading),
      idr: [reading.report().idr.orders, reading.report().idr.late, reading.report().idr.missing],
      violations: violationsOf(reading),
    }));
    expect(read).toEqual({
      tasks: timeLeft.map((left) => ['invoice', 'A', left, left < 0]),
      idr: [orders, lateCount, missing],
      violations,
    });
  });

  it.each([
    [
      'IDR-DEF: a non-business order needs no invoice',
      {},
      [placed('A', '2026-02-02T10:00:00+01:00'), shipped],
    ],
    [
      'IDR-WINDOW: amazon.com asks for none (EU marketplaces only)',
      { marketplace: 'amazon.com', timeZone: 'Europe/Berlin' },
      [order, shipped],
    ],
  ])('%s: no task, no count, no violation', (_name, settings, events) => {
    const read = readEveryWay({ ...settings, asOf: JUST_AFTER, events }, (reading) => [
      tasksOf(reading),
      reading.report().idr.orders,
      violationsOf(reading),
    ]);
    expect(read).toEqual([[], 0, []]);
  });
});

describe('violations: sorted by the moment the deadline passed, then rule, then subject', () => {
  // RESP-24H 'A1' passes first; then, at one instant (Sunday 15 February 10:00), the NOTIFY-DAYS
  // of claim 'Z' and the RESP-24H of messages 'M9' and 'M10' ('M10' before 'M9' in code-unit
  // order); the IDR-DEF of order 'A' last, though its rule sorts first.
  const events = [
    placed('A', '2026-02-12T09:00:00+01:00', { business: true }),
    { type: 'order.shipped', at: '2026-02-13T09:00:00+01:00', orderId: 'A' },
    { type: 'message.received', at: '2026-02-13T08:00:00+01:00', messageId: 'A1' },
    { type: 'message.received', at: '2026-02-14T10:00:00+01:00', messageId: 'M9' },
    { type: 'message.received', at: '2026-02-14T10:00:00+01:00', messageId: 'M10' },
    { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'Z', orderId: 'A' },
  ];
  const expected = [
    ['RESP-24H', 'A1', '2026-02-14T08:00:00+01:00'],
    ['NOTIFY-DAYS', 'Z', '2026-02-15T10:00:00+01:00'],
    ['RESP-24H', 'M10', '2026-02-15T10:00:00+01:00'],
    ['RESP-24H', 'M9', '2026-02-15T10:00:00+01:00'],
    ['IDR-DEF', 'A', '2026-02-16T23:59:59+01:00'],
  ];
  it.each([
    ['in file order', events],
    ['in reverse file order', [...events].reverse()],
  ])('%s', (_name, given) => {
    expect(
      readEveryWay({ asOf: '2026-02-20T12:00:00+01:00', events: given }, violationsOf),
    ).toEqual(expected);
  });
});
