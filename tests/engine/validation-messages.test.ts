/**
 * Every validation message with its path, word for word: the contract asks invalid input to be
 * named with its place (`events[12].at: not an ISO-8601 date-time with offset`), and a trainer
 * fixing a history file reads exactly these lines. Each case lists the complete set of errors.
 */
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import {
  formatValidationError,
  parseHistory,
  validateEvent,
  validateHistory,
} from '../../src/engine/validate.ts';
import { event, placed } from './helpers.ts';

const AT = '2026-02-20T10:00:00+01:00';
const LATER = '2026-02-21T10:00:00+01:00';

/** A valid history: order A1, message M, return R, claim C, feedback F and chargeback K. */
const valid = (): Record<string, unknown>[] => [
  placed('A1', AT),
  { type: 'message.received', at: LATER, messageId: 'M', orderId: 'A1' },
  { type: 'return.requested', at: LATER, returnId: 'R', orderId: 'A1' },
  { type: 'claim.filed', at: LATER, claimId: 'C', orderId: 'A1' },
  { type: 'feedback.posted', at: LATER, feedbackId: 'F', orderId: 'A1', rating: 4 },
  { type: 'chargeback.filed', at: LATER, chargebackId: 'K', orderId: 'A1', reason: 'service' },
];

/** Every error of an input, `path: message`, or [] when it is valid. */
function errorsOf(input: unknown): string[] {
  const result = validateHistory(input);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

/** The errors of the valid history with `extra` appended (they are events[6] onwards). */
const withEvents = (...extra: unknown[]) =>
  errorsOf({ asOf: '2026-03-02T12:00:00+01:00', events: [...valid(), ...extra] });

describe('the whole history', () => {
  it('the valid history has no error', () => {
    expect(withEvents()).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['null', null, ['(root): not an object (an order history)']],
    ['a list', [], ['(root): not an object (an order history)']],
    ['a text', 'history', ['(root): not an object (an order history)']],
    [
      'no asOf and no events',
      {},
      ['asOf: missing (required: the moment the report describes)', 'events: missing (required)'],
    ],
    [
      'events not a list',
      { asOf: AT, events: { 0: placed('A1', AT) } },
      ['events: must be an array of events'],
    ],
    ['asOf a number', { asOf: 5, events: [] }, ['asOf: not an ISO-8601 date-time with offset: 5']],
    [
      'asOf a calendar date',
      { asOf: '2026-03-02', events: [] },
      ['asOf: not an ISO-8601 date-time with offset: "2026-03-02"'],
    ],
    [
      'asOf without its offset',
      { asOf: '2026-03-02T12:00', events: [] },
      ['asOf: not an ISO-8601 date-time with offset (the offset is missing): "2026-03-02T12:00"'],
    ],
    [
      'asOf on a day that does not exist',
      { asOf: '2026-02-29T12:00:00Z', events: [] },
      [
        'asOf: not an ISO-8601 date-time with offset (no such date or time): "2026-02-29T12:00:00Z"',
      ],
    ],
    [
      'an unknown profile',
      { profile: 'amazon-2019', asOf: AT, events: [] },
      ['profile: unknown profile "amazon-2019" (expected one of course, amazon-2026)'],
    ],
    [
      'a profile that is not a text',
      { profile: 1, asOf: AT, events: [] },
      ['profile: unknown profile 1 (expected one of course, amazon-2026)'],
    ],
    [
      'an unknown marketplace',
      { marketplace: 'amazon.nl', asOf: AT, events: [] },
      [
        'marketplace: unknown marketplace "amazon.nl" (expected one of amazon.de, amazon.fr, amazon.it, amazon.es, amazon.co.uk, amazon.com)',
      ],
    ],
    ...(['Mars/Olympus', '', '+01:00', 'UTC+1'] as const).map(
      (zone): [string, unknown, string[]] => [
        `the time zone ${JSON.stringify(zone)}`,
        { timeZone: zone, asOf: AT, events: [] },
        [
          `timeZone: unknown time zone ${JSON.stringify(zone)} (expected an IANA zone such as "Europe/Berlin")`,
        ],
      ],
    ),
    [
      'a time zone that is not a text',
      { timeZone: 1, asOf: AT, events: [] },
      ['timeZone: unknown time zone 1 (expected an IANA zone such as "Europe/Berlin")'],
    ],
    [
      'a zone name inside a list',
      { timeZone: ['Europe/Berlin'], asOf: AT, events: [] },
      [
        'timeZone: unknown time zone ["Europe/Berlin"] (expected an IANA zone such as "Europe/Berlin")',
      ],
    ],
    [
      'every top-level field wrong at once',
      { profile: 'x', marketplace: 'y', timeZone: 'z', asOf: 'w', events: 'v' },
      [
        'profile: unknown profile "x" (expected one of course, amazon-2026)',
        'marketplace: unknown marketplace "y" (expected one of amazon.de, amazon.fr, amazon.it, amazon.es, amazon.co.uk, amazon.com)',
        'timeZone: unknown time zone "z" (expected an IANA zone such as "Europe/Berlin")',
        'asOf: not an ISO-8601 date-time with offset: "w"',
        'events: must be an array of events',
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it.each([
    ['UTC', 'UTC'],
    ['a zone of another continent', 'Asia/Kathmandu'],
  ])('accepts %s as the time zone', (_name, timeZone) => {
    expect(errorsOf({ timeZone, asOf: AT, events: valid() })).toEqual([]);
  });

  it('text that is not JSON is named at (root) with the parser’s reason', () => {
    const text = '{ "asOf": ';
    let reason = '';
    try {
      JSON.parse(text);
    } catch (error) {
      reason = (error as Error).message;
    }
    const result = parseHistory(text);
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([
      `(root): not JSON: ${reason}`,
    ]);
  });

  it('valid JSON text is validated as a history', () => {
    const result = parseHistory(JSON.stringify({ asOf: AT, events: valid() }));
    expect(result.ok && result.history.events.length).toBe(6);
  });
});

describe('an event’s shape: type and at', () => {
  it.each<[string, unknown, string[]]>([
    ['a text', 'order.placed', ['events[6]: not an object (an event)']],
    ['null', null, ['events[6]: not an object (an event)']],
    ['a list', [], ['events[6]: not an object (an event)']],
    ['no type', { at: AT }, ['events[6].type: missing (required)']],
    ['a type that is not a text', { type: 5, at: AT }, ['events[6].type: must be a string, got 5']],
    [
      'an unknown type',
      { type: 'order.teleported', at: AT },
      ['events[6].type: unknown event type "order.teleported"'],
    ],
    [
      'an unknown type and a bad at',
      { type: 'order.teleported', at: 'now' },
      [
        'events[6].type: unknown event type "order.teleported"',
        'events[6].at: not an ISO-8601 date-time with offset: "now"',
      ],
    ],
    ['no at', { type: 'order.delivered', orderId: 'A1' }, ['events[6].at: missing (required)']],
    [
      'an at that is not a text',
      { type: 'order.delivered', at: 1771578000000, orderId: 'A1' },
      ['events[6].at: not an ISO-8601 date-time with offset: 1771578000000'],
    ],
    [
      'an at without its offset',
      { type: 'order.delivered', at: '2026-02-20T10:00:00', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (the offset is missing): "2026-02-20T10:00:00"',
      ],
    ],
    [
      'an at with a fraction but no offset',
      { type: 'order.delivered', at: '2026-02-20T10:00:00.5', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (the offset is missing): "2026-02-20T10:00:00.5"',
      ],
    ],
    [
      'an at at 25 o’clock',
      { type: 'order.delivered', at: '2026-02-20T25:00:00+01:00', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (no such date or time): "2026-02-20T25:00:00+01:00"',
      ],
    ],
    [
      'an at on 31 April, in UTC',
      { type: 'order.delivered', at: '2026-04-31T10:00Z', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (no such date or time): "2026-04-31T10:00Z"',
      ],
    ],
    [
      'a word before a date-time without offset',
      { type: 'order.delivered', at: 'on 2026-02-20T10:00:00', orderId: 'A1' },
      ['events[6].at: not an ISO-8601 date-time with offset: "on 2026-02-20T10:00:00"'],
    ],
    [
      'hours and minutes only, no offset',
      { type: 'order.delivered', at: '2026-02-20T10:00', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (the offset is missing): "2026-02-20T10:00"',
      ],
    ],
    [
      'milliseconds but no offset',
      { type: 'order.delivered', at: '2026-02-20T10:00:00.123', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (the offset is missing): "2026-02-20T10:00:00.123"',
      ],
    ],
    [
      'a word before a date-time with offset',
      { type: 'order.delivered', at: 'on 2026-02-30T10:00:00+01:00', orderId: 'A1' },
      ['events[6].at: not an ISO-8601 date-time with offset: "on 2026-02-30T10:00:00+01:00"'],
    ],
    [
      'a zone name after the offset',
      { type: 'order.delivered', at: '2026-02-30T10:00:00+01:00 CET', orderId: 'A1' },
      ['events[6].at: not an ISO-8601 date-time with offset: "2026-02-30T10:00:00+01:00 CET"'],
    ],
    [
      '30 February, hours and minutes only',
      { type: 'order.delivered', at: '2026-02-30T10:00+01:00', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (no such date or time): "2026-02-30T10:00+01:00"',
      ],
    ],
    [
      '30 February, with milliseconds',
      { type: 'order.delivered', at: '2026-02-30T10:00:00.123+01:00', orderId: 'A1' },
      [
        'events[6].at: not an ISO-8601 date-time with offset (no such date or time): "2026-02-30T10:00:00.123+01:00"',
      ],
    ],
    [
      'an at with a space for the T',
      { type: 'order.delivered', at: '2026-02-20 10:00:00+01:00', orderId: 'A1' },
      ['events[6].at: not an ISO-8601 date-time with offset: "2026-02-20 10:00:00+01:00"'],
    ],
  ])('%s', (_name, bad, expected) => {
    expect(withEvents(bad)).toEqual(expected);
  });
});

describe('an event’s fields, type by type', () => {
  const missing = (path: string) => `events[6].${path}: missing (required)`;
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'order.placed without orderId',
      { type: 'order.placed', at: AT, fulfillment: 'FBA' },
      [missing('orderId')],
    ],
    [
      'order.placed with an empty orderId',
      { type: 'order.placed', at: AT, orderId: '', fulfillment: 'FBA' },
      ['events[6].orderId: must be a non-empty string (an id), got ""'],
    ],
    [
      'order.placed with a numeric orderId',
      { type: 'order.placed', at: AT, orderId: 7, fulfillment: 'FBA' },
      ['events[6].orderId: must be a non-empty string (an id), got 7'],
    ],
    [
      'order.placed without fulfillment',
      { type: 'order.placed', at: AT, orderId: 'A2' },
      [missing('fulfillment')],
    ],
    [
      'order.placed with fulfillment FBX',
      { type: 'order.placed', at: AT, orderId: 'A2', fulfillment: 'FBX' },
      ['events[6].fulfillment: out of range: must be one of FBA, FBM, got "FBX"'],
    ],
    [
      'order.placed with a numeric fulfillment',
      { type: 'order.placed', at: AT, orderId: 'A2', fulfillment: 1 },
      ['events[6].fulfillment: out of range: must be one of FBA, FBM, got 1'],
    ],
    [
      'order.placed with business "yes"',
      { ...placed('A2', AT), business: 'yes' },
      ['events[6].business: must be true or false, got "yes"'],
    ],
    [
      'order.placed with shipBy in month 13',
      { ...placed('A2', AT), shipBy: '2026-13-01' },
      ['events[6].shipBy: not a calendar date (YYYY-MM-DD): "2026-13-01"'],
    ],
    [
      'order.placed with a numeric shipBy',
      { ...placed('A2', AT), shipBy: 20260221 },
      ['events[6].shipBy: not a calendar date (YYYY-MM-DD): 20260221'],
    ],
    [
      'order.placed with deliverBy without leading zeros',
      { ...placed('A2', AT), deliverBy: '2026-2-25' },
      ['events[6].deliverBy: not a calendar date (YYYY-MM-DD): "2026-2-25"'],
    ],
    [
      'order.placed with every optional field wrong',
      { ...placed('A2', AT), business: 1, shipBy: 'soon', deliverBy: null },
      [
        'events[6].business: must be true or false, got 1',
        'events[6].shipBy: not a calendar date (YYYY-MM-DD): "soon"',
        'events[6].deliverBy: not a calendar date (YYYY-MM-DD): null',
      ],
    ],
    [
      'order.shipped with a numeric trackingId',
      { type: 'order.shipped', at: AT, orderId: 'A1', trackingId: 1234 },
      ['events[6].trackingId: must be a string, got 1234'],
    ],
    ['order.delivered without orderId', { type: 'order.delivered', at: AT }, [missing('orderId')]],
    [
      'order.cancelled by Amazon',
      { type: 'order.cancelled', at: AT, orderId: 'A1', by: 'amazon' },
      ['events[6].by: out of range: must be one of seller, buyer, got "amazon"'],
    ],
    [
      'order.cancelled without by',
      { type: 'order.cancelled', at: AT, orderId: 'A1' },
      [missing('by')],
    ],
    [
      'invoice.uploaded without orderId',
      { type: 'invoice.uploaded', at: AT },
      [missing('orderId')],
    ],
    [
      'message.received with needsReply "no"',
      { type: 'message.received', at: AT, messageId: 'M2', needsReply: 'no' },
      ['events[6].needsReply: must be true or false, got "no"'],
    ],
    [
      'message.received without messageId',
      { type: 'message.received', at: AT },
      [missing('messageId')],
    ],
    [
      'message.replied with automated 1',
      { type: 'message.replied', at: LATER, messageId: 'M', automated: 1 },
      ['events[6].automated: must be true or false, got 1'],
    ],
    [
      'message.noReplyNeeded without messageId',
      { type: 'message.noReplyNeeded', at: AT },
      [missing('messageId')],
    ],
    [
      'return.requested without orderId',
      { type: 'return.requested', at: AT, returnId: 'R2' },
      [missing('orderId')],
    ],
    [
      'return.answered with labelSent "true"',
      { type: 'return.answered', at: LATER, returnId: 'R', labelSent: 'true' },
      ['events[6].labelSent: must be true or false, got "true"'],
    ],
    [
      'claim.filed with a numeric reason',
      { type: 'claim.filed', at: LATER, claimId: 'C2', orderId: 'A1', reason: 3 },
      ['events[6].reason: must be a string, got 3'],
    ],
    ['claim.answered without claimId', { type: 'claim.answered', at: AT }, [missing('claimId')]],
    [
      'claim.decided approved',
      { type: 'claim.decided', at: LATER, claimId: 'C', outcome: 'approved' },
      [
        'events[6].outcome: out of range: must be one of granted, denied, withdrawn, got "approved"',
      ],
    ],
    [
      'claim.decided funded by the buyer',
      { type: 'claim.decided', at: LATER, claimId: 'C', outcome: 'granted', fundedBy: 'buyer' },
      ['events[6].fundedBy: out of range: must be one of seller, amazon, got "buyer"'],
    ],
    [
      'claim.decided without outcome',
      { type: 'claim.decided', at: LATER, claimId: 'C' },
      [missing('outcome')],
    ],
    ...([0, 6, 2.5, '5', null] as const).map(
      (rating): [string, Record<string, unknown>, string[]] => [
        `feedback.posted rated ${JSON.stringify(rating)}`,
        { type: 'feedback.posted', at: LATER, feedbackId: 'F2', orderId: 'A1', rating },
        [
          `events[6].rating: out of range: must be an integer from 1 to 5, got ${JSON.stringify(rating)}`,
        ],
      ],
    ),
    [
      'feedback.posted without rating',
      { type: 'feedback.posted', at: LATER, feedbackId: 'F2', orderId: 'A1' },
      [missing('rating')],
    ],
    [
      'feedback.posted with a numeric comment',
      {
        type: 'feedback.posted',
        at: LATER,
        feedbackId: 'F2',
        orderId: 'A1',
        rating: 1,
        comment: 1,
      },
      ['events[6].comment: must be a string, got 1'],
    ],
    [
      'feedback.removed without feedbackId',
      { type: 'feedback.removed', at: AT },
      [missing('feedbackId')],
    ],
    [
      'chargeback.filed for another reason',
      { type: 'chargeback.filed', at: LATER, chargebackId: 'K2', orderId: 'A1', reason: 'other' },
      ['events[6].reason: out of range: must be one of service, fraud, got "other"'],
    ],
    [
      'chargeback.filed without reason',
      { type: 'chargeback.filed', at: LATER, chargebackId: 'K2', orderId: 'A1' },
      [missing('reason')],
    ],
    [
      'chargeback.answered without chargebackId',
      { type: 'chargeback.answered', at: AT },
      [missing('chargebackId')],
    ],
  ])('%s', (_name, bad, expected) => {
    expect(withEvents(bad)).toEqual(expected);
  });

  it.each([
    ['rated 1', 1],
    ['rated 5', 5],
  ])('feedback.posted %s is valid (FB-NEGATIVE ratings run from 1 to 5)', (_name, rating) => {
    expect(
      withEvents({ type: 'feedback.posted', at: LATER, feedbackId: 'F2', orderId: 'A1', rating }),
    ).toEqual([]);
  });
});

describe('ids: each defined once, each reference defined somewhere', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'order',
      { type: 'order.delivered', at: AT, orderId: 'Z' },
      'events[6].orderId: unknown order id "Z" (no order.placed event defines it)',
    ],
    [
      'order of an invoice',
      { type: 'invoice.uploaded', at: AT, orderId: 'Z' },
      'events[6].orderId: unknown order id "Z" (no order.placed event defines it)',
    ],
    [
      'order of a message',
      { type: 'message.received', at: AT, messageId: 'M2', orderId: 'Z' },
      'events[6].orderId: unknown order id "Z" (no order.placed event defines it)',
    ],
    [
      'message',
      { type: 'message.noReplyNeeded', at: AT, messageId: 'Z' },
      'events[6].messageId: unknown message id "Z" (no message.received event defines it)',
    ],
    [
      'return',
      { type: 'return.answered', at: AT, returnId: 'Z' },
      'events[6].returnId: unknown return id "Z" (no return.requested event defines it)',
    ],
    [
      'claim',
      { type: 'claim.answered', at: AT, claimId: 'Z' },
      'events[6].claimId: unknown claim id "Z" (no claim.filed event defines it)',
    ],
    [
      'feedback',
      { type: 'feedback.removed', at: AT, feedbackId: 'Z' },
      'events[6].feedbackId: unknown feedback id "Z" (no feedback.posted event defines it)',
    ],
    [
      'chargeback',
      { type: 'chargeback.answered', at: AT, chargebackId: 'Z' },
      'events[6].chargebackId: unknown chargeback id "Z" (no chargeback.filed event defines it)',
    ],
  ])('an unknown %s', (_name, bad, expected) => {
    expect(withEvents(bad)).toEqual([expected]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'message',
      { type: 'message.received', at: LATER, messageId: 'M' },
      'events[6].messageId: duplicate message id "M" (already defined by events[1])',
    ],
    [
      'return',
      { type: 'return.requested', at: LATER, returnId: 'R', orderId: 'A1' },
      'events[6].returnId: duplicate return id "R" (already defined by events[2])',
    ],
    [
      'claim',
      { type: 'claim.filed', at: LATER, claimId: 'C', orderId: 'A1' },
      'events[6].claimId: duplicate claim id "C" (already defined by events[3])',
    ],
    [
      'feedback',
      { type: 'feedback.posted', at: LATER, feedbackId: 'F', orderId: 'A1', rating: 5 },
      'events[6].feedbackId: duplicate feedback id "F" (already defined by events[4])',
    ],
    [
      'chargeback',
      { type: 'chargeback.filed', at: LATER, chargebackId: 'K', orderId: 'A1', reason: 'fraud' },
      'events[6].chargebackId: duplicate chargeback id "K" (already defined by events[5])',
    ],
  ])('a duplicate %s id names the event that first defined it', (_name, bad, expected) => {
    expect(withEvents(bad)).toEqual([expected]);
  });

  it('a duplicate of an id first defined by a faulty event names that event', () => {
    expect(
      withEvents(
        { type: 'order.placed', at: AT, orderId: 'A2', fulfillment: 'FBX' },
        placed('A2', AT),
      ),
    ).toEqual([
      'events[6].fulfillment: out of range: must be one of FBA, FBM, got "FBX"',
      'events[7].orderId: duplicate order id "A2" (already defined by events[6])',
    ]);
  });

  it('a faulty event that defines an id already defined is a duplicate too', () => {
    expect(withEvents({ type: 'order.placed', at: AT, orderId: 'A1', fulfillment: 'FBX' })).toEqual(
      [
        'events[6].fulfillment: out of range: must be one of FBA, FBM, got "FBX"',
        'events[6].orderId: duplicate order id "A1" (already defined by events[0])',
      ],
    );
  });

  it('a faulty event still defines its id: references to it are not unknown', () => {
    expect(
      withEvents(
        { type: 'claim.filed', at: LATER, claimId: 'C2', orderId: 'A1', reason: 3 },
        { type: 'claim.answered', at: LATER, claimId: 'C2' },
      ),
    ).toEqual(['events[6].reason: must be a string, got 3']);
  });

  it('a duplicate message still names the unknown order it refers to', () => {
    expect(
      withEvents({ type: 'message.received', at: LATER, messageId: 'M', orderId: 'Z' }),
    ).toEqual([
      'events[6].messageId: duplicate message id "M" (already defined by events[1])',
      'events[6].orderId: unknown order id "Z" (no order.placed event defines it)',
    ]);
  });

  it('a duplicate return still names the unknown order it refers to', () => {
    expect(
      withEvents({ type: 'return.requested', at: LATER, returnId: 'R', orderId: 'Z' }),
    ).toEqual([
      'events[6].returnId: duplicate return id "R" (already defined by events[2])',
      'events[6].orderId: unknown order id "Z" (no order.placed event defines it)',
    ]);
  });

  it('an unknown id is named at every event that refers to it', () => {
    expect(
      withEvents(
        { type: 'order.shipped', at: AT, orderId: 'Z' },
        { type: 'order.delivered', at: LATER, orderId: 'Z' },
        { type: 'claim.answered', at: LATER, claimId: 'Y' },
      ),
    ).toEqual([
      'events[6].orderId: unknown order id "Z" (no order.placed event defines it)',
      'events[7].orderId: unknown order id "Z" (no order.placed event defines it)',
      'events[8].claimId: unknown claim id "Y" (no claim.filed event defines it)',
    ]);
  });
});

describe('a history with every kind of problem at once', () => {
  const EARLY = '2026-02-19T10:00:00+01:00';
  it('names each problem once, in event order: shapes and duplicates, then timing, then unknown ids', () => {
    const events = [
      null,
      { type: 'order.teleported', at: AT },
      { type: 'order.shipped', at: EARLY, orderId: 'A' },
      placed('A', AT),
      // A duplicate dated before the first definition is a duplicate, not an early event.
      placed('A', '2026-02-18T10:00:00+01:00'),
      { type: 'order.delivered', at: LATER, orderId: 'Z' },
      { type: 'message.replied', at: LATER, messageId: 'Z' },
      { type: 'return.answered', at: LATER, returnId: 'Z' },
      { type: 'claim.answered', at: LATER, claimId: 'Z' },
      { type: 'feedback.removed', at: LATER, feedbackId: 'Z' },
      { type: 'chargeback.answered', at: LATER, chargebackId: 'Z' },
      { ...placed('A', AT), orderId: 5 },
      { ...placed('A', AT), orderId: 5 },
      { ...placed('A', AT), orderId: '' },
      { ...placed('A', AT), orderId: '' },
      { type: 'order.delivered', at: LATER, orderId: 5 },
      { type: 'order.delivered', at: 5, orderId: 'A' },
    ];
    expect(errorsOf({ asOf: '2026-03-02T12:00:00+01:00', events })).toEqual([
      'events[0]: not an object (an event)',
      'events[1].type: unknown event type "order.teleported"',
      'events[4].orderId: duplicate order id "A" (already defined by events[3])',
      'events[11].orderId: must be a non-empty string (an id), got 5',
      'events[12].orderId: must be a non-empty string (an id), got 5',
      'events[13].orderId: must be a non-empty string (an id), got ""',
      'events[14].orderId: must be a non-empty string (an id), got ""',
      'events[15].orderId: must be a non-empty string (an id), got 5',
      'events[16].at: not an ISO-8601 date-time with offset: 5',
      'events[2].at: before order "A" was placed (events[3])',
      'events[5].orderId: unknown order id "Z" (no order.placed event defines it)',
      'events[6].messageId: unknown message id "Z" (no message.received event defines it)',
      'events[7].returnId: unknown return id "Z" (no return.requested event defines it)',
      'events[8].claimId: unknown claim id "Z" (no claim.filed event defines it)',
      'events[9].feedbackId: unknown feedback id "Z" (no feedback.posted event defines it)',
      'events[10].chargebackId: unknown chargeback id "Z" (no chargeback.filed event defines it)',
    ]);
  });
});

describe('an event dated before its subject came to exist', () => {
  const EARLY = '2026-02-19T10:00:00+01:00';
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a delivery before the order was placed',
      { type: 'order.delivered', at: EARLY, orderId: 'A1' },
      'events[6].at: before order "A1" was placed (events[0])',
    ],
    [
      'a cancellation before it',
      { type: 'order.cancelled', at: EARLY, orderId: 'A1', by: 'buyer' },
      'events[6].at: before order "A1" was placed (events[0])',
    ],
    [
      'an invoice before it',
      { type: 'invoice.uploaded', at: EARLY, orderId: 'A1' },
      'events[6].at: before order "A1" was placed (events[0])',
    ],
    [
      'a return request before it',
      { type: 'return.requested', at: EARLY, returnId: 'R2', orderId: 'A1' },
      'events[6].at: before order "A1" was placed (events[0])',
    ],
    [
      'feedback before it',
      { type: 'feedback.posted', at: EARLY, feedbackId: 'F2', orderId: 'A1', rating: 1 },
      'events[6].at: before order "A1" was placed (events[0])',
    ],
    [
      'a chargeback before it',
      { type: 'chargeback.filed', at: EARLY, chargebackId: 'K2', orderId: 'A1', reason: 'service' },
      'events[6].at: before order "A1" was placed (events[0])',
    ],
    [
      'a "no reply needed" mark before the message',
      { type: 'message.noReplyNeeded', at: AT, messageId: 'M' },
      'events[6].at: before message "M" was received (events[1])',
    ],
    [
      'an answer before the return request',
      { type: 'return.answered', at: AT, returnId: 'R' },
      'events[6].at: before return "R" was requested (events[2])',
    ],
    [
      'an answer before the claim',
      { type: 'claim.answered', at: AT, claimId: 'C' },
      'events[6].at: before claim "C" was filed (events[3])',
    ],
    [
      'a removal before the feedback',
      { type: 'feedback.removed', at: AT, feedbackId: 'F' },
      'events[6].at: before feedback "F" was posted (events[4])',
    ],
    [
      'an answer before the chargeback',
      { type: 'chargeback.answered', at: AT, chargebackId: 'K' },
      'events[6].at: before chargeback "K" was filed (events[5])',
    ],
  ])('%s', (_name, early, expected) => {
    expect(withEvents(early)).toEqual([expected]);
  });

  it('every early event is named, each once', () => {
    expect(
      withEvents(
        { type: 'order.delivered', at: EARLY, orderId: 'A1' },
        { type: 'claim.answered', at: AT, claimId: 'C' },
        { type: 'claim.answered', at: LATER, claimId: 'C' },
      ),
    ).toEqual([
      'events[6].at: before order "A1" was placed (events[0])',
      'events[7].at: before claim "C" was filed (events[3])',
    ]);
  });

  it('an event at the very instant its subject came to exist is valid', () => {
    expect(
      withEvents(
        { type: 'order.shipped', at: AT, orderId: 'A1' },
        { type: 'claim.answered', at: LATER, claimId: 'C' },
      ),
    ).toEqual([]);
  });
});

describe('one event on its own (the live path)', () => {
  it.each<[string, unknown, string | undefined, string[]]>([
    ['a valid event', { type: 'order.delivered', at: AT, orderId: 'Z' }, undefined, []],
    ['not an object', 7, undefined, ['event: not an object (an event)']],
    ['no type', { at: AT }, undefined, ['event.type: missing (required)']],
    [
      'a bad rating, under a path of the caller’s',
      { type: 'feedback.posted', at: AT, feedbackId: 'F', orderId: 'A', rating: 9 },
      'draft',
      ['draft.rating: out of range: must be an integer from 1 to 5, got 9'],
    ],
    [
      'a bad at, under events[3]',
      { type: 'order.delivered', at: '2026-02-20', orderId: 'A' },
      'events[3]',
      ['events[3].at: not an ISO-8601 date-time with offset: "2026-02-20"'],
    ],
  ])('%s', (_name, candidate, path, expected) => {
    const errors = path === undefined ? validateEvent(candidate) : validateEvent(candidate, path);
    expect(errors.map(formatValidationError)).toEqual(expected);
  });
});

describe('one event against a live account (account.check)', () => {
  const account = createAccount();
  account.applyAll(valid().map(event));
  it.each<[string, unknown, string[]]>([
    ['a valid reply', { type: 'message.replied', at: LATER, messageId: 'M' }, []],
    [
      'a shape error only, ids unchecked',
      { type: 'order.shipped', at: 'now', orderId: 'Z' },
      ['event.at: not an ISO-8601 date-time with offset: "now"'],
    ],
    [
      'a duplicate message',
      { type: 'message.received', at: LATER, messageId: 'M' },
      ['event.messageId: duplicate message id "M"'],
    ],
    [
      'a duplicate return',
      { type: 'return.requested', at: LATER, returnId: 'R', orderId: 'A1' },
      ['event.returnId: duplicate return id "R"'],
    ],
    [
      'a duplicate claim',
      { type: 'claim.filed', at: LATER, claimId: 'C', orderId: 'A1' },
      ['event.claimId: duplicate claim id "C"'],
    ],
    [
      'a duplicate feedback',
      { type: 'feedback.posted', at: LATER, feedbackId: 'F', orderId: 'A1', rating: 2 },
      ['event.feedbackId: duplicate feedback id "F"'],
    ],
    [
      'a duplicate chargeback',
      { type: 'chargeback.filed', at: LATER, chargebackId: 'K', orderId: 'A1', reason: 'fraud' },
      ['event.chargebackId: duplicate chargeback id "K"'],
    ],
    [
      'an unknown message',
      { type: 'message.replied', at: LATER, messageId: 'Z' },
      ['event.messageId: unknown message id "Z" (no message.received event defines it)'],
    ],
    [
      'an unknown return',
      { type: 'return.answered', at: LATER, returnId: 'Z' },
      ['event.returnId: unknown return id "Z" (no return.requested event defines it)'],
    ],
    [
      'an unknown feedback',
      { type: 'feedback.removed', at: LATER, feedbackId: 'Z' },
      ['event.feedbackId: unknown feedback id "Z" (no feedback.posted event defines it)'],
    ],
    [
      'an unknown chargeback',
      { type: 'chargeback.answered', at: LATER, chargebackId: 'Z' },
      ['event.chargebackId: unknown chargeback id "Z" (no chargeback.filed event defines it)'],
    ],
    [
      'a reply before the message',
      { type: 'message.replied', at: AT, messageId: 'M' },
      ['event.at: before message "M" was received'],
    ],
    [
      'an answer before the return',
      { type: 'return.answered', at: AT, returnId: 'R' },
      ['event.at: before return "R" was requested'],
    ],
    [
      'a decision before the claim',
      { type: 'claim.decided', at: AT, claimId: 'C', outcome: 'denied' },
      ['event.at: before claim "C" was filed'],
    ],
    [
      'a removal before the feedback',
      { type: 'feedback.removed', at: AT, feedbackId: 'F' },
      ['event.at: before feedback "F" was posted'],
    ],
    [
      'an answer before the chargeback',
      { type: 'chargeback.answered', at: AT, chargebackId: 'K' },
      ['event.at: before chargeback "K" was filed'],
    ],
    [
      'a new claim on a new order not placed yet, named under the caller’s path',
      { type: 'claim.filed', at: AT, claimId: 'C9', orderId: 'A9' },
      ['event.orderId: unknown order id "A9" (no order.placed event defines it)'],
    ],
  ])('%s', (_name, candidate, expected) => {
    expect(account.check(candidate).map(formatValidationError)).toEqual(expected);
  });

  it('names the problems under the caller’s path', () => {
    expect(
      account
        .check({ type: 'order.placed', at: AT, orderId: 'A1', fulfillment: 'FBA' }, 'events[9]')
        .map(formatValidationError),
    ).toEqual(['events[9].orderId: duplicate order id "A1"']);
  });
});
