import { describe, expect, it } from 'vitest';
import { placed, reportOf } from './helpers.ts';

const ASOF = '2026-04-30T12:00:00+02:00';

describe('violations: one entry per missed deadline, at the moment it passed', () => {
  const order = placed('A', '2026-02-10T10:00:00+01:00');
  it.each([
    [
      'RET-48H: an unanswered return request',
      [{ type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' }],
      [['RET-48H', 'R', '2026-02-14T10:00:00+01:00']],
    ],
    [
      'RET-48H: answered exactly at 48 h is in time',
      [
        { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
        { type: 'return.answered', at: '2026-02-14T10:00:00+01:00', returnId: 'R' },
      ],
      [],
    ],
    [
      'RET-48H: answered without a label is still an answer',
      [
        { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
        {
          type: 'return.answered',
          at: '2026-02-13T10:00:00+01:00',
          returnId: 'R',
          labelSent: false,
        },
      ],
      [],
    ],
    [
      'RET-48H: answered late',
      [
        { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
        { type: 'return.answered', at: '2026-02-15T10:00:00+01:00', returnId: 'R' },
      ],
      [['RET-48H', 'R', '2026-02-14T10:00:00+01:00']],
    ],
    [
      'NOTIFY-DAYS: a claim unanswered for 3 days',
      [{ type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C', orderId: 'A' }],
      [['NOTIFY-DAYS', 'C', '2026-02-15T10:00:00+01:00']],
    ],
    [
      'NOTIFY-DAYS: a claim answered within 3 days',
      [
        { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C', orderId: 'A' },
        { type: 'claim.answered', at: '2026-02-15T10:00:00+01:00', claimId: 'C' },
      ],
      [],
    ],
    [
      'NOTIFY-DAYS: a claim decided before its deadline needs no answer',
      [
        { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C', orderId: 'A' },
        { type: 'claim.decided', at: '2026-02-13T10:00:00+01:00', claimId: 'C', outcome: 'denied' },
      ],
      [],
    ],
    [
      'NOTIFY-DAYS: 3 calendar days on the wall clock across the DST change',
      [{ type: 'claim.filed', at: '2026-03-27T10:00:00+01:00', claimId: 'C', orderId: 'A' }],
      [['NOTIFY-DAYS', 'C', '2026-03-30T10:00:00+02:00']],
    ],
    [
      'NOTIFY-DAYS: a chargeback unanswered for 3 days (course)',
      [
        {
          type: 'chargeback.filed',
          at: '2026-02-12T10:00:00+01:00',
          chargebackId: 'B',
          orderId: 'A',
          reason: 'fraud',
        },
      ],
      [['NOTIFY-DAYS', 'B', '2026-02-15T10:00:00+01:00']],
    ],
    [
      'NOTIFY-DAYS: a chargeback answered in time',
      [
        {
          type: 'chargeback.filed',
          at: '2026-02-12T10:00:00+01:00',
          chargebackId: 'B',
          orderId: 'A',
          reason: 'service',
        },
        { type: 'chargeback.answered', at: '2026-02-14T10:00:00+01:00', chargebackId: 'B' },
      ],
      [],
    ],
  ])('%s', (_name, events, expected) => {
    const report = reportOf({ asOf: ASOF, events: [order, ...events] });
    expect(report.violations).toEqual(
      expected.map(([rule, subject, at]) => ({ rule, subject, at })),
    );
  });

  it('NOTIFY-DAYS amazon-2026: chargebacks get 7 calendar days, claims 3', () => {
    const events = [
      order,
      {
        type: 'chargeback.filed',
        at: '2026-02-12T10:00:00+01:00',
        chargebackId: 'B',
        orderId: 'A',
        reason: 'service',
      },
      { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C', orderId: 'A' },
    ];
    expect(reportOf({ profile: 'amazon-2026', asOf: ASOF, events }).violations).toEqual([
      { rule: 'NOTIFY-DAYS', subject: 'C', at: '2026-02-15T10:00:00+01:00' },
      { rule: 'NOTIFY-DAYS', subject: 'B', at: '2026-02-19T10:00:00+01:00' },
    ]);
  });

  it('lists a deadline only once it has passed by asOf', () => {
    const events = [
      order,
      { type: 'return.requested', at: '2026-02-12T10:00:00+01:00', returnId: 'R', orderId: 'A' },
    ];
    expect(reportOf({ asOf: '2026-02-14T10:00:00+01:00', events }).violations).toEqual([]);
    expect(reportOf({ asOf: '2026-02-14T10:00:01+01:00', events }).violations).toHaveLength(1);
  });

  it('covers the whole history, sorted by at, then rule, then subject', () => {
    const events = [
      placed('B', '2025-06-10T10:00:00+02:00', { business: true }),
      { type: 'order.shipped', at: '2025-06-13T10:00:00+02:00', orderId: 'B' }, // Friday: due Monday 16 June 23:59:59
      order,
      { type: 'message.received', at: '2026-02-11T10:00:00+01:00', messageId: 'M2' },
      { type: 'message.received', at: '2026-02-11T10:00:00+01:00', messageId: 'M1' },
      { type: 'return.requested', at: '2026-02-10T10:00:00+01:00', returnId: 'R', orderId: 'A' }, // 48 h: also 2026-02-12T10:00
    ];
    expect(reportOf({ asOf: ASOF, events }).violations).toEqual([
      { rule: 'IDR-DEF', subject: 'B', at: '2025-06-16T23:59:59+02:00' },
      { rule: 'RESP-24H', subject: 'M1', at: '2026-02-12T10:00:00+01:00' },
      { rule: 'RESP-24H', subject: 'M2', at: '2026-02-12T10:00:00+01:00' },
      { rule: 'RET-48H', subject: 'R', at: '2026-02-12T10:00:00+01:00' },
    ]);
  });
});

describe('every event type of the contract', () => {
  it('measures a history that uses all seventeen event types', () => {
    const events = [
      placed('A', '2026-02-16T09:00:00+01:00', {
        business: true,
        shipBy: '2026-02-17',
        deliverBy: '2026-02-20',
      }),
      placed('B', '2026-02-16T09:00:00+01:00', { fulfillment: 'FBA' }),
      { type: 'order.shipped', at: '2026-02-17T15:00:00+01:00', orderId: 'A', trackingId: '1Z' }, // Tuesday: due Wednesday
      { type: 'order.delivered', at: '2026-02-19T12:00:00+01:00', orderId: 'A' },
      { type: 'order.cancelled', at: '2026-02-16T10:00:00+01:00', orderId: 'B', by: 'buyer' },
      { type: 'invoice.uploaded', at: '2026-02-19T09:00:00+01:00', orderId: 'A' }, // late (after Wed 23:59:59)
      { type: 'message.received', at: '2026-02-18T10:00:00+01:00', messageId: 'M1', orderId: 'A' },
      { type: 'message.replied', at: '2026-02-18T11:00:00+01:00', messageId: 'M1' },
      { type: 'message.received', at: '2026-02-18T10:00:00+01:00', messageId: 'M2' },
      { type: 'message.noReplyNeeded', at: '2026-02-18T10:30:00+01:00', messageId: 'M2' },
      { type: 'return.requested', at: '2026-02-21T10:00:00+01:00', returnId: 'R', orderId: 'A' },
      { type: 'return.answered', at: '2026-02-21T12:00:00+01:00', returnId: 'R', labelSent: true },
      {
        type: 'claim.filed',
        at: '2026-02-22T10:00:00+01:00',
        claimId: 'C',
        orderId: 'A',
        reason: 'not as described',
      },
      { type: 'claim.answered', at: '2026-02-23T10:00:00+01:00', claimId: 'C' },
      { type: 'claim.decided', at: '2026-02-26T10:00:00+01:00', claimId: 'C', outcome: 'denied' },
      {
        type: 'feedback.posted',
        at: '2026-02-22T11:00:00+01:00',
        feedbackId: 'F',
        orderId: 'A',
        rating: 1,
        comment: 'bad',
      },
      { type: 'feedback.removed', at: '2026-02-24T11:00:00+01:00', feedbackId: 'F' },
      {
        type: 'chargeback.filed',
        at: '2026-02-23T10:00:00+01:00',
        chargebackId: 'X',
        orderId: 'B',
        reason: 'fraud',
      },
      { type: 'chargeback.answered', at: '2026-02-24T10:00:00+01:00', chargebackId: 'X' },
    ];
    expect(reportOf({ asOf: '2026-03-02T12:00:00+01:00', events })).toEqual({
      asOf: '2026-03-02T12:00:00+01:00',
      profile: 'course',
      // A: claim counts whatever the outcome (A2Z-COUNTS course); feedback removed (FB-REPORT); B: fraud (CB-WHO)
      odr: {
        from: '2026-01-02',
        to: '2026-03-02',
        orders: 2,
        defective: 1,
        claims: 1,
        negativeFeedback: 0,
        chargebacks: 0,
        rate: 0.5,
        target: 0.01,
        status: 'breach',
      },
      idr: {
        orders: 1,
        defective: 1,
        late: 1,
        missing: 0,
        rate: 1,
        target: 0.05,
        status: 'breach',
      },
      lateResponse: { messages: 1, late: 0, rate: 0, target: 0.1, status: 'ok' },
      // shipped Tuesday 17 Feb: due Wednesday 18 Feb 23:59:59; uploaded Thursday (IDR-DEF)
      violations: [{ rule: 'IDR-DEF', subject: 'A', at: '2026-02-18T23:59:59+01:00' }],
    });
  });
});
