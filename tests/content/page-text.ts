/**
 * The text of the pages built from content, in the order a trainee reads it, for the plain-English
 * tests: the project's content read from disk and handed to the page builders check-content uses
 * (src/content/checks/page-text.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  coursePages,
  plainText,
  policyChecksAndRecaps as checksAndRecapsOf,
  type CourseTexts,
  type LessonText,
  type PageText,
} from '../../src/content/checks/page-text.ts';

export { plainText, type PageText };

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const yaml = <T>(path: string): T => parse(read(path)) as T;
const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);

const lessons: LessonText[] = filesIn('content/lessons', /\.mdx$/).map((file) => {
  const [, frontmatter = '', ...rest] = read(file).split(/^---$/m);
  return {
    ...(parse(frontmatter) as Omit<LessonText, 'file' | 'body'>),
    file,
    body: rest.join('---'),
  };
});

const course: CourseTexts = {
  modules: yaml('content/modules.yaml'),
  modulesFile: 'content/modules.yaml',
  lessons,
  quizzes: filesIn('content/quizzes', /\.ya?ml$/).map((file) => {
    const quiz = yaml<{ title: string; questions?: CourseTexts['quizzes'][number]['questions'] }>(
      file,
    );
    return { file, title: quiz.title, questions: quiz.questions ?? [] };
  }),
  scenarios: filesIn('content/scenarios', /\.ya?ml$/).map((file) => {
    const scenario = yaml<Partial<CourseTexts['scenarios'][number]>>(file);
    return {
      title: scenario.title ?? '',
      summary: scenario.summary ?? '',
      messages: scenario.messages ?? [],
      feedback: scenario.feedback ?? [],
      decisions: scenario.decisions ?? [],
      rubric: scenario.rubric ?? [],
      file,
    };
  }),
  contacts: yaml('content/escalation-contacts.yaml'),
  rules: yaml('content/escalation.yaml'),
  escalationFile: 'content/escalation.yaml',
  glossary: yaml('content/glossary.yaml'),
  glossaryFile: 'content/glossary.yaml',
};

/** Every page built from content that this training writes in prose. */
export const allPages: PageText[] = coursePages(course);

/** The Policy checks and recaps of every lesson, as plain text. */
export const policyChecksAndRecaps: PageText[] = checksAndRecapsOf(lessons);
