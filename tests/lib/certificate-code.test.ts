import { describe, expect, it } from 'vitest';
import {
  canonicalText,
  certificateCode,
  certificateFacts,
  normaliseCode,
  type CompletedCourse,
} from '../../src/lib/certificate-code.ts';

const view: CompletedCourse = {
  certified: true,
  modules: [
    { id: 'service-standards', title: 'Service standards', bestQuiz: { score: 0.9 } },
    { id: 'daily-routine', title: 'Daily routine', bestQuiz: { score: 0.85 } },
  ],
  bestFinal: { score: 0.875, at: '2026-11-20T23:30:00.000Z' },
};

describe('certificate code', () => {
  it('states the name, the UTC day the final was passed and whole-percent scores', () => {
    expect(certificateFacts(view, '  Ana Lopes ')).toEqual({
      name: 'Ana Lopes',
      passedOn: '2026-11-20',
      modules: [
        { id: 'service-standards', title: 'Service standards', percent: 90 },
        { id: 'daily-routine', title: 'Daily routine', percent: 85 },
      ],
      finalPercent: 88,
    });
  });

  it('has no facts for a course that is not complete', () => {
    expect(certificateFacts({ ...view, certified: false }, 'Ana')).toBeNull();
  });

  it('is ten characters of base 32 in two groups, the same for the same facts', async () => {
    const facts = certificateFacts(view, 'Ana Lopes');
    if (!facts) throw new Error('no facts');
    const code = await certificateCode(facts);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(await certificateCode({ ...facts })).toBe(code);
  });

  it.each([
    ['a changed name', { name: 'Ana Lopez' }],
    ['a changed date', { passedOn: '2026-11-21' }],
    ['a changed final score', { finalPercent: 98 }],
  ])('changes with %s', async (_, change) => {
    const facts = certificateFacts(view, 'Ana Lopes');
    if (!facts) throw new Error('no facts');
    expect(await certificateCode({ ...facts, ...change })).not.toBe(await certificateCode(facts));
  });

  it('changes with one module score', async () => {
    const facts = certificateFacts(view, 'Ana Lopes');
    if (!facts) throw new Error('no facts');
    const edited = {
      ...facts,
      modules: facts.modules.map((module, index) =>
        index === 1 ? { ...module, percent: 95 } : module,
      ),
    };
    expect(canonicalText(edited)).not.toBe(canonicalText(facts));
    expect(await certificateCode(edited)).not.toBe(await certificateCode(facts));
  });

  it.each([
    ['abcde-fghjk', 'ABCDE-FGHJK'],
    [' abcde fghjk ', 'ABCDE-FGHJK'],
    ['oO1iL-00000', '00111-00000'],
    ['ABCDE-FGHJ', null],
    ['ABCDE-FGHJU', null],
  ])('reads a typed code %j as %j', (typed, printed) => {
    expect(normaliseCode(typed)).toBe(printed);
  });
});
