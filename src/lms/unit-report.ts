/**
 * What the launch page reports to the LMS for the unit it launched, derived from saved progress
 * through the progress page's own view (`progress-view.ts`): a module is complete when its
 * lessons are done, its quiz passed by a whole attempt and one of its scenarios played; it is
 * passed or failed by the best whole quiz attempt, scored by it. The final is completed by a
 * whole attempt, passed and scored by the best one.
 */
import { progressView } from '../stores/progress-view.ts';
import type { Progress } from '../stores/progress-schema.ts';
import type { LmsCourse, LmsUnit } from './lms-course.ts';

/** Completion, success and score of one unit, in the terms SCORM 2004 and cmi5 share. */
export interface UnitReport {
  completion: 'completed' | 'incomplete' | 'not attempted';
  success: 'passed' | 'failed' | 'unknown';
  /** Best whole-attempt quiz score (0..1), or null before one. */
  score: number | null;
  /** Share of the unit's steps done (0..1). */
  progress: number;
  /** The unit's parts: lessons read, quiz passed, a desk scenario played. */
  objectives: {
    id: string;
    completion: 'completed' | 'incomplete';
    success: 'passed' | 'failed' | 'unknown';
    score: number | null;
  }[];
  /** Each of the unit's scenarios played: best result and attempts. */
  scenarios: { id: string; best: number; attempts: number }[];
}

/** The report for a unit of the course. */
export function unitReport(progress: Progress, course: LmsCourse, unit: LmsUnit): UnitReport {
  const view = progressView(progress, course.shape);
  if (unit.kind === 'final') {
    const best = view.bestFinal;
    const started = course.final ? Boolean(progress.inProgress[course.final.id]) : false;
    return {
      completion: best ? 'completed' : started ? 'incomplete' : 'not attempted',
      success: best ? (best.passed ? 'passed' : 'failed') : 'unknown',
      score: best?.score ?? null,
      progress: best ? 1 : 0,
      objectives: [],
      scenarios: [],
    };
  }
  const module = view.modules.find((entry) => entry.id === unit.id);
  const lmsModule = course.modules.find((entry) => entry.id === unit.id);
  if (!module || !lmsModule) throw new Error(`No module ${unit.id} in this course`);
  const quizPassed = module.bestQuiz?.passed === true;
  const steps =
    module.lessonsTotal + (module.hasQuiz ? 1 : 0) + (module.scenariosTotal > 0 ? 1 : 0);
  const done = module.lessonsDone + (quizPassed ? 1 : 0) + (module.scenariosPlayed > 0 ? 1 : 0);
  const started =
    done > 0 ||
    module.bestQuiz !== null ||
    (lmsModule.quiz !== null && Boolean(progress.inProgress[lmsModule.quiz.id]));
  const lessonsDone = module.lessonsDone === module.lessonsTotal;
  return {
    completion: module.complete ? 'completed' : started ? 'incomplete' : 'not attempted',
    success: module.bestQuiz ? (quizPassed ? 'passed' : 'failed') : 'unknown',
    score: module.bestQuiz?.score ?? null,
    progress: steps === 0 ? 1 : done / steps,
    objectives: [
      {
        id: `${unit.id}-lessons`,
        completion: lessonsDone ? 'completed' : 'incomplete',
        success: 'unknown',
        score: module.lessonsTotal === 0 ? null : module.lessonsDone / module.lessonsTotal,
      },
      ...(module.hasQuiz
        ? [
            {
              id: `${unit.id}-quiz`,
              completion: module.bestQuiz ? ('completed' as const) : ('incomplete' as const),
              success: module.bestQuiz
                ? quizPassed
                  ? ('passed' as const)
                  : ('failed' as const)
                : ('unknown' as const),
              score: module.bestQuiz?.score ?? null,
            },
          ]
        : []),
      ...(module.scenariosTotal > 0
        ? [
            {
              id: `${unit.id}-desk`,
              completion:
                module.scenariosPlayed > 0 ? ('completed' as const) : ('incomplete' as const),
              success: 'unknown' as const,
              score: null,
            },
          ]
        : []),
    ],
    scenarios: lmsModule.scenarios.flatMap((scenario) => {
      const result = progress.scenarios[scenario.id];
      return result && result.attempts > 0
        ? [{ id: scenario.id, best: result.best, attempts: result.attempts }]
        : [];
    }),
  };
}
