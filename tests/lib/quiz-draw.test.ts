import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawSample, scrambledSteps, seededRandom } from '../../src/lib/quiz-draw.ts';

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
