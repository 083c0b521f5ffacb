import { describe, expect, it } from 'vitest';
import { masteryByFact, weakestFacts } from '../../src/lib/mastery.ts';

describe('mastery', () => {
  const facts = { 'q/1': ['ODR-DEF', 'ODR-DEDUP'], 'q/2': ['ODR-DEDUP'], 'q/3': ['IDR-DEF'] };
  const answers = {
    'q/1': { right: 1, wrong: 1 },
    'q/2': { right: 0, wrong: 2 },
    'q/3': { right: 3, wrong: 0 },
  };

  it('counts every answer for each fact its question tests', () => {
    const mastery = masteryByFact(answers, facts);
    expect(mastery.get('ODR-DEDUP')).toEqual({
      fact: 'ODR-DEDUP',
      right: 1,
      wrong: 3,
      share: 0.25,
    });
    expect(mastery.get('ODR-DEF')?.share).toBe(0.5);
    expect(mastery.get('IDR-DEF')?.share).toBe(1);
  });

  it('lists the weakest facts first and leaves out facts never missed', () => {
    expect(weakestFacts(masteryByFact(answers, facts), 5).map((entry) => entry.fact)).toEqual([
      'ODR-DEDUP',
      'ODR-DEF',
    ]);
  });
});
