/** State of one feedback removal checker: the trainee's answers in, the engine's verdicts out. */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  feedbackRemovalVerdicts,
  type FeedbackRemovalAnswers,
  type FeedbackRemovalVerdict,
} from '../engine/index.ts';

/** One checker's stores and intents. */
export interface FeedbackRemovalStore {
  $answers: ReadableAtom<FeedbackRemovalAnswers>;
  $verdicts: ReadableAtom<FeedbackRemovalVerdict[]>;
  answer<K extends keyof FeedbackRemovalAnswers>(
    question: K,
    value: FeedbackRemovalAnswers[K],
  ): void;
}

/** Creates the state of one checker, starting from a lesson's example. */
export function createFeedbackRemoval(initial: FeedbackRemovalAnswers): FeedbackRemovalStore {
  const $answers = atom<FeedbackRemovalAnswers>({ ...initial });
  const $verdicts = computed($answers, (answers) => feedbackRemovalVerdicts(answers));
  return {
    $answers,
    $verdicts,
    answer: (question, value) => $answers.set({ ...$answers.get(), [question]: value }),
  };
}
