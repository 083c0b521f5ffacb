/**
 * Where a trainee goes next: the first step of the course path not yet done (a lesson to read,
 * a module quiz to pass, a desk scenario to play, the final), for "Start here" and "Continue".
 */
import type { PathStep } from '../lib/course-shape.ts';
import type { Progress } from './progress-schema.ts';

/** One step of the course path (defined in `lib/course-shape.ts`). */
export type { PathStep };

/** What to offer on the home page. */
export type NextStep =
  | { state: 'new'; step: PathStep }
  | { state: 'under-way'; step: PathStep; done: number; total: number }
  | { state: 'complete' };

const passed = (progress: Progress, quizId: string) =>
  (progress.quizzes[quizId]?.attempts ?? []).some((attempt) => attempt.full && attempt.passed);

/** Whether a step is done in this progress. */
function isStepDone(progress: Progress, step: PathStep): boolean {
  switch (step.kind) {
    case 'lesson':
      return step.ids.some((id) => progress.lessons[id] !== undefined);
    case 'quiz':
    case 'final':
      return step.ids.some((id) => passed(progress, id));
    case 'scenario':
      return step.ids.some((id) => (progress.scenarios[id]?.attempts ?? 0) > 0);
  }
}

/** The next step: the first not done; "new" while nothing at all has been done. */
export function nextStep(progress: Progress, path: readonly PathStep[]): NextStep {
  const done = path.filter((step) => isStepDone(progress, step)).length;
  const next = path.find((step) => !isStepDone(progress, step));
  if (!next) return { state: 'complete' };
  const started =
    done > 0 ||
    Object.keys(progress.quizzes).length > 0 ||
    Object.keys(progress.inProgress).length > 0 ||
    Object.keys(progress.scenarios).length > 0;
  return started
    ? { state: 'under-way', step: next, done, total: path.length }
    : { state: 'new', step: next };
}
