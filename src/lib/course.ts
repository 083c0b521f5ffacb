/** Reads the course from content collections in course order, for pages to render. */
import { existsSync, readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CitedFacts, PlayableQuestion, QuestionSet } from './playable-question.ts';
import type { CourseShape, PathStep } from './course-shape.ts';
import { compareByFile } from './display-order.ts';
import { factsAttribute, stringAttribute, tagsIn } from '../content/checks/mdx-tags.ts';

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
 * Entries of a collection that may still be empty (quizzes, scenarios, writing situations). Astro warns on every
 * query of an empty collection, which buries real build errors, so an empty folder is not asked.
 * Pages are prerendered, so this runs at build time only.
 */
export async function optionalCollection<C extends 'quizzes' | 'scenarios' | 'writing'>(
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
  return lessons.sort(compareByFile);
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

/** The plain name of every policy fact, by ID ("Reply within 24 hours" for RESP-24H). */
export async function factNames(): Promise<Record<string, string>> {
  const facts = await getCollection('facts');
  return Object.fromEntries(facts.map((fact) => [fact.id, fact.data.name]));
}

/** The facts a set of questions cites (its own and those its sentences break), for the quiz islands. */
async function citedFacts(questions: readonly PlayableQuestion[]): Promise<CitedFacts> {
  const facts = new Map((await getCollection('facts')).map((fact) => [fact.id, fact.data]));
  const cited = new Set(
    questions.flatMap((question) => [
      ...question.facts,
      ...(question.type === 'spot-the-problem'
        ? question.sentences.flatMap((sentence) => sentence.breaks)
        : []),
    ]),
  );
  return Object.fromEntries(
    [...cited].sort().map((id) => {
      const fact = facts.get(id);
      return [
        id,
        {
          name: fact?.name ?? id,
          ...(fact?.help ? { readings: { course: fact.text, help: fact.help } } : {}),
        },
      ];
    }),
  );
}

/** Questions with the facts they cite, as a quiz island takes them. */
export async function questionSet(questions: PlayableQuestion[]): Promise<QuestionSet> {
  return { questions, facts: await citedFacts(questions) };
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
    .sort(compareByFile)
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
    modules: outline.map(({ module, lessons, quiz, scenarios }) => ({
      id: module.id,
      number: module.data.number,
      title: module.data.title,
      lessonIds: lessons.map((lesson) => lesson.id),
      quizId: quiz?.id ?? null,
      facts: [...new Set(lessons.flatMap((lesson) => lesson.data.facts))],
      scenarioIds: scenarios.map((scenario) => scenario.id),
    })),
    finalQuizId: quizzes.find((quiz) => quiz.data.kind === 'final')?.id ?? null,
    factsOfQuestion: Object.fromEntries(bank.map((question) => [question.key, question.facts])),
  };
}

/** The course as a path of steps in order: each module's lessons, its quiz, one of its scenarios; then the final. */
export async function coursePath(): Promise<PathStep[]> {
  const [outline, quizzes] = await Promise.all([courseOutline(), optionalCollection('quizzes')]);
  const final = quizzes.find((quiz) => quiz.data.kind === 'final');
  return [
    ...outline.flatMap(({ module, lessons, quiz, scenarios }): PathStep[] => {
      const moduleTitle = `Module ${module.data.number}: ${module.data.title}`;
      // The gentlest scenario first: any of the module's scenarios completes the step.
      const rank = { starter: 0, standard: 1, hard: 2 } as const;
      const first = [...scenarios].sort(
        (a, b) => rank[a.data.difficulty] - rank[b.data.difficulty],
      )[0];
      return [
        ...lessons.map((lesson): PathStep => ({
          kind: 'lesson',
          ids: [lesson.id],
          href: lessonHref(lesson.id),
          title: lesson.data.title,
          module: moduleTitle,
        })),
        ...(quiz
          ? [
              {
                kind: 'quiz',
                ids: [quiz.id],
                href: `/practise/${quiz.id}/`,
                title: quiz.data.title,
                module: moduleTitle,
              } satisfies PathStep,
            ]
          : []),
        ...(first
          ? [
              {
                kind: 'scenario',
                ids: scenarios.map((scenario) => scenario.id),
                href: `/simulate/${first.id}/`,
                title: first.data.title,
                module: moduleTitle,
              } satisfies PathStep,
            ]
          : []),
      ];
    }),
    ...(final
      ? [
          {
            kind: 'final',
            ids: [final.id],
            href: `/practise/${final.id}/`,
            title: final.data.title,
            module: '',
          } satisfies PathStep,
        ]
      : []),
  ];
}

/** The first lesson section that teaches each fact, for links from quizzes, the desk and progress. */
export async function factLessonLinks(): Promise<Record<string, { href: string; title: string }>> {
  const links: Record<string, { href: string; title: string }> = {};
  for (const lesson of await orderedLessons()) {
    for (const section of tagsIn(lesson.body ?? '', ['Section'])) {
      const id = stringAttribute(section.attributes, 'id');
      const facts = factsAttribute(section.attributes);
      if (id === undefined || !Array.isArray(facts)) continue; // the content checks report it
      const title = stringAttribute(section.attributes, 'title') ?? '';
      for (const fact of facts)
        links[fact] ??= {
          href: lessonHref(lesson.id, id),
          title: `${lesson.data.title}: ${title}`,
        };
    }
  }
  return links;
}

/** A lesson to read, as a link. */
export interface ReadingLink {
  href: string;
  title: string;
}

/**
 * The lessons behind `lesson#section` links (a scenario's reading list), each lesson once, in the
 * order first mentioned, linked to the first of its sections the list names.
 */
export async function readingList(links: readonly string[]): Promise<ReadingLink[]> {
  const titles = new Map(
    (await getCollection('lessons')).map((lesson) => [lesson.id, lesson.data.title]),
  );
  const reading = new Map<string, ReadingLink>();
  for (const link of links) {
    const [lessonId = '', section] = link.split('#');
    if (!reading.has(lessonId))
      reading.set(lessonId, {
        href: lessonHref(lessonId, section),
        title: titles.get(lessonId) ?? lessonId,
      });
  }
  return [...reading.values()];
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
