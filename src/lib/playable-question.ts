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

/**
 * What the quiz islands show of a cited fact: its plain name and, where the course and the help
 * pages differ, both readings. Sent once per page for the facts its questions cite.
 */
interface CitedFact {
  name: string;
  /** The course's reading and the help pages' reading, when they differ. */
  readings?: { course: string; help: string };
}

/** Cited facts by ID. */
export type CitedFacts = Record<string, CitedFact>;

/** The questions a quiz page plays, with the facts they cite. */
export interface QuestionSet {
  questions: PlayableQuestion[];
  facts: CitedFacts;
}
