/**
 * The course's shape as pages hand it to the progress islands and stores (serialisable): the
 * modules with their lessons, quiz and scenarios, and the path a trainee follows through them.
 */

/** The course as the progress and certificate pages need it. */
export interface CourseShape {
  modules: {
    id: string;
    number: number;
    title: string;
    lessonIds: string[];
    quizId: string | null;
    facts: string[];
    /** The desk scenarios that practise the module's lessons. */
    scenarioIds: string[];
  }[];
  finalQuizId: string | null;
  /** Fact IDs tested by each question key. */
  factsOfQuestion: Record<string, string[]>;
}

/** One step of the course path, in course order. */
export interface PathStep {
  kind: 'lesson' | 'quiz' | 'scenario' | 'final';
  /** Lesson id, quiz id; for a scenario step, the ids of the module's scenarios (any one counts). */
  ids: string[];
  href: string;
  title: string;
  /** The module it belongs to ('' for the final). */
  module: string;
}
