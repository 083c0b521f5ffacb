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
  };
