/**
 * Checks of a quiz file beyond the shape of each field: question ids unique in the quiz, a right
 * answer where the type needs one, a time zone the browser knows. Run inside the quiz schema, so
 * the build and `npm run check-content` report the same.
 */
import type { IssueSink } from './issues.ts';
import { listOf } from './issues.ts';
import { didYouMean } from './suggest.ts';

/** What these checks read of a quiz (the schema's output has more). */
interface QuizShape {
  questions: readonly (
    | { id: string; type: 'single' | 'multiple'; options: readonly { correct: boolean }[] }
    | { id: string; type: 'datetime'; timeZone: string }
    | { id: string; type: 'spot-the-problem'; sentences: readonly { breaks: readonly string[] }[] }
    | { id: string; type: 'true-false' | 'numeric' | 'ordering' }
  )[];
}

let zones: string[] | undefined;
/** The IANA zones this runtime knows. */
function timeZones(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/** Whether `zone` is an IANA time zone (aliases such as UTC included). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Adds an issue for each problem of the quiz. */
export function checkQuiz(quiz: QuizShape, ctx: IssueSink): void {
  const firstWithId = new Map<string, number>();
  quiz.questions.forEach((question, position) => {
    const at = (...path: (string | number)[]) => ['questions', position, ...path];
    const earlier = firstWithId.get(question.id);
    if (earlier !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: at('id'),
        message: `question ${earlier + 1} already has the id "${question.id}": give each question its own id (trainees' progress is saved by it)`,
      });
    else firstWithId.set(question.id, position);
    if (question.type === 'single' || question.type === 'multiple') {
      const correct = question.options.flatMap((option, n) => (option.correct ? [n + 1] : []));
      if (correct.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: at('options'),
          message: 'no option is marked correct: add `correct: true` to the right option',
        });
      else if (question.type === 'single' && correct.length > 1)
        ctx.addIssue({
          code: 'custom',
          path: at('options'),
          message: `options ${listOf(correct)} are all marked correct, but a single-choice question has one right answer: keep one, or make it \`type: multiple\``,
        });
    }
    if (question.type === 'datetime' && !isTimeZone(question.timeZone))
      ctx.addIssue({
        code: 'custom',
        path: at('timeZone'),
        message: `unknown time zone "${question.timeZone}": use an IANA zone such as Europe/Berlin.${didYouMean(question.timeZone, timeZones())}`,
      });
    if (
      question.type === 'spot-the-problem' &&
      !question.sentences.some((sentence) => sentence.breaks.length > 0)
    )
      ctx.addIssue({
        code: 'custom',
        path: at('sentences'),
        message:
          'no sentence breaks a rule: list the fact IDs a sentence breaks under its `breaks:`',
      });
  });
}
