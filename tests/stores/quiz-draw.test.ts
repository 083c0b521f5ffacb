import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawSample, scrambledSteps, seededRandom } from '../../src/lib/quiz-draw.ts';
import { masteryByFact, weakestFacts } from '../../src/lib/mastery.ts';

const bank = ['a', 'b', 'c'].flatMap((module) =>
  Array.from({ length: 10 }, (_, index) => ({ key: `${module}/${index}`, module })),
);

describe('the final assessment sample', () => {
  it('draws the asked number of different questions, spread evenly over the modules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer(), (count, seed) => {
        const sample = drawSample(bank, count, seededRandom(seed));
        expect(sample).toHaveLength(count);
        expect(new Set(sample.map((entry) => entry.key)).size).toBe(count);
        const perModule = ['a', 'b', 'c'].map(
          (module) => sample.filter((entry) => entry.module === module).length,
        );
        expect(Math.max(...perModule) - Math.min(...perModule)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('draws a fresh sample each time', () => {
    const first = drawSample(bank, 12, seededRandom(1)).map((entry) => entry.key);
    const second = drawSample(bank, 12, seededRandom(2)).map((entry) => entry.key);
    expect(first).not.toEqual(second);
  });

  it('never asks for more questions than the bank has', () => {
    expect(drawSample(bank, 99, seededRandom(3))).toHaveLength(30);
  });
});

describe('ordering questions', () => {
  it('show their steps scrambled, the same way on every reload', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 8 }), (key, count) => {
        const order = scrambledSteps(key, count);
        expect([...order].sort()).toEqual(
          Array.from({ length: count }, (_, index) => index).sort(),
        );
        expect(order.every((step, index) => step === index)).toBe(false);
        expect(scrambledSteps(key, count)).toEqual(order);
      }),
    );
  });
});

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
