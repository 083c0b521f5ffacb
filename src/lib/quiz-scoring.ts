/**
 * Whether a trainee's response answers a quiz question, and the score of an attempt. Quiz
 * marking is course logic, not account policy, so it lives here rather than in the engine.
 */
import { localDateTimeToInstant, parseInstant } from '../engine/index.ts';
import type { Question } from '../content/quiz-schema.ts';
import type { QuizResponse } from './quiz-response.ts';

export type { QuizResponse } from './quiz-response.ts';

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The instant a local date-time (`2026-03-30T23:59`) names in a time zone, or NaN. */
export const localToInstant = localDateTimeToInstant;

type NumericQuestion = Extract<Question, { type: 'numeric' }>;
type DateTimeQuestion = Extract<Question, { type: 'datetime' }>;

/** Whether a number is within a numeric question's tolerance of `target`. */
function numberMatches(question: NumericQuestion, value: number, target: number): boolean {
  return Number.isFinite(value) && Math.abs(value - target) <= question.tolerance + 1e-9;
}

/** Whether a local date-time, read in the question's zone, is within its tolerance of `target`. */
function dateTimeMatches(question: DateTimeQuestion, local: string, target: string): boolean {
  const given = localToInstant(local, question.timeZone);
  return (
    Number.isFinite(given) &&
    Math.abs(given - parseInstant(target)) <= question.toleranceMinutes * 60_000
  );
}

/**
 * The typical mistake a wrong numeric or date-time response matches, judged with the same
 * tolerance as the right answer, so its explanation can be shown.
 */
export function matchingMistake(
  question: Question,
  response: QuizResponse,
): { answer: number | string; why: string } | undefined {
  if (question.type === 'numeric' && response.type === 'numeric')
    return question.mistakes.find(
      (entry) =>
        typeof entry.answer === 'number' && numberMatches(question, response.value, entry.answer),
    );
  if (question.type === 'datetime' && response.type === 'datetime')
    return question.mistakes.find(
      (entry) =>
        typeof entry.answer === 'string' && dateTimeMatches(question, response.local, entry.answer),
    );
  return undefined;
}

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
        response.type === 'numeric' && numberMatches(question, response.value, question.answer)
      );
    case 'datetime':
      return (
        response.type === 'datetime' && dateTimeMatches(question, response.local, question.answer)
      );
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
