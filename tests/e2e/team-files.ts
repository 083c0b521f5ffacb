/** Progress files as trainees export them, built from the content folders (for the team and verify tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');

/** Every lesson id (`module/lesson`), in course order. */
export const lessonIds = readdirSync(resolve(root, 'content/lessons'), { recursive: true })
  .map(String)
  .filter((name) => /\.mdx?$/.test(name))
  .sort()
  .map((name) => name.replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/g, '$1'));

/** Every quiz id; `final` is the final assessment. */
export const quizIds = readdirSync(resolve(root, 'content/quizzes'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

/** Every scenario id. */
export const scenarioIds = readdirSync(resolve(root, 'content/scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

/** The scenarios that practise a module: those whose lessons to read include one of the module's. */
export const scenariosOfModule = (moduleId: string): string[] =>
  scenarioIds.filter((id) =>
    (
      parse(readFileSync(resolve(root, `content/scenarios/${id}.yaml`), 'utf8')) as {
        lessons: string[];
      }
    ).lessons.some((link) => link.startsWith(`${moduleId}/`)),
  );

/** A whole quiz attempt at a score. */
export const attempt = (score: number, at = '2026-11-20T10:00:00.000Z') => ({
  at,
  score,
  correct: Math.round(score * 20),
  total: 20,
  passed: score >= 0.8,
  missed: [],
  full: true,
});

/** A progress file: the lessons done, best score per quiz, best per scenario, wrong answers per question key. */
export function progressFile(options: {
  name: string;
  lessons: string[];
  quizzes: Record<string, number>;
  scenarios: Record<string, number>;
  answers?: Record<string, { right: number; wrong: number }>;
}) {
  const at = '2026-11-19T10:00:00.000Z';
  return {
    version: 1,
    trainee: { name: options.name },
    lessons: Object.fromEntries(options.lessons.map((id) => [id, { completedAt: at }])),
    quizzes: Object.fromEntries(
      Object.entries(options.quizzes).map(([id, score]) => [id, { attempts: [attempt(score)] }]),
    ),
    answers: Object.fromEntries(
      Object.entries(options.answers ?? {}).map(([key, tally]) => [key, { ...tally, lastAt: at }]),
    ),
    review: {},
    scenarios: Object.fromEntries(
      Object.entries(options.scenarios).map(([id, best]) => [
        id,
        { best, attempts: 1, lastAt: at },
      ]),
    ),
    inProgress: {},
  };
}

/** A file for `setInputFiles`. */
export const jsonFile = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
});
