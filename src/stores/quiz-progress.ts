/**
 * The quiz intents that need the review scheduler (ts-fsrs). Kept apart from `progress.ts` so a
 * lesson page that only marks lessons done does not ship the scheduler.
 */
import { scheduleAnswer } from './review-schedule.ts';
import { updateProgress } from './progress.ts';
import { recordActivity } from './activity-log.ts';
import { interactionOf } from '../lib/xapi/interaction.ts';
import type { QuizResponse } from '../lib/quiz-response.ts';

/**
 * Records a marked answer: the question's right/wrong count (mastery of its facts), its review
 * card (a missed question gets one; a question with a card is rescheduled) and, with the
 * trainee's response, the act in the activity record.
 */
export function recordAnswer(
  questionKey: string,
  correct: boolean,
  now = new Date(),
  response?: QuizResponse,
): void {
  updateProgress((progress) => {
    const previous = progress.answers[questionKey] ?? {
      right: 0,
      wrong: 0,
      lastAt: now.toISOString(),
    };
    const card = progress.review[questionKey];
    const review =
      card || !correct
        ? { ...progress.review, [questionKey]: scheduleAnswer(card, correct, now) }
        : progress.review;
    return {
      ...progress,
      answers: {
        ...progress.answers,
        [questionKey]: {
          right: previous.right + (correct ? 1 : 0),
          wrong: previous.wrong + (correct ? 0 : 1),
          lastAt: now.toISOString(),
        },
      },
      review,
    };
  });
  if (response !== undefined)
    recordActivity(
      { kind: 'answered', questionKey, interaction: interactionOf(response), correct },
      now,
    );
}
