/**
 * Writing drafts under way in the trainee's progress, saved as the coach checks them, so a
 * reload or another tab resumes the draft. Small and scheduler-free: the exercise page loads it
 * up front.
 */
import { updateProgress } from './progress.ts';

/** Finding keys (`PR-RULES question`) once each, sorted. */
export function uniqueKeys(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

/** Saves the draft under way (an empty draft is dropped). */
export function saveWritingDraft(
  situationId: string,
  text: string,
  caught: readonly string[],
  now = new Date(),
): void {
  updateProgress((progress) => {
    const { [situationId]: _previous, ...others } = progress.writingDrafts;
    return {
      ...progress,
      writingDrafts:
        text.trim() === ''
          ? others
          : {
              ...others,
              [situationId]: { text, caught: uniqueKeys(caught), savedAt: now.toISOString() },
            },
    };
  });
}
