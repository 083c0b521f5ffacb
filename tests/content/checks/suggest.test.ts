/** "Did you mean …?": the nearest valid value to a typo, and none when nothing is near. */
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from '../../../src/content/checks/suggest.ts';

describe('suggestions', () => {
  it.each([
    ['ODR-DEDUP', 'ODR-DEDUP', 0],
    ['ODR-DEDUPE', 'ODR-DEDUP', 1],
    ['ODR-DEUDP', 'ODR-DEDUP', 1], // two neighbours swapped
    ['odr-dedup', 'ODR-DEDUP', 0], // case is not a difference
    ['abc', 'xyz', 3],
  ])('counts the edits from %s to %s', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  const facts = ['ODR-DEDUP', 'ODR-DEF', 'ODR-TARGET', 'A2Z-COUNTS', 'RESP-24H'];
  it.each([
    ['ODR-DEDUPE', 'ODR-DEDUP'],
    ['A2Z-COUNT', 'A2Z-COUNTS'],
    ['odr-target', 'ODR-TARGET'],
    ['RESP-42H', 'RESP-24H'],
    ['SHIP-FAST', undefined], // nothing near: no guess
    ['ODR-DEF', undefined], // already valid
  ])('suggests for %s: %s', (typo, expected) => {
    expect(nearest(typo, facts)).toBe(expected);
  });

  it('says it as a sentence, or says nothing', () => {
    expect(didYouMean('ODR-DEDUPE', facts)).toBe(' Did you mean ODR-DEDUP?');
    expect(didYouMean('SHIP-FAST', facts)).toBe('');
  });
});
