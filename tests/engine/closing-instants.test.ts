/**
 * What closes a count or a consequence, read at the very instant it happens: a cancellation
 * takes an order out of IDR and closes its invoice task at once (IDR-DEF); a claim filed by a
 * return's deadline, among others filed later, spares the order the RET-48H claim; a claim id
 * the account already holds is never produced again. Batch and live readings agree in each case.
 */
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { historyView } from '../../src/engine/report.ts';
import { consequencesBetween } from '../../src/engine/tasks.ts';
import type { DerivedEvent } from '../../src/engine/tasks.ts';
import { placed, readEveryWay, validated } from './helpers.ts';

describe('IDR-DEF: a cancellation counts from its own instant', () => {
  // Business orders placed Monday 16 February (CET) and shipped at noon: invoices due Tuesday
  // 23:59:59. A's invoice is in at 13:00; B has none. Both are cancelled at 14:00.
  const events = [
    placed('A', '2026-02-16T09:00:00+01:00', { business: true }),
    placed('B', '2026-02-16T09:00:00+01:00', { business: true }),
    { type: 'order.shipped', at: '2026-02-16T12:00:00+01:00', orderId: 'A', trackingId: 'TA' },
    { type: 'order.shipped', at: '2026-02-16T12:00:00+01:00', orderId: 'B', trackingId: 'TB' },
    { type: 'invoice.uploaded', at: '2026-02-16T13:00:00+01:00', orderId: 'A' },
    { type: 'order.cancelled', at: '2026-02-16T14:00:00+01:00', orderId: 'A', by: 'buyer' },
    { type: 'order.cancelled', at: '2026-02-16T14:00:00+01:00', orderId: 'B', by: 'buyer' },
  ];
  const read = (asOf: string) =>
    readEveryWay({ asOf, events }, (reading) => {
      const { orders, defective } = reading.report().idr;
      return { orders, defective, tasks: reading.tasks().map((t) => [t.kind, t.subject]) };
    });
  it.each([
    // A counts (its invoice is in, on time); B's deadline has not passed, so it waits as a task.
    [
      'a millisecond before the cancellations',
      '2026-02-16T13:59:59.999+01:00',
      1,
      [['invoice', 'B']],
    ],
    ['at the instant of the cancellations', '2026-02-16T14:00:00+01:00', 0, []],
    ['after the invoice deadline', '2026-02-18T12:00:00+01:00', 0, []],
  ])('%s', (_name, asOf, orders, tasks) => {
    expect(read(asOf)).toEqual({ orders, defective: 0, tasks });
  });
});

/** Derived events in (from, to], from the batch view and from a live account (which must agree). */
function between(events: readonly Record<string, unknown>[], from: string, to: string) {
  const history = validated({ asOf: to, events });
  const batch = consequencesBetween(historyView(history), parseInstant(from), parseInstant(to));
  const account = createAccount();
  account.applyAll(history.events);
  expect(account.consequencesBetween(from, to), 'live account').toEqual(batch);
  return batch.map((e: DerivedEvent) => [e.type, e.claimId, e.at]);
}

describe('RET-48H: an unanswered return and the claims already on its order', () => {
  // Requested Thursday 12 February 10:00: due Saturday 14 February 10:00, never answered.
  const events = [
    placed('A', '2026-02-10T10:00:00+01:00'),
    { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
  ];
  const claim = (claimId: string, at: string) => ({
    type: 'claim.filed',
    at,
    claimId,
    orderId: 'A',
  });
  const FROM = '2026-02-12T00:00:00+01:00';
  const TO = '2026-02-20T00:00:00+01:00';
  const derived = [
    ['claim.filed', 'derived:RET-48H:R', '2026-02-14T10:00:00+01:00'],
    ['claim.decided', 'derived:RET-48H:R', '2026-02-14T10:00:00+01:00'],
  ];

  it('no claim on the order: the buyer’s claim is filed and granted at the deadline', () => {
    expect(between(events, FROM, TO)).toEqual(derived);
  });

  it('one claim filed by the deadline, another after it: no second claim', () => {
    const claims = [
      claim('C-after', '2026-02-16T10:00:00+01:00'),
      claim('C-before', '2026-02-13T10:00:00+01:00'),
    ];
    expect(between([...events, ...claims], FROM, TO)).toEqual([]);
  });

  it('claims filed only after the deadline do not stop it', () => {
    const claims = [
      claim('C1', '2026-02-16T10:00:00+01:00'),
      claim('C2', '2026-02-17T10:00:00+01:00'),
    ];
    expect(between([...events, ...claims], FROM, TO)).toEqual(derived);
  });

  it('an id the account already holds is not produced again (it would be a duplicate)', () => {
    // A claim under the derived id, filed after the deadline: the account already has that id.
    const taken = claim('derived:RET-48H:R', '2026-02-16T10:00:00+01:00');
    expect(between([...events, taken], FROM, TO)).toEqual([]);
  });
});
