/**
 * The text of the pages built from content, in the order a trainee reads it, for the plain-English
 * and abbreviation tests. Markup is stripped: a `<Term>` keeps its words, a link keeps its text,
 * a fact chip (a fact ID) stays as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const yaml = <T>(path: string): T => parse(read(path)) as T;

/** A page: where it comes from, and its text in reading order. */
export interface PageText {
  page: string;
  text: string;
}

/** MDX (or Markdown) to plain text: components, links and emphasis removed, words kept. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, ' ')
    .replace(/\|/g, ' ')
    .replace(/^\s*(#+|- \[ \]|-|\d+\.)\s+/gm, '')
    .replace(/[ \t]+/g, ' ');
}

interface Module {
  id: string;
  number: number;
  title: string;
  summary: string;
}
interface Lesson {
  file: string;
  id: string;
  module: string;
  title: string;
  summary: string;
  objectives: { text: string }[];
  body: string;
}

const modules = yaml<Module[]>('content/modules.yaml').sort((a, b) => a.number - b.number);
const lessonsDir = 'content/lessons';
const lessons: Lesson[] = readdirSync(join(root, lessonsDir), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const [, frontmatter = '', ...rest] = read(join(lessonsDir, name)).split(/^---$/m);
    const data = parse(frontmatter) as Omit<Lesson, 'file' | 'id' | 'body'>;
    const id = name
      .replace(/\.mdx$/, '')
      .split('/')
      .map((part) => part.replace(/^\d{2}-/, ''))
      .join('/');
    return { ...data, file: `${lessonsDir}/${name}`, id, body: rest.join('---') };
  });

/** Each lesson page: breadcrumb (module title), title, objectives, body. */
export const lessonPages: PageText[] = lessons.map((lesson) => {
  const module = modules.find((candidate) => candidate.id === lesson.module);
  return {
    page: lesson.file,
    text: [
      `Module ${module?.number ?? ''}: ${module?.title ?? ''}`,
      lesson.title,
      ...lesson.objectives.map((objective) => objective.text),
      plainText(lesson.body),
    ].join('\n'),
  };
});

/** The course map: each module's title and summary, then its lessons' titles and summaries. */
export const courseMap: PageText = {
  page: 'the course map (/learn/)',
  text: modules
    .flatMap((module) => [
      module.title,
      module.summary,
      ...lessons
        .filter((lesson) => lesson.module === module.id)
        .flatMap((lesson) => [lesson.title, lesson.summary]),
    ])
    .join('\n'),
};

interface QuizQuestion {
  prompt: string;
  explanation: string;
  options?: { text: string; why: string }[];
  sentences?: { text: string; why?: string }[];
  steps?: string[];
  whyWrong?: string;
  mistakes?: { why: string }[];
}

/** Each quiz page: its title, then every question with its options and explanations, in order. */
export const quizPages: PageText[] = readdirSync(join(root, 'content/quizzes'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => {
    const quiz = yaml<{ title: string; questions?: QuizQuestion[] }>(`content/quizzes/${name}`);
    return {
      page: `content/quizzes/${name}`,
      text: [
        quiz.title,
        ...(quiz.questions ?? []).flatMap((question) => [
          question.prompt,
          ...(question.options ?? []).map((option) => option.text),
          ...(question.sentences ?? []).map((sentence) => sentence.text),
          ...(question.steps ?? []),
          question.explanation,
          ...(question.options ?? []).map((option) => option.why),
          ...(question.sentences ?? []).flatMap((sentence) => sentence.why ?? []),
          question.whyWrong ?? '',
          ...(question.mistakes ?? []).map((mistake) => mistake.why),
        ]),
      ].join('\n'),
    };
  });

interface ScenarioText {
  title: string;
  summary: string;
  messages?: { from: string; subject: string; body: string }[];
  feedback?: { comment: string }[];
  decisions?: {
    prompt: string;
    choices: { label: string; feedback: string }[];
  }[];
  rubric: { description: string }[];
}

/** Each desk page: title, summary, what arrives, the decisions and the debrief. */
export const scenarioPages: PageText[] = readdirSync(join(root, 'content/scenarios'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => {
    const scenario = yaml<ScenarioText>(`content/scenarios/${name}`);
    return {
      page: `content/scenarios/${name}`,
      text: [
        scenario.title,
        scenario.summary,
        ...(scenario.messages ?? []).flatMap((message) => [
          message.from,
          message.subject,
          message.body,
        ]),
        ...(scenario.feedback ?? []).map((entry) => entry.comment),
        ...(scenario.decisions ?? []).flatMap((decision) => [
          decision.prompt,
          ...decision.choices.map((choice) => choice.label),
        ]),
        ...scenario.rubric.map((item) => item.description),
        ...(scenario.decisions ?? []).flatMap((decision) =>
          decision.choices.map((choice) => choice.feedback),
        ),
      ].join('\n'),
    };
  });

interface Rule {
  title: string;
  urgency: 'at-once' | 'same-day' | 'before-you-act';
  when: string;
  send: string[];
  meanwhile?: string;
}

/** The escalation guide, in the page's order: contacts, then cases by urgency and title. */
export const escalationPage: PageText = {
  page: 'the escalation guide (/escalation/)',
  text: [
    ...yaml<{ role: string; reach: string; decides: string }[]>(
      'content/escalation-contacts.yaml',
    ).flatMap((contact) => [contact.role, contact.decides, contact.reach]),
    ...(['at-once', 'same-day', 'before-you-act'] as const).flatMap((urgency) =>
      yaml<Rule[]>('content/escalation.yaml')
        .filter((rule) => rule.urgency === urgency)
        .sort((a, b) => a.title.localeCompare(b.title))
        .flatMap((rule) => [rule.title, rule.when, ...rule.send, rule.meanwhile ?? '']),
    ),
  ].join('\n'),
};

/** The glossary page, entries sorted as the page sorts them (abbreviation, else term). */
export const glossaryPage: PageText = {
  page: 'the glossary (/glossary/)',
  text: yaml<{ term: string; abbr?: string; definition: string }[]>('content/glossary.yaml')
    .sort((a, b) =>
      (a.abbr ?? a.term).localeCompare(b.abbr ?? b.term, 'en', { sensitivity: 'base' }),
    )
    .flatMap((entry) => [
      entry.abbr ? `${entry.abbr} (${entry.term})` : entry.term,
      entry.definition,
    ])
    .join('\n'),
};

/** Every page built from content that this training writes in prose. */
export const allPages: PageText[] = [
  courseMap,
  ...lessonPages,
  ...quizPages,
  ...scenarioPages,
  escalationPage,
  glossaryPage,
];

/** The Policy checks and recaps of every lesson, as plain text. */
export const policyChecksAndRecaps: PageText[] = lessons.flatMap((lesson) =>
  [...lesson.body.matchAll(/<(PolicyCheck|Recap)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
    (match, index) => ({
      page: `${lesson.file} ${match[1] ?? ''} ${index + 1}`,
      text: plainText(match[2] ?? ''),
    }),
  ),
);
