/** The order lists are shown in: English, numbers as numbers, case only as a tie-breaker. */
import { describe, expect, it } from 'vitest';
import { compareByFile, compareForDisplay } from '../../src/lib/display-order.ts';

const sign = (n: number) => Math.sign(n);

describe('compareForDisplay', () => {
  it.each([
    ['02-fba-and-fbm/01-who.mdx', '10-extra/01-first.mdx', -1], // numeric prefixes
    ['2-fbm.yaml', '10-odr.yaml', -1], // unpadded prefixes read as numbers
    ['Module 2', 'Module 10', -1],
    ['apple', 'Banana', -1], // case does not put capitals first
    ['ODR', 'order', -1],
    ['odr', 'ODR', -1], // but two words that differ only in case still have an order
    ['Éclair', 'Eclipse', -1], // accents are read through
    ['A-to-z claim', 'A-to-z claim', 0],
  ] as const)('%s against %s: %i', (a, b, expected) => {
    expect(sign(compareForDisplay(a, b))).toBe(expected);
    expect(sign(compareForDisplay(b, a))).toBe(-expected || 0);
  });

  it('gives the same list whatever order the entries were read in', () => {
    const terms = ['odr', 'ODR', 'Odr', 'IDR', 'idr', 'A-to-z', 'a-to-z'];
    const sorted = [...terms].sort(compareForDisplay);
    expect([...terms].reverse().sort(compareForDisplay)).toEqual(sorted);
  });
});

describe('compareByFile', () => {
  it('orders entries by file path, falling back to the id', () => {
    const entries = [
      { id: 'c', filePath: 'content/quizzes/10-final.yaml' },
      { id: '3-late' },
      { id: 'a', filePath: 'content/quizzes/2-odr.yaml' },
    ];
    expect([...entries].sort(compareByFile).map((entry) => entry.id)).toEqual(['3-late', 'a', 'c']);
  });
});
