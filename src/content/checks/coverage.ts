/**
 * Checks across the course, which no single file shows: every fact is taught by a lesson section
 * and asked by a question, every lesson objective is assessed, no question is asked twice, and
 * neither quiz answers nor the desk's best options give themselves away by their position.
 */
import type { Question } from '../quiz-schema.ts';
import type { Scenario } from '../scenario-schema.ts';
import type { Problem } from './problem.ts';
import { describePath, lineOf, type SourceFile } from './source.ts';

/** A file with its raw and parsed data. */
export interface Parsed<T> {
  id: string;
  source: SourceFile;
  raw: unknown;
  data: T;
}

/** A lesson: its front matter and the facts its sections teach. */
export interface LessonFacts {
  id: string;
  source: SourceFile;
  objectives: readonly { id: string }[];
  sectionFacts: readonly string[];
}

/** The share of right answers (or best options) one position may hold before the order gives it away. */
const POSITION_SHARE = { quiz: 0.4, desk: 0.5 } as const;

/** Problems of the course as a whole. */
export function coverageProblems(input: {
  facts: { source: SourceFile; ids: readonly string[] } | undefined;
  lessons: readonly LessonFacts[];
  quizzes: readonly Parsed<{ kind: string; questions: Question[] }>[];
  scenarios: readonly Parsed<Scenario>[];
}): Problem[] {
  const problems: Problem[] = [];
  const questions = input.quizzes.flatMap((quiz) =>
    quiz.data.questions.map((question, position) => ({
      quiz,
      question,
      path: ['questions', position],
    })),
  );

  if (input.facts) {
    const { source, ids } = input.facts;
    const taught = new Set(input.lessons.flatMap((lesson) => lesson.sectionFacts));
    const asked = new Set(questions.flatMap(({ question }) => question.facts));
    ids.forEach((id, position) => {
      const at = {
        file: source.file,
        line: lineOf(source, [position]),
        where: `fact "${id}"`,
        check: 'coverage',
      };
      if (!taught.has(id))
        problems.push({
          ...at,
          message: `no lesson section teaches it: add it to the facts={[…]} of the <Section> that does`,
        });
      if (!asked.has(id))
        problems.push({
          ...at,
          message: 'no quiz question asks it: add a question whose facts list it',
        });
    });
  }

  const assessed = new Set(questions.flatMap(({ question }) => question.assesses));
  for (const lesson of input.lessons)
    lesson.objectives.forEach((objective, position) => {
      if (assessed.has(`${lesson.id}#${objective.id}`)) return;
      problems.push({
        file: lesson.source.file,
        line: lineOf(lesson.source, ['objectives', position]),
        where: `objective ${position + 1} (id: ${objective.id})`,
        message: `no quiz question assesses it: add ${lesson.id}#${objective.id} to the assesses of a question`,
        check: 'coverage',
      });
    });

  // No question twice: the same prompt, or the same long right answer, in two questions.
  const normal = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const prompts = new Map<string, string>();
  const answers = new Map<string, string>();
  for (const { quiz, question, path } of questions) {
    const here = `${quiz.source.file} question ${Number(path[1]) + 1} (id: ${question.id})`;
    const place = {
      file: quiz.source.file,
      line: lineOf(quiz.source, path),
      where: describePath(quiz.raw, path),
      check: 'coverage',
    };
    const prompt = normal(question.prompt);
    const first = prompts.get(prompt);
    if (first)
      problems.push({
        ...place,
        message: `asks the same as ${first}: ask something new, or remove one`,
      });
    else prompts.set(prompt, here);
    if (question.type === 'single' || question.type === 'multiple')
      for (const option of question.options.filter(
        (candidate) => candidate.correct && candidate.text.length > 40,
      )) {
        const earlier = answers.get(option.text);
        if (earlier)
          problems.push({
            ...place,
            message: `its right answer "${option.text}" is word for word the right answer of ${earlier}: the two test the same thing`,
          });
        else answers.set(option.text, here);
      }
  }

  const quizPlaces = questions.flatMap(({ question }) => {
    if (question.type !== 'single' && question.type !== 'multiple') return [];
    const right = question.options.flatMap((option, position) =>
      option.correct ? [position] : [],
    );
    return right.length === 1 ? right : [];
  });
  problems.push(
    ...clustered(
      quizPlaces,
      POSITION_SHARE.quiz,
      'of the single-answer questions have their right answer as option',
      'content/quizzes',
    ),
  );
  const deskPlaces = input.scenarios.flatMap(({ data }) =>
    data.decisions.flatMap((decision) => {
      const best = decision.choices.findIndex((choice) => choice.verdict === 'good');
      return best >= 0 ? [best] : [];
    }),
  );
  problems.push(
    ...clustered(
      deskPlaces,
      POSITION_SHARE.desk,
      'of the desk decisions have their good option as option',
      'content/scenarios',
    ),
  );
  return problems;
}

/** A problem when one position holds too large a share of the right answers. */
function clustered(
  places: readonly number[],
  share: number,
  what: string,
  file: string,
): Problem[] {
  if (places.length < 10) return [];
  return [0, 1, 2, 3, 4].flatMap((place) => {
    const count = places.filter((candidate) => candidate === place).length;
    if (count < places.length * share) return [];
    return [
      {
        file,
        message: `${count} of ${places.length} ${what} ${place + 1} (at most ${Math.round(share * 100)}% may): move some, so the order gives nothing away`,
        check: 'coverage',
      },
    ];
  });
}
