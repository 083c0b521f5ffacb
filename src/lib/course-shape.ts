/** The course as the progress page needs it (serialisable, from the Astro page). */
export interface CourseShape {
  modules: {
    id: string;
    number: number;
    title: string;
    lessonIds: string[];
    quizId: string | null;
    facts: string[];
  }[];
  finalQuizId: string | null;
  /** Fact IDs tested by each question key. */
  factsOfQuestion: Record<string, string[]>;
}
