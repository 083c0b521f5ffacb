/**
 * Every fact in the registry is taught by at least one lesson section, and nothing in the
 * project cites a fact ID the registry does not have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const registry = new Set(
  (parse(readFileSync(join(root, 'content/facts/facts.yaml'), 'utf8')) as { id: string }[]).map(
    (fact) => fact.id,
  ),
);
const prefixes = [...new Set([...registry].map((id) => id.split('-')[0]))];
// A segment of four or more digits is a record number (`MSG-88121`), never part of a fact ID.
const factPattern = new RegExp(
  `\\b(?:${prefixes.join('|')})(?:-(?![0-9]{4,}\\b)[A-Z0-9]+)+\\b`,
  'g',
);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const lessons = files(join(root, 'content/lessons'), /\.mdx$/).map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

/** The fact IDs each `<Section facts={[...]}>` of a lesson declares. */
function sectionFacts(text: string): string[] {
  return [...text.matchAll(/<Section\b[^>]*\bfacts=\{\[([^\]]*)\]\}/g)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/["']([^"']+)["']/g)].map((id) => id[1] ?? ''),
  );
}

describe('fact coverage', () => {
  it('teaches every registry fact in at least one lesson section', () => {
    const taught = new Set(lessons.flatMap((lesson) => sectionFacts(lesson.text)));
    expect([...registry].filter((id) => !taught.has(id))).toEqual([]);
  });

  it.each(lessons.map((lesson) => [lesson.path, lesson] as const))(
    '%s lists in its frontmatter exactly the facts its sections teach',
    (_path, lesson) => {
      const frontmatter = parse(lesson.text.split(/^---$/m)[1] ?? '') as { facts: string[] };
      expect([...new Set(frontmatter.facts)].sort()).toEqual(
        [...new Set(sectionFacts(lesson.text))].sort(),
      );
    },
  );

  it('cites no fact ID that the registry lacks, anywhere in content, src or tests', () => {
    const cited = ['content', 'src', 'tests'].flatMap((dir) =>
      files(join(root, dir), /\.(mdx?|ya?ml|ts|astro|svelte|json)$/).flatMap((path) =>
        [...readFileSync(path, 'utf8').matchAll(factPattern)].map(
          (match) => `${relative(root, path)}: ${match[0]}`,
        ),
      ),
    );
    // This file's own examples and deliberate unknown IDs in the broken-content tests are exempt.
    const unknown = cited.filter(
      (entry) => !registry.has(entry.split(': ')[1] ?? '') && !entry.startsWith('tests/content/'),
    );
    expect(unknown).toEqual([]);
  });
});

describe('question bank', () => {
  const modules = (
    parse(readFileSync(join(root, 'content/modules.yaml'), 'utf8')) as { id: string }[]
  ).map((module) => module.id);
  const quizzes = files(join(root, 'content/quizzes'), /\.ya?ml$/).map(
    (path) =>
      parse(readFileSync(path, 'utf8')) as {
        kind?: string;
        module?: string;
        questions?: { facts: string[] }[];
      },
  );
  const questions = quizzes.flatMap((quiz) => quiz.questions ?? []);

  it('has at least 90 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(90);
  });

  it.each(modules)('has a quiz of at least 10 questions for the module %s', (module) => {
    const quiz = quizzes.find(
      (candidate) => candidate.module === module && (candidate.kind ?? 'module') === 'module',
    );
    expect(quiz?.questions?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('has a final assessment', () => {
    expect(quizzes.filter((quiz) => quiz.kind === 'final')).toHaveLength(1);
  });

  it('tests every registry fact with at least one question', () => {
    const tested = new Set(questions.flatMap((question) => question.facts));
    expect([...registry].filter((id) => !tested.has(id))).toEqual([]);
  });
});
