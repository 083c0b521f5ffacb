/**
 * The desk's task list in the order a trainee works it: the earliest deadline first; at one
 * deadline messages, then returns, invoices, claims and chargebacks; then by subject. Read in
 * batch and from live accounts (whose open sets keep the order events came in), with the events
 * given in an order unlike the expected one. Deadlines are worked out from RESP-24H, RET-48H,
 * NOTIFY-DAYS and IDR-DEF.
 */
import { describe, expect, it } from 'vitest';
import { placed, readEveryWay } from './helpers.ts';

const HOUR = 3_600_000;
const SHARED_DUE = '2026-02-22T10:00:00+01:00';

// Amazon.de (Europe/Berlin, +01:00 in February), course profile.
const events = [
  placed('A', '2026-02-16T09:00:00+01:00', { business: true }),
  // IDR-DEF: confirmed Thursday 19 February, invoice due Friday 20 February 23:59:59.
  { type: 'order.shipped', at: '2026-02-19T12:00:00+01:00', orderId: 'A', trackingId: 'T1' },
  // NOTIFY-DAYS (course): 3 days, due Sunday 22 February 10:00.
  { type: 'claim.filed', at: '2026-02-19T10:00:00+01:00', claimId: 'C', orderId: 'A' },
  // A second claim at the same instant, listed after the first but first by its id.
  { type: 'claim.filed', at: '2026-02-19T10:00:00+01:00', claimId: 'B0', orderId: 'A' },
  {
    type: 'chargeback.filed',
    at: '2026-02-19T10:00:00+01:00',
    chargebackId: 'B',
    orderId: 'A',
    reason: 'service',
  },
  // RET-48H: due Sunday 22 February 10:00.
  { type: 'return.requested', at: '2026-02-20T10:00:00+01:00', returnId: 'R', orderId: 'A' },
  // RESP-24H: both due Sunday 22 February 10:00.
  { type: 'message.received', at: '2026-02-21T10:00:00+01:00', messageId: 'm-b' },
  { type: 'message.received', at: '2026-02-21T10:00:00+01:00', messageId: 'm-a' },
];

const tasksAt = (asOf: string, given: Record<string, unknown>[]) =>
  readEveryWay({ asOf, events: given }, (reading) =>
    reading.tasks().map((task) => [task.kind, task.subject, task.timeLeftMs, task.overdue]),
  );

describe('open tasks: earliest deadline, then kind, then subject', () => {
  it.each([
    ['events in time order', events],
    ['events in reverse', [...events].reverse()],
    [
      'chargeback and claim first',
      [events[0]!, events[4]!, events[3]!, events[2]!, events[1]!, ...events.slice(5)],
    ],
  ])('%s', (_name, given) => {
    // Read exactly at the shared deadline: those tasks have no time left but are not overdue;
    // the invoice passed its deadline 34 hours and a second before.
    expect(tasksAt(SHARED_DUE, given)).toEqual([
      ['invoice', 'A', -(34 * HOUR + 1000), true],
      ['message', 'm-a', 0, false],
      ['message', 'm-b', 0, false],
      ['return', 'R', 0, false],
      ['claim', 'B0', 0, false],
      ['claim', 'C', 0, false],
      ['chargeback', 'B', 0, false],
    ]);
  });

  it('a millisecond after the shared deadline every task is overdue, in the same order', () => {
    expect(tasksAt('2026-02-22T10:00:00.001+01:00', [...events].reverse())).toEqual([
      ['invoice', 'A', -(34 * HOUR + 1001), true],
      ['message', 'm-a', -1, true],
      ['message', 'm-b', -1, true],
      ['return', 'R', -1, true],
      ['claim', 'B0', -1, true],
      ['claim', 'C', -1, true],
      ['chargeback', 'B', -1, true],
    ]);
  });

  it('before the messages arrive and the shipment is confirmed, only what exists is listed', () => {
    expect(tasksAt('2026-02-19T11:00:00+01:00', [...events].reverse())).toEqual([
      ['claim', 'B0', 71 * HOUR, false],
      ['claim', 'C', 71 * HOUR, false],
      ['chargeback', 'B', 71 * HOUR, false],
    ]);
  });
});
