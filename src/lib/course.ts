/** Reads the course from content collections in course order, for pages to render. */
import { existsSync, readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PlayableQuestion } from './playable-question.ts';
import type { CourseShape } from './course-shape.ts';

/** A lesson entry from the `lessons` collection. */
export type LessonEntry = CollectionEntry<'lessons'>;

/** A module with its lessons, quiz and scenarios, in course order. */
export interface ModuleOutline {
  module: CollectionEntry<'modules'>;
  lessons: LessonEntry[];
  quiz: CollectionEntry<'quizzes'> | undefined;
  scenarios: CollectionEntry<'scenarios'>[];
}

/**
 * Entries of a collection that may still be empty (quizzes, scenarios). Astro warns on every
 * query of an empty collection, which buries real build errors, so an empty folder is not asked.
 * Pages are prerendered, so this runs at build time only.
 */
export async function optionalCollection<C extends 'quizzes' | 'scenarios'>(
  name: C,
): Promise<CollectionEntry<C>[]> {
  const dir = `content/${name}`;
  const hasFiles =
    existsSync(dir) &&
    readdirSync(dir, { recursive: true }).some((file) => /\.(ya?ml|json)$/.test(String(file)));
  return hasFiles ? getCollection(name) : [];
}

/** Lessons ordered by their numeric file-name prefixes (folder, then file). */
export async function orderedLessons(): Promise<LessonEntry[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) =>
    (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id, 'en', { numeric: true }),
  );
}

/** The whole course: modules → lessons, quiz, scenarios. */
export async function courseOutline(): Promise<ModuleOutline[]> {
  const [modules, lessons, quizzes, scenarios] = await Promise.all([
    getCollection('modules'),
    orderedLessons(),
    optionalCollection('quizzes'),
    optionalCollection('scenarios'),
  ]);
  return modules
    .sort((a, b) => a.data.number - b.data.number)
    .map((module) => {
      const moduleLessons = lessons.filter((lesson) => lesson.data.module === module.id);
      const lessonIds = new Set(moduleLessons.map((lesson) => lesson.id));
      return {
        module,
        lessons: moduleLessons,
        quiz: quizzes.find((quiz) => quiz.data.module === module.id),
        scenarios: scenarios.filter((scenario) =>
          scenario.data.lessons.some((link) => lessonIds.has(link.split('#')[0] ?? '')),
        ),
      };
    });
}

/** Every module quiz's questions, ready for the quiz islands (key, module, lesson to revisit). */
export async function questionBank(): Promise<PlayableQuestion[]> {
  const [quizzes, lessons] = await Promise.all([
    optionalCollection('quizzes'),
    getCollection('lessons'),
  ]);
  const titles = new Map(lessons.map((lesson) => [lesson.id, lesson.data.title]));
  return quizzes
    .filter((quiz) => quiz.data.kind === 'module')
    .sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id, 'en', { numeric: true }))
    .flatMap((quiz) =>
      quiz.data.questions.map((question) => {
        const [lessonId = '', section] = question.revisit.split('#');
        return {
          ...question,
          key: `${quiz.id}/${question.id}`,
          module: quiz.data.module ?? quiz.id,
          revisitHref: lessonHref(lessonId, section),
          revisitTitle: titles.get(lessonId) ?? lessonId,
        };
      }),
    );
}

/** The course's shape for the progress and certificate pages. */
export async function courseShape(): Promise<CourseShape> {
  const [outline, bank, quizzes] = await Promise.all([
    courseOutline(),
    questionBank(),
    optionalCollection('quizzes'),
  ]);
  return {
    modules: outline.map(({ module, lessons, quiz }) => ({
      id: module.id,
      number: module.data.number,
      title: module.data.title,
      lessonIds: lessons.map((lesson) => lesson.id),
      quizId: quiz?.id ?? null,
      facts: [...new Set(lessons.flatMap((lesson) => lesson.data.facts))],
    })),
    finalQuizId: quizzes.find((quiz) => quiz.data.kind === 'final')?.id ?? null,
    factsOfQuestion: Object.fromEntries(bank.map((question) => [question.key, question.facts])),
  };
}

/** The first lesson section that teaches each fact, for links from quizzes, the desk and progress. */
export async function factLessonLinks(): Promise<Record<string, { href: string; title: string }>> {
  const links: Record<string, { href: string; title: string }> = {};
  for (const lesson of await orderedLessons()) {
    const body = lesson.body ?? '';
    for (const match of body.matchAll(
      /<Section\b[^>]*\bid=["']([^"']+)["'][^>]*\btitle=["']([^"']+)["'][^>]*\bfacts=\{\[([^\]]*)\]\}/g,
    )) {
      for (const fact of (match[3] ?? '').matchAll(/["']([^"']+)["']/g)) {
        links[fact[1] ?? ''] ??= {
          href: lessonHref(lesson.id, match[1]),
          title: `${lesson.data.title}: ${match[2] ?? ''}`,
        };
      }
    }
  }
  return links;
}

/** The URL of a lesson, optionally of one of its sections. */
export function lessonHref(lessonId: string, section?: string): string {
  return `/learn/${lessonId}/${section ? `#${section}` : ''}`;
}

/** The URL of a fact on the facts page. */
export function factHref(factId: string): string {
  return `/facts/#${factId}`;
}

/** The URL of a glossary term. */
export function termHref(termId: string): string {
  return `/glossary/#${termId}`;
}
