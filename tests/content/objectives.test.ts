/**
 * Every lesson objective is assessed by at least one quiz question, linked in the content: a
 * lesson gives each objective an id, and a question lists the objectives it assesses
 * (`assesses: [lesson-id#objective-id]`; a broken link fails the build). The question bank has no
 * question twice, in any quiz.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonIdFromPath, objectiveIdsOf } from '../../src/content/registry.ts';

const root = resolve(import.meta.dirname, '../..');
const lessonsDir = join(root, 'content/lessons');
const quizzesDir = join(root, 'content/quizzes');

const objectives = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => {
    const lessonId = lessonIdFromPath(name.split('\\').join('/'));
    return objectiveIdsOf(readFileSync(join(lessonsDir, name), 'utf8')).map(
      (objective) => `${lessonId}#${objective}`,
    );
  });

interface RawQuestion {
  id: string;
  prompt: string;
  assesses?: string[];
  options?: { text: string; correct?: boolean }[];
}
const questions = readdirSync(quizzesDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .flatMap((name) =>
    (
      (parse(readFileSync(join(quizzesDir, name), 'utf8')) as { questions?: RawQuestion[] })
        .questions ?? []
    ).map((question) => ({ quiz: name, ...question })),
  );

describe('objectives and questions', () => {
  it('reads the objectives of every lesson', () => {
    expect(objectives.length).toBeGreaterThanOrEqual(60);
  });

  it('assesses every lesson objective with at least one question', () => {
    const assessed = new Set(questions.flatMap((question) => question.assesses ?? []));
    expect(objectives.filter((objective) => !assessed.has(objective))).toEqual([]);
  });

  it('links every question to the objectives it assesses', () => {
    expect(
      questions
        .filter((question) => (question.assesses ?? []).length === 0)
        .map((question) => `${question.quiz} ${question.id}`),
    ).toEqual([]);
  });

  it('asks no question twice: no prompt repeats across the quizzes', () => {
    const normal = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const seen = new Map<string, string>();
    const repeats = questions.flatMap((question) => {
      const key = normal(question.prompt);
      const first = seen.get(key);
      seen.set(key, `${question.quiz} ${question.id}`);
      return first ? [`${first} = ${question.quiz} ${question.id}`] : [];
    });
    expect(repeats).toEqual([]);
  });

  it('does not give the answer away by its place: no position holds most right answers', () => {
    const positions = questions.flatMap((question) => {
      const options = question.options ?? [];
      const right = options.filter((option) => option.correct);
      return right.length === 1 ? [options.indexOf(right[0] as (typeof options)[number])] : [];
    });
    expect(positions.length).toBeGreaterThan(30);
    for (let place = 0; place < 5; place += 1)
      expect(positions.filter((position) => position === place).length).toBeLessThan(
        positions.length * 0.4,
      );
  });

  it('asks no two questions with the same right answer and the same purpose', () => {
    // A right option repeated word for word in two questions tests the same thing twice.
    const seen = new Map<string, string>();
    const repeats = questions.flatMap((question) =>
      (question.options ?? [])
        .filter((option) => option.correct && option.text.length > 40)
        .flatMap((option) => {
          const first = seen.get(option.text);
          seen.set(option.text, `${question.quiz} ${question.id}`);
          return first ? [`${first} = ${question.quiz} ${question.id}: ${option.text}`] : [];
        }),
    );
    expect(repeats).toEqual([]);
  });
});
