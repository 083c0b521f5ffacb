/** The engine's one string order: code-unit order, the same in every runtime and locale. */
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/engine/text-order.ts';

const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  it.each([
    ['A1', 'A2', -1],
    ['A2', 'A10', 1], // ids are not numbers: "A10" comes first, as `<` says
    ['order-9', 'order-10', 1],
    ['A-1', 'A1', -1], // a hyphen before a digit
    ['Z', 'a', -1], // capitals before small letters (a collation would say the opposite)
    ['ODR', 'ODR-DEF', -1], // a prefix first
    ['2026-03-09', '2026-03-10', -1], // calendar dates in time order
    ['derived:A2Z-AUTO:A1', 'derived:RET-48H:A1', -1],
    ['same', 'same', 0],
  ] as const)('%s against %s: %i', (a, b, expected) => {
    expect(sign(compareText(a, b))).toBe(expected);
    expect(sign(compareText(b, a))).toBe(-expected || 0);
  });

  // The reply checker broke ties between findings at one place with English collation; over
  // the contract's rules and kinds (reply-check.md) code-unit order is the same order, so the
  // findings of a draft come out as before.
  const collation = new Intl.Collator('en');
  it.each([
    ['rules', ['PR-RULES', 'REV-BANNED', 'TIP-8', 'MSG-CONTACT', 'MSG-PERMITTED', 'FBM-LOCAL']],
    [
      'kinds',
      [
        'removal-incentive',
        'private-data',
        'question',
        'incentive',
        'positive-only',
        'change-request',
        'off-platform-payment',
        'contact-details',
        'marketing',
        'language',
      ],
    ],
    [
      'fact IDs',
      ['RESP-KAUFLAND', 'RESP-24H', 'RETURN-LIMITS', 'RET-48H', 'A2Z-DEF', 'ODR-DEF', 'ODR-DEDUP'],
    ],
  ])('orders the reply checker %s as English collation does', (_name, words) => {
    expect([...words].sort(compareText)).toEqual([...words].sort(collation.compare));
  });
});
