/**
 * The content-gaps report for trainers (`/trainers/` and `/trainers/facts/`): each policy fact with
 * the lesson sections that teach it, the quiz questions that ask it and the scenarios that
 * practise it, its unconfirmed clauses, and each lesson objective with the questions that assess
 * it. Built from the content at build time (src/lib/content-gaps.ts); the pages ship no script.
 * Two pages, so that neither is over the 100 kB a page may weigh.
 */
import { getCollection } from 'astro:content';
import { optionalCollection, orderedLessons } from './course.ts';
import { compareByFile, compareForDisplay } from './display-order.ts';
import { contentGaps, factGaps, type PractiseRef, type QuestionRef } from './content-gaps.ts';

/** How a scenario practises a fact: "a goal; options of reply-how; rubric: no-defect". */
export const practice = (ref: PractiseRef) =>
  [
    ...(ref.goal ? ['a goal'] : []),
    ...(ref.decisions.length > 0 ? [`options of ${ref.decisions.join(', ')}`] : []),
    ...(ref.rubric.length > 0 ? [`rubric: ${ref.rubric.join(', ')}`] : []),
  ].join('; ');

/** Questions grouped by quiz: "Quiz: question 3 (id), question 7 (id)". */
export function byQuiz(questions: readonly QuestionRef[]) {
  const quizzesAsked = [...new Set(questions.map((question) => question.quizId))];
  return quizzesAsked.map((quizId) => {
    const mine = questions.filter((question) => question.quizId === quizId);
    return {
      quizId,
      title: `${mine[0]?.quizTitle ?? quizId} quiz`,
      list: mine
        .map((question) => `question ${question.number} (${question.questionId})`)
        .join(', '),
    };
  });
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The whole report, for both pages. */
export async function trainersReport() {
  const [sections, facts, lessons, quizzes, scenarios] = await Promise.all([
    getCollection('factSections'),
    getCollection('facts'),
    orderedLessons(),
    optionalCollection('quizzes'),
    optionalCollection('scenarios'),
  ]);
  const gaps = contentGaps({
    facts: facts.map((fact) => ({ id: fact.id, ...fact.data })),
    lessons: lessons.map((lesson) => ({ id: lesson.id, body: lesson.body ?? '', ...lesson.data })),
    quizzes: [...quizzes].sort(compareByFile).map((quiz) => ({ id: quiz.id, ...quiz.data })),
    scenarios: [...scenarios]
      .sort((a, b) => compareForDisplay(a.data.title, b.data.title))
      .map((scenario) => ({ id: scenario.id, ...scenario.data })),
  });
  const withGap = (gap: string) => gaps.facts.filter((fact) => factGaps(fact).includes(gap));
  const notTaught = withGap('not taught');
  const notAsked = withGap('not asked');
  const notPractised = withGap('not practised');
  const clauses = gaps.facts.flatMap((fact) => fact.clauses.map((clause) => ({ fact, clause })));
  const unassessed = gaps.objectives.filter((objective) => objective.questions.length === 0);
  const lessonsWithObjectives = lessons.map((lesson) => ({
    lesson,
    objectives: gaps.objectives.filter((objective) => objective.lessonId === lesson.id),
  }));

  return {
    sections: [...sections].sort((a, b) => a.data.number - b.data.number),
    lessons,
    gaps,
    notTaught,
    notAsked,
    notPractised,
    clauses,
    unassessed,
    lessonsWithObjectives,
  };
}

export { factGaps };
