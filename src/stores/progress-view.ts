/**
 * What the progress and certificate pages show, derived from saved progress and the course's
 * shape (passed in by the page): completion and mastery per module, weakest facts, eligibility.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { masteryByFact, weakestFacts, type FactMastery } from '../lib/mastery.ts';
import type { CourseShape } from '../lib/course-shape.ts';
import type { Progress, QuizAttempt } from './progress-schema.ts';
import { $progress } from './progress.ts';

export type { CourseShape } from '../lib/course-shape.ts';

/** One module's standing. */
export interface ModuleStanding {
  id: string;
  number: number;
  title: string;
  lessonsDone: number;
  lessonsTotal: number;
  /** Best whole attempt at the module quiz. */
  bestQuiz: QuizAttempt | null;
  /** Share of right answers over the module's facts, or null before any answer. */
  mastery: number | null;
}

/** Everything the progress page shows. */
export interface ProgressView {
  modules: ModuleStanding[];
  weakest: FactMastery[];
  bestFinal: QuizAttempt | null;
  /** Every module quiz passed and the final passed. */
  certified: boolean;
}

function bestAttempt(progress: Progress, quizId: string | null): QuizAttempt | null {
  if (!quizId) return null;
  const attempts = progress.quizzes[quizId]?.attempts.filter((attempt) => attempt.full) ?? [];
  return attempts.reduce<QuizAttempt | null>(
    (best, attempt) => (!best || attempt.score > best.score ? attempt : best),
    null,
  );
}

/** The progress page's view of a progress record. */
export function progressView(progress: Progress, course: CourseShape): ProgressView {
  const mastery = masteryByFact(progress.answers, course.factsOfQuestion);
  const modules = course.modules.map((module): ModuleStanding => {
    const tallies = module.facts
      .map((fact) => mastery.get(fact))
      .filter((entry) => entry !== undefined);
    const right = tallies.reduce((sum, entry) => sum + entry.right, 0);
    const answered = tallies.reduce((sum, entry) => sum + entry.right + entry.wrong, 0);
    return {
      id: module.id,
      number: module.number,
      title: module.title,
      lessonsDone: module.lessonIds.filter((id) => progress.lessons[id]).length,
      lessonsTotal: module.lessonIds.length,
      bestQuiz: bestAttempt(progress, module.quizId),
      mastery: answered === 0 ? null : right / answered,
    };
  });
  const bestFinal = bestAttempt(progress, course.finalQuizId);
  const quizModules = modules.filter((_, index) => course.modules[index]?.quizId);
  return {
    modules,
    weakest: weakestFacts(mastery, 5),
    bestFinal,
    certified:
      quizModules.length > 0 &&
      quizModules.every((module) => module.bestQuiz?.passed) &&
      bestFinal?.passed === true,
  };
}

/** A live view of the saved progress for one page's course shape. */
export function createProgressView(course: CourseShape): ReadableAtom<ProgressView> {
  return computed($progress, (progress) => progressView(progress, course));
}
