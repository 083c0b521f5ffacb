/**
 * What the progress and certificate pages show, derived from saved progress and the course's
 * shape (passed in by the page): completion and mastery per module, weakest facts, and whether
 * the course is complete.
 *
 * The course is complete when every lesson is done, every module quiz and the final are passed
 * by a whole attempt, and at least one desk scenario of every module that has scenarios has
 * been played to the end.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { masteryByFact, weakestFacts, type FactMastery } from '../lib/mastery.ts';
import type { CourseShape } from '../lib/course-shape.ts';
import type { Progress, QuizAttempt } from './progress-schema.ts';
import { $progress } from './progress.ts';

/** The course as the progress page needs it (defined in `lib/course-shape.ts`). */
export type { CourseShape };

/** One module's standing. */
interface ModuleStanding {
  id: string;
  number: number;
  title: string;
  lessonsDone: number;
  lessonsTotal: number;
  /** Whether the module has a quiz. */
  hasQuiz: boolean;
  /** Best whole attempt at the module quiz. */
  bestQuiz: QuizAttempt | null;
  /** Share of right answers to the module quiz's questions, or null before any answer. */
  mastery: number | null;
  /** Scenarios of the module played to the end, and how many it has. */
  scenariosPlayed: number;
  scenariosTotal: number;
  /** Lessons done, quiz passed and (where it has scenarios) one scenario played. */
  complete: boolean;
}

/** One requirement of completion, as the progress page lists it. */
interface CompletionStep {
  label: string;
  done: number;
  total: number;
}

/** Everything the progress page shows. */
export interface ProgressView {
  modules: ModuleStanding[];
  weakest: FactMastery[];
  bestFinal: QuizAttempt | null;
  /** What completing the course takes, and how far the trainee is. */
  completion: CompletionStep[];
  /** The course is complete: the certificate can be printed. */
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

/** Share right over the answers to the questions of one quiz (keys `quiz-id/question-id`). */
function quizMastery(progress: Progress, quizId: string | null): number | null {
  if (!quizId) return null;
  const tallies = Object.entries(progress.answers)
    .filter(([key]) => key.startsWith(`${quizId}/`))
    .map(([, tally]) => tally);
  const right = tallies.reduce((sum, tally) => sum + tally.right, 0);
  const answered = tallies.reduce((sum, tally) => sum + tally.right + tally.wrong, 0);
  return answered === 0 ? null : right / answered;
}

/** The progress page's view of a progress record. */
export function progressView(progress: Progress, course: CourseShape): ProgressView {
  const modules = course.modules.map((module): ModuleStanding => {
    const lessonsDone = module.lessonIds.filter((id) => progress.lessons[id]).length;
    const bestQuiz = bestAttempt(progress, module.quizId);
    const scenariosPlayed = module.scenarioIds.filter(
      (id) => (progress.scenarios[id]?.attempts ?? 0) > 0,
    ).length;
    return {
      id: module.id,
      number: module.number,
      title: module.title,
      lessonsDone,
      lessonsTotal: module.lessonIds.length,
      hasQuiz: module.quizId !== null,
      bestQuiz,
      mastery: quizMastery(progress, module.quizId),
      scenariosPlayed,
      scenariosTotal: module.scenarioIds.length,
      complete:
        lessonsDone === module.lessonIds.length &&
        (module.quizId === null || bestQuiz?.passed === true) &&
        (module.scenarioIds.length === 0 || scenariosPlayed > 0),
    };
  });
  const bestFinal = bestAttempt(progress, course.finalQuizId);
  const withQuiz = modules.filter((module) => module.hasQuiz);
  const withScenarios = modules.filter((module) => module.scenariosTotal > 0);
  const completion: CompletionStep[] = [
    {
      label: 'Lessons marked as done',
      done: modules.reduce((sum, module) => sum + module.lessonsDone, 0),
      total: modules.reduce((sum, module) => sum + module.lessonsTotal, 0),
    },
    {
      label: 'Module quizzes passed',
      done: withQuiz.filter((module) => module.bestQuiz?.passed).length,
      total: withQuiz.length,
    },
    {
      label: 'Modules with a desk scenario played',
      done: withScenarios.filter((module) => module.scenariosPlayed > 0).length,
      total: withScenarios.length,
    },
    ...(course.finalQuizId
      ? [{ label: 'Final assessment passed', done: bestFinal?.passed ? 1 : 0, total: 1 }]
      : []),
  ];
  return {
    modules,
    weakest: weakestFacts(masteryByFact(progress.answers, course.factsOfQuestion), 5),
    bestFinal,
    completion,
    certified:
      modules.length > 0 &&
      course.finalQuizId !== null &&
      modules.every((module) => module.complete) &&
      bestFinal?.passed === true,
  };
}

/** A live view of the saved progress for one page's course shape. */
export function createProgressView(course: CourseShape): ReadableAtom<ProgressView> {
  return computed($progress, (progress) => progressView(progress, course));
}
