import { describe, expect, it } from 'vitest';
import {
  parseInstant,
  replyClocksOf,
  historyView,
  validateHistory,
} from '../../src/engine/index.ts';

/** One message received at `received` and first handled at `handled` (or never), read at `asOf`. */
function clocksOf(received: string, handled: string | null, asOf: string, noReply = false) {
  const result = validateHistory({
    marketplace: 'amazon.de',
    asOf,
    events: [
      { type: 'message.received', at: received, messageId: 'M1' },
      ...(handled
        ? [
            noReply
              ? { type: 'message.noReplyNeeded', at: handled, messageId: 'M1' }
              : { type: 'message.replied', at: handled, messageId: 'M1' },
          ]
        : []),
    ],
  });
  if (!result.ok) throw new Error('invalid history');
  return replyClocksOf(historyView(result.history), parseInstant('2026-11-01T00:00:00+01:00'));
}

describe('the same message on Amazon’s clock and on Kaufland’s', () => {
  // Friday 6 November 2026 is a working day; 7 and 8 November are the weekend (German time).
  it.each([
    // [case, received, handled, asOf, Amazon due, Kaufland due, Amazon verdict, Kaufland verdict]
    [
      'RESP-KAUFLAND: Friday 15:00 is due on Tuesday 15:00; a Monday reply is late only on Amazon (RESP-24H)',
      '2026-11-06T15:00:00+01:00',
      '2026-11-09T10:00:00+01:00',
      '2026-11-10T18:00:00+01:00',
      '2026-11-07T15:00:00+01:00',
      '2026-11-10T15:00:00+01:00',
      'late',
      'on-time',
    ],
    [
      'RESP-KAUFLAND: Saturday 10:00 starts its clock on Monday 00:00, due Wednesday 00:00; RESP-ALLDAYS: Amazon on Sunday',
      '2026-11-07T10:00:00+01:00',
      '2026-11-07T12:00:00+01:00',
      '2026-11-09T12:00:00+01:00',
      '2026-11-08T10:00:00+01:00',
      '2026-11-11T00:00:00+01:00',
      'on-time',
      'on-time',
    ],
    [
      'RESP-KAUFLAND: unanswered on Monday noon, late on Amazon, still open on Kaufland',
      '2026-11-07T10:00:00+01:00',
      null,
      '2026-11-09T12:00:00+01:00',
      '2026-11-08T10:00:00+01:00',
      '2026-11-11T00:00:00+01:00',
      'late',
      'open',
    ],
    [
      'RESP-KAUFLAND: a Monday message answered on Thursday is late on both',
      '2026-11-09T09:00:00+01:00',
      '2026-11-12T09:30:00+01:00',
      '2026-11-13T09:00:00+01:00',
      '2026-11-10T09:00:00+01:00',
      '2026-11-11T09:00:00+01:00',
      'late',
      'late',
    ],
  ])('%s', (_case, received, handled, asOf, amazonDue, kauflandDue, amazon, kaufland) => {
    expect(clocksOf(received, handled, asOf)).toEqual([
      {
        messageId: 'M1',
        orderId: null,
        receivedAt: received,
        amazonDueAt: amazonDue,
        kauflandDueAt: kauflandDue,
        handledAt: handled,
        amazon,
        kaufland,
      },
    ]);
  });

  it('RESP-NRR: a "No response required" mark in time is no reply and no late one, on both clocks', () => {
    const [clocks] = clocksOf(
      '2026-11-06T15:00:00+01:00',
      '2026-11-06T16:00:00+01:00',
      '2026-11-10T18:00:00+01:00',
      true,
    );
    expect(clocks).toMatchObject({ amazon: 'no-reply-needed', kaufland: 'no-reply-needed' });
  });

  it('lists only messages received from the given moment on', () => {
    expect(clocksOf('2026-10-30T10:00:00+01:00', null, '2026-11-02T10:00:00+01:00')).toEqual([]);
  });
});
