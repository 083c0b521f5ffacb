/** Where a problem is, as a trainer counts: the line in the file and the item by id, from 1. */
import { describe, expect, it } from 'vitest';
import { describePath, lineOf, readSource, writtenAt } from '../../../src/content/checks/source.ts';

const quiz = readSource(
  'content/quizzes/x.yaml',
  [
    'title: Q', // 1
    'questions:', // 2
    '  - id: first', // 3
    '    facts: [ODR-DEF]', // 4
    '  - id: late-invoice-friday', // 5
    '    facts:', // 6
    '      - ODR-DEF', // 7
    '      - ODR-NOPE', // 8
    "    answer: '2026-03-30T22:59:59'", // 9
    '    when: 2026-03-30T22:59:59+02:00', // 10
  ].join('\n'),
);

describe('places in a YAML file', () => {
  it.each([
    [['questions', 1, 'facts', 1], 8, 'question 2 (id: late-invoice-friday) → facts → entry 2'],
    [['questions', 1, 'answer'], 9, 'question 2 (id: late-invoice-friday) → answer'],
    [['questions', 0], 3, 'question 1 (id: first)'],
    [['questions', 1, 'missing'], 5, 'question 2 (id: late-invoice-friday) → missing'],
    [['title'], 1, 'title'],
  ])('finds %j on line %i as "%s"', (path, line, where) => {
    expect(lineOf(quiz, path)).toBe(line);
    expect(describePath(quiz.data, path)).toBe(where);
  });

  it('reads unquoted dates as dates, as Astro does, and gives back what was written', () => {
    expect((quiz.data as { questions: { when: unknown }[] }).questions[1]?.when).toBeInstanceOf(
      Date,
    );
    expect(writtenAt(quiz, ['questions', 1, 'when'])).toBe('2026-03-30T22:59:59+02:00');
  });

  it('counts front matter lines from the top of the lesson file', () => {
    const lesson = readSource(
      'content/lessons/01-a/01-b.mdx',
      '---\ntitle: T\nfacts:\n  - ODR-DEF\n---\n\nBody\n',
    );
    expect(lineOf(lesson, ['facts', 0])).toBe(4);
    expect(lesson.body?.line).toBe(6); // the line after the closing ---
  });

  it('names a YAML syntax error with its line', () => {
    const broken = readSource('content/glossary.yaml', '- id: odr\n  definition: a: b: c\n');
    expect(broken.syntaxError?.line).toBe(2);
    expect(broken.syntaxError?.message).toMatch(/^not valid YAML: /);
  });
});
