import { describe, expect, it } from 'vitest';
import { reportOf } from './helpers.ts';

const RECEIVED = '2026-02-20T10:00:00+01:00'; // deadline 2026-02-21T10:00:00+01:00 (RESP-24H)
const received = (extra: Record<string, unknown> = {}) => ({
  type: 'message.received',
  at: RECEIVED,
  messageId: 'M',
  ...extra,
});

describe('late response: messages needing a reply, late without a human reply within 24 h', () => {
  it.each([
    [
      'RESP-24H: a reply exactly 24 h after receipt is on time',
      [{ type: 'message.replied', at: '2026-02-21T10:00:00+01:00', messageId: 'M' }],
      { messages: 1, late: 0, rate: 0, status: 'ok' },
      [],
    ],
    [
      'RESP-24H: a reply one second later is late',
      [{ type: 'message.replied', at: '2026-02-21T10:00:01+01:00', messageId: 'M' }],
      { messages: 1, late: 1, rate: 1, status: 'breach' },
      ['2026-02-21T10:00:00+01:00'],
    ],
    [
      'RESP-24H: no reply at all is late',
      [],
      { messages: 1, late: 1 },
      ['2026-02-21T10:00:00+01:00'],
    ],
    [
      'RESP-AUTO: an automated reply is no reply',
      [
        {
          type: 'message.replied',
          at: '2026-02-20T10:01:00+01:00',
          messageId: 'M',
          automated: true,
        },
      ],
      { messages: 1, late: 1 },
      ['2026-02-21T10:00:00+01:00'],
    ],
    [
      'RESP-AUTO: an automated reply then a human one within 24 h is on time',
      [
        {
          type: 'message.replied',
          at: '2026-02-20T10:01:00+01:00',
          messageId: 'M',
          automated: true,
        },
        { type: 'message.replied', at: '2026-02-20T18:00:00+01:00', messageId: 'M' },
      ],
      { messages: 1, late: 0 },
      [],
    ],
    [
      'RESP-NRR: "no reply needed" within 24 h leaves the count',
      [{ type: 'message.noReplyNeeded', at: '2026-02-20T11:00:00+01:00', messageId: 'M' }],
      { messages: 0, late: 0, rate: null, status: 'none' },
      [],
    ],
    [
      'RESP-NRR: "no reply needed" after 24 h handles it, late',
      [{ type: 'message.noReplyNeeded', at: '2026-02-22T11:00:00+01:00', messageId: 'M' }],
      { messages: 1, late: 1 },
      ['2026-02-21T10:00:00+01:00'],
    ],
    [
      'the first handling decides: a reply, then a "no reply needed" mark',
      [
        { type: 'message.replied', at: '2026-02-20T12:00:00+01:00', messageId: 'M' },
        { type: 'message.noReplyNeeded', at: '2026-02-20T13:00:00+01:00', messageId: 'M' },
      ],
      { messages: 1, late: 0 },
      [],
    ],
    [
      'the first handling decides: a mark, then a reply',
      [
        { type: 'message.noReplyNeeded', at: '2026-02-20T12:00:00+01:00', messageId: 'M' },
        { type: 'message.replied', at: '2026-02-20T13:00:00+01:00', messageId: 'M' },
      ],
      { messages: 0, late: 0 },
      [],
    ],
  ])('%s', (_name, handling, expected, violationTimes) => {
    const report = reportOf({
      asOf: '2026-03-02T12:00:00+01:00',
      events: [received(), ...handling],
    });
    expect(report.lateResponse).toMatchObject(expected);
    expect(report.violations).toEqual(
      violationTimes.map((at) => ({ rule: 'RESP-24H', subject: 'M', at })),
    );
  });

  it.each([
    [
      'not counted while its 24 h run (asOf exactly at the deadline)',
      '2026-02-21T10:00:00+01:00',
      0,
    ],
    ['counted once they passed', '2026-02-21T10:00:01+01:00', 1],
  ])('an unanswered message is %s', (_name, asOf, expected) => {
    expect(reportOf({ asOf, events: [received()] }).lateResponse.messages).toBe(expected);
  });

  it('does not count a message that needs no reply', () => {
    const report = reportOf({
      asOf: '2026-03-02T12:00:00+01:00',
      events: [received({ needsReply: false })],
    });
    expect([report.lateResponse.messages, report.violations]).toEqual([0, []]);
  });

  it('RESP-ALLDAYS: the 24 h run over the weekend', () => {
    const events = [{ type: 'message.received', at: '2026-02-21T09:00:00+01:00', messageId: 'M' }]; // Saturday
    expect(reportOf({ asOf: '2026-03-02T12:00:00+01:00', events }).violations).toEqual([
      { rule: 'RESP-24H', subject: 'M', at: '2026-02-22T09:00:00+01:00' },
    ]);
  });

  it('RESP-24H: 24 hours are elapsed time across the spring DST change (10:00 CET → 11:00 CEST)', () => {
    const events = [{ type: 'message.received', at: '2026-03-28T10:00:00+01:00', messageId: 'M' }];
    expect(reportOf({ asOf: '2026-04-02T12:00:00+02:00', events }).violations).toEqual([
      { rule: 'RESP-24H', subject: 'M', at: '2026-03-29T11:00:00+02:00' },
    ]);
  });

  it.each([
    // asOf 2026-03-02: the 30 days 2026-02-01 .. 2026-03-02 (28 days of February + 2; RESP-METRIC)
    ['RESP-METRIC: received on the first day of the 30 is counted', '2026-02-01T00:00:00+01:00', 1],
    [
      'RESP-METRIC: received the day before is not (its violation stays)',
      '2026-01-31T23:59:59+01:00',
      0,
    ],
  ])('%s', (_name, at, expected) => {
    const report = reportOf({
      asOf: '2026-03-02T12:00:00+01:00',
      events: [{ type: 'message.received', at, messageId: 'M' }],
    });
    expect(report.lateResponse.messages).toBe(expected);
    expect(report.violations).toHaveLength(1);
  });

  it('RESP-METRIC: 1 late in 10 (10%) is a breach, 1 in 11 is ok', () => {
    const build = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        { type: 'message.received', at: RECEIVED, messageId: `M${i}` },
        ...(i === 0
          ? []
          : [{ type: 'message.replied', at: '2026-02-20T12:00:00+01:00', messageId: `M${i}` }]),
      ]).flat();
    expect(
      reportOf({ asOf: '2026-03-02T12:00:00+01:00', events: build(10) }).lateResponse.status,
    ).toBe('breach');
    expect(
      reportOf({ asOf: '2026-03-02T12:00:00+01:00', events: build(11) }).lateResponse.status,
    ).toBe('ok');
  });
});
