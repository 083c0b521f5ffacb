/**
 * Whether a trainee's response answers a quiz question, and the score of an attempt. Quiz
 * marking is course logic, not account policy, so it lives here rather than in the engine.
 */
import { localDateTimeToInstant } from '../engine/index.ts';
import type { Question } from '../content/quiz-schema.ts';
import type { QuizResponse } from './quiz-response.ts';

export type { QuizResponse } from './quiz-response.ts';

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The instant a local date-time (`2026-03-30T23:59`) names in a time zone, or NaN. */
export const localToInstant = localDateTimeToInstant;

/** Whether `response` answers `question` correctly. A response of the wrong type is wrong. */
export function isCorrect(question: Question, response: QuizResponse): boolean {
  if (response.type !== question.type) return false;
  switch (question.type) {
    case 'single':
      return response.type === 'single' && question.options[response.option]?.correct === true;
    case 'multiple': {
      const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
      return response.type === 'multiple' && sameSet(correct, response.options);
    }
    case 'true-false':
      return response.type === 'true-false' && response.value === question.answer;
    case 'numeric':
      return (
        response.type === 'numeric' &&
        Number.isFinite(response.value) &&
        Math.abs(response.value - question.answer) <= question.tolerance + 1e-9
      );
    case 'datetime': {
      if (response.type !== 'datetime') return false;
      const given = localToInstant(response.local, question.timeZone);
      return (
        Number.isFinite(given) &&
        Math.abs(given - Date.parse(question.answer)) <= question.toleranceMinutes * 60_000
      );
    }
    case 'ordering':
      return (
        response.type === 'ordering' &&
        response.order.length === question.steps.length &&
        response.order.every((step, index) => step === index)
      );
    case 'spot-the-problem': {
      const breaking = question.sentences.flatMap((sentence, index) =>
        sentence.breaks.length > 0 ? [index] : [],
      );
      return response.type === 'spot-the-problem' && sameSet(breaking, response.sentences);
    }
  }
}

/** The result of an attempt: share right, counts, pass. */
export function scoreAttempt(
  results: readonly boolean[],
  passMark: number,
): { score: number; correct: number; total: number; passed: boolean } {
  const correct = results.filter(Boolean).length;
  const total = results.length;
  const score = total === 0 ? 0 : correct / total;
  return { score, correct, total, passed: total > 0 && score >= passMark - 1e-9 };
}
