import { describe, expect, it } from 'vitest';
import { formatValidationError, parseHistory, validateHistory } from '../../src/engine/validate.ts';

const base = () => ({
  asOf: '2026-03-02T12:00:00+01:00',
  events: [
    {
      type: 'order.placed',
      at: '2026-02-20T10:00:00+01:00',
      orderId: 'A1',
      fulfillment: 'FBM',
    } as Record<string, unknown>,
    {
      type: 'feedback.posted',
      at: '2026-02-21T10:00:00+01:00',
      feedbackId: 'F1',
      orderId: 'A1',
      rating: 4,
    } as Record<string, unknown>,
  ],
});

/** The messages of an invalid input, `path: problem`. */
function problems(input: unknown): string[] {
  const result = validateHistory(input);
  if (result.ok) throw new Error('expected invalid input');
  return result.errors.map(formatValidationError);
}

describe('validation names each problem and its place', () => {
  it.each<[string, (input: ReturnType<typeof base>) => unknown, RegExp]>([
    ['not an object', () => [1, 2], /^\(root\): not an object/],
    [
      'asOf missing (the contract gives no default)',
      (h) => ({ events: h.events }),
      /^asOf: missing/,
    ],
    [
      'asOf without an offset',
      (h) => ({ ...h, asOf: '2026-03-02T12:00:00' }),
      /^asOf: not an ISO-8601 date-time with offset \(the offset is missing\)/,
    ],
    [
      'a bad date-time',
      (h) => {
        h.events[1]!['at'] = 'yesterday';
        return h;
      },
      /^events\[1\]\.at: not an ISO-8601 date-time with offset/,
    ],
    [
      'an impossible date-time',
      (h) => {
        h.events[1]!['at'] = '2026-02-30T10:00:00+01:00';
        return h;
      },
      /^events\[1\]\.at: not an ISO-8601 date-time with offset \(no such date or time\)/,
    ],
    [
      'a missing at',
      (h) => {
        delete h.events[0]!['at'];
        return h;
      },
      /^events\[0\]\.at: missing/,
    ],
    [
      'a bad calendar date',
      (h) => {
        h.events[0]!['shipBy'] = '2026-13-01';
        return h;
      },
      /^events\[0\]\.shipBy: not a calendar date \(YYYY-MM-DD\)/,
    ],
    [
      'an unknown profile',
      (h) => ({ ...h, profile: 'amazon-2019' }),
      /^profile: unknown profile "amazon-2019"/,
    ],
    [
      'an unknown marketplace',
      (h) => ({ ...h, marketplace: 'amazon.xx' }),
      /^marketplace: unknown marketplace "amazon.xx"/,
    ],
    [
      'an unknown time zone',
      (h) => ({ ...h, timeZone: 'Mars/Olympus' }),
      /^timeZone: unknown time zone "Mars\/Olympus"/,
    ],
    ['events missing', (h) => ({ asOf: h.asOf }), /^events: missing/],
    ['events not a list', (h) => ({ ...h, events: {} }), /^events: must be an array/],
    [
      'an event that is not an object',
      (h) => ({ ...h, events: [...h.events, 'x'] }),
      /^events\[2\]: not an object/,
    ],
    [
      'a missing required field',
      (h) => {
        delete h.events[0]!['fulfillment'];
        return h;
      },
      /^events\[0\]\.fulfillment: missing/,
    ],
    [
      'a wrong type',
      (h) => {
        h.events[0]!['business'] = 'yes';
        return h;
      },
      /^events\[0\]\.business: must be true or false/,
    ],
    [
      'a rating out of range',
      (h) => {
        h.events[1]!['rating'] = 6;
        return h;
      },
      /^events\[1\]\.rating: out of range: must be an integer from 1 to 5, got 6/,
    ],
    [
      'a fractional rating',
      (h) => {
        h.events[1]!['rating'] = 2.5;
        return h;
      },
      /^events\[1\]\.rating: out of range/,
    ],
    [
      'an enum value out of range',
      (h) => {
        h.events[0]!['fulfillment'] = 'FBX';
        return h;
      },
      /^events\[0\]\.fulfillment: out of range: must be one of FBA, FBM/,
    ],
    [
      'an unknown event type',
      (h) => ({
        ...h,
        events: [...h.events, { type: 'order.teleported', at: '2026-02-20T10:00:00+01:00' }],
      }),
      /^events\[2\]\.type: unknown event type "order.teleported"/,
    ],
    [
      'an unknown referenced id',
      (h) => ({
        ...h,
        events: [
          ...h.events,
          { type: 'order.shipped', at: '2026-02-20T10:00:00+01:00', orderId: 'ZZ' },
        ],
      }),
      /^events\[2\]\.orderId: unknown order id "ZZ"/,
    ],
    [
      'an unknown message',
      (h) => ({
        ...h,
        events: [
          ...h.events,
          { type: 'message.replied', at: '2026-02-20T10:00:00+01:00', messageId: 'M9' },
        ],
      }),
      /^events\[2\]\.messageId: unknown message id "M9"/,
    ],
    [
      'a duplicate id',
      (h) => ({ ...h, events: [...h.events, { ...h.events[0] }] }),
      /^events\[2\]\.orderId: duplicate order id "A1" \(already defined by events\[0\]\)/,
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(problems(mutate(base()))).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  it('reports text that is not JSON at (root)', () => {
    const result = parseHistory('{ "asOf": ');
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([
      expect.stringMatching(/^\(root\): not JSON/),
    ]);
  });

  it('accepts a reference to an id defined later in the file (anywhere in the history)', () => {
    const input = base();
    input.events.unshift({ type: 'order.shipped', at: '2026-02-20T12:00:00+01:00', orderId: 'A1' });
    expect(validateHistory(input).ok).toBe(true);
  });

  it('allows unknown extra fields (the project may add fields)', () => {
    const input = { ...base(), note: 'x' };
    input.events[0]!['channel'] = 'web';
    expect(validateHistory(input).ok).toBe(true);
  });

  it('fills the defaults: profile course, marketplace amazon.de, its time zone', () => {
    const result = validateHistory(base());
    expect(
      result.ok && [result.history.profile, result.history.marketplace, result.history.timeZone],
    ).toEqual(['course', 'amazon.de', 'Europe/Berlin']);
  });

  it.each([
    ['amazon.fr', 'Europe/Paris'],
    ['amazon.it', 'Europe/Rome'],
    ['amazon.es', 'Europe/Madrid'],
    ['amazon.co.uk', 'Europe/London'],
    ['amazon.com', 'America/Los_Angeles'],
  ])('takes %s days in %s by default', (marketplace, zone) => {
    const result = validateHistory({ ...base(), marketplace });
    expect(result.ok && result.history.timeZone).toBe(zone);
  });

  it('collects every problem, not just the first', () => {
    const input = base();
    input.events[0]!['at'] = 'x';
    input.events[1]!['rating'] = 0;
    expect(problems(input)).toHaveLength(2);
  });
});
