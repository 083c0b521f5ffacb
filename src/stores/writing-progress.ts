/**
 * Finished writing-practice attempts in the trainee's progress, and when a situation comes back
 * for review. Kept apart from `progress.ts` and `writing-drafts.ts` (like `quiz-progress.ts`):
 * it needs the review scheduler, which the exercise loads only when the trainee finishes.
 */
import { scheduleWriting, type WritingOutcome } from './review-schedule.ts';
import { updateProgress } from './progress.ts';
import { uniqueKeys } from './writing-drafts.ts';
import type { WritingResult } from './progress-schema.ts';

// The exercise loads this module when the trainee finishes, so the activity record's reply-check
// statement travels with it instead of loading up front.
export { recordReplyCheck } from './activity.ts';

/** What a finished attempt leaves: the rules its final draft broke, and those caught on the way. */
export interface WritingAttempt {
  /** `rule kind` of every finding in the final draft (`PR-RULES question`); empty when clean. */
  findings: readonly string[];
  /** `rule kind` of every finding the coach made while the draft was written. */
  caught: readonly string[];
}

/** The outcome of an attempt: broken at the end, fixed on the way, or clean throughout. */
export function writingOutcome(attempt: WritingAttempt): WritingOutcome {
  if (attempt.findings.length > 0) return 'broken';
  return attempt.caught.length > 0 ? 'fixed' : 'clean';
}

/**
 * Files a finished attempt: counts it, keeps what the final draft broke and what the coach caught,
 * reschedules the situation's review card, and clears the draft under way.
 */
export function finishWriting(
  situationId: string,
  attempt: WritingAttempt,
  now = new Date(),
): WritingResult {
  let filed: WritingResult | undefined;
  updateProgress((progress) => {
    const previous = progress.writing[situationId];
    const clean = attempt.findings.length === 0;
    const review = scheduleWriting(previous?.review, writingOutcome(attempt), now);
    filed = {
      attempts: (previous?.attempts ?? 0) + 1,
      clean: (previous?.clean ?? 0) + (clean ? 1 : 0),
      lastAt: now.toISOString(),
      lastFindings: uniqueKeys(attempt.findings),
      lastCaught: uniqueKeys(attempt.caught),
      ...(review ? { review } : {}),
    };
    const { [situationId]: _done, ...writingDrafts } = progress.writingDrafts;
    return {
      ...progress,
      writing: { ...progress.writing, [situationId]: filed },
      writingDrafts,
    };
  });
  // updateProgress runs the change synchronously, so the result is always filed here.
  return filed as WritingResult;
}
