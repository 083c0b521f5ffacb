/** A quiz question as pages hand it to the quiz islands. */
import type { Question } from '../content/quiz-schema.ts';
import type { BankEntry } from './quiz-draw.ts';

/** A question with its bank key, its module and the lesson to revisit. */
export type PlayableQuestion = Question &
  BankEntry & {
    /** URL of the lesson section to revisit. */
    revisitHref: string;
    /** Title of that lesson. */
    revisitTitle: string;
    /** Plain names of the facts it cites (its own and those its sentences break), by ID. */
    factNames: Record<string, string>;
    /** Facts it tests whose course reading and help-page reading differ, with both readings. */
    readings: FactReadings[];
  };

/** A fact's two readings: what the course teaches (assessed) and what the help pages say (to verify). */
export interface FactReadings {
  id: string;
  name: string;
  course: string;
  help: string;
}
