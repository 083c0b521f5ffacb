/**
 * The text of the pages built from content, in the order a trainee reads it, for the plain-English
 * checks. Markup is stripped: a `<Term>` keeps its words, a link keeps its text, a fact chip (a
 * fact ID) stays as it is. Pure: it is handed the content's raw data.
 */
import { compareForDisplay } from '../../lib/display-order.ts';

/** A page: its name, the file most of its text comes from, and its text in reading order. */
export interface PageText {
  page: string;
  file: string;
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

/** A lesson as the pages read it. */
export interface LessonText {
  file: string;
  module: string;
  title: string;
  summary: string;
  objectives: readonly { text: string }[];
  /** The MDX after the front matter. */
  body: string;
}

/** A quiz question's texts (any type). */
interface QuestionText {
  prompt: string;
  explanation: string;
  options?: readonly { text: string; why: string }[];
  sentences?: readonly { text: string; why?: string | undefined }[];
  steps?: readonly string[];
  whyWrong?: string;
  mistakes?: readonly { why: string }[];
}

/** A scenario's texts. */
interface ScenarioText {
  title: string;
  summary: string;
  messages: readonly { from: string; subject: string; body: string }[];
  feedback: readonly { comment: string }[];
  decisions: readonly { prompt: string; choices: readonly { label: string; feedback: string }[] }[];
  rubric: readonly { description: string }[];
}

/** Everything the pages are built from. */
export interface CourseTexts {
  modules: readonly { id: string; number: number; title: string; summary: string }[];
  modulesFile: string;
  lessons: readonly LessonText[];
  quizzes: readonly { file: string; title: string; questions: readonly QuestionText[] }[];
  scenarios: readonly ({ file: string } & ScenarioText)[];
  contacts: readonly { role: string; reach: string; decides: string }[];
  rules: readonly {
    title: string;
    urgency: string;
    when: string;
    send: readonly string[];
    meanwhile?: string | undefined;
  }[];
  escalationFile: string;
  glossary: readonly { term: string; abbr?: string | undefined; definition: string }[];
  glossaryFile: string;
}

/** Every page built from content that this training writes in prose, in reading order. */
export function coursePages(course: CourseTexts): PageText[] {
  const modules = [...course.modules].sort((a, b) => a.number - b.number);
  const lessons = [...course.lessons].sort((a, b) => compareForDisplay(a.file, b.file));
  const courseMap: PageText = {
    page: 'the course map (/learn/)',
    file: course.modulesFile,
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
  const lessonPages = lessons.map((lesson): PageText => {
    const module = modules.find((candidate) => candidate.id === lesson.module);
    return {
      page: lesson.file,
      file: lesson.file,
      text: [
        `Module ${module?.number ?? ''}: ${module?.title ?? ''}`,
        lesson.title,
        ...lesson.objectives.map((objective) => objective.text),
        plainText(lesson.body),
      ].join('\n'),
    };
  });
  const quizPages = course.quizzes.map((quiz): PageText => ({
    page: quiz.file,
    file: quiz.file,
    text: [
      quiz.title,
      ...quiz.questions.flatMap((question) => [
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
  }));
  const scenarioPages = course.scenarios.map((scenario): PageText => ({
    page: scenario.file,
    file: scenario.file,
    text: [
      scenario.title,
      scenario.summary,
      ...scenario.messages.flatMap((message) => [message.from, message.subject, message.body]),
      ...scenario.feedback.map((entry) => entry.comment),
      ...scenario.decisions.flatMap((decision) => [
        decision.prompt,
        ...decision.choices.map((choice) => choice.label),
      ]),
      ...scenario.rubric.map((item) => item.description),
      ...scenario.decisions.flatMap((decision) =>
        decision.choices.map((choice) => choice.feedback),
      ),
    ].join('\n'),
  }));
  const escalationPage: PageText = {
    page: 'the escalation guide (/escalation/)',
    file: course.escalationFile,
    text: [
      ...course.contacts.flatMap((contact) => [contact.role, contact.decides, contact.reach]),
      ...['at-once', 'same-day', 'before-you-act'].flatMap((urgency) =>
        course.rules
          .filter((rule) => rule.urgency === urgency)
          .sort((a, b) => compareForDisplay(a.title, b.title))
          .flatMap((rule) => [rule.title, rule.when, ...rule.send, rule.meanwhile ?? '']),
      ),
    ].join('\n'),
  };
  const glossaryPage: PageText = {
    page: 'the glossary (/glossary/)',
    file: course.glossaryFile,
    text: [...course.glossary]
      .sort((a, b) => compareForDisplay(a.abbr ?? a.term, b.abbr ?? b.term))
      .flatMap((entry) => [
        entry.abbr ? `${entry.abbr} (${entry.term})` : entry.term,
        entry.definition,
      ])
      .join('\n'),
  };
  return [courseMap, ...lessonPages, ...quizPages, ...scenarioPages, escalationPage, glossaryPage];
}

/** The Policy checks and recaps of every lesson, as plain text. */
export function policyChecksAndRecaps(lessons: readonly LessonText[]): PageText[] {
  return lessons.flatMap((lesson) =>
    [...lesson.body.matchAll(/<(PolicyCheck|Recap)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
      (match, index) => ({
        page: `${lesson.file} ${match[1] ?? ''} ${index + 1}`,
        file: lesson.file,
        text: plainText(match[2] ?? ''),
      }),
    ),
  );
}
