/**
 * "Mark this lesson as done", in place, without a framework: the lesson page renders the badge
 * and the buttons hidden (LessonDone.astro); this shows the right ones from saved progress and
 * marks the lesson done or not done through the progress intents.
 */
import { when } from '../../lib/format.ts';
import { $progress, completeLesson, reopenLesson } from '../../stores/progress.ts';
import { watchStorageRefusal } from '../storage-notice.ts';

/** Wires every done mark and button on the page (`data-lesson-done`). */
export function wireLessonDone(): void {
  const parts = document.querySelectorAll<HTMLElement>('[data-lesson-done]');
  if (parts.length === 0) return;
  watchStorageRefusal();
  const announce = (text: string) => {
    const status = document.querySelector('[data-lesson-done-status]');
    if (status) status.textContent = text;
  };
  for (const part of parts) {
    const lessonId = part.dataset['lessonDone'] ?? '';
    part.querySelector('[data-mark]')?.addEventListener('click', () => {
      completeLesson(lessonId);
      announce('Lesson marked as done.');
      part.querySelector<HTMLElement>('[data-unmark]')?.focus();
    });
    part.querySelector('[data-unmark]')?.addEventListener('click', () => {
      reopenLesson(lessonId);
      announce('Lesson no longer marked as done.');
      part.querySelector<HTMLElement>('[data-mark]')?.focus();
    });
  }
  $progress.subscribe((progress) => {
    for (const part of parts) {
      const done = progress.lessons[part.dataset['lessonDone'] ?? ''];
      for (const element of part.querySelectorAll<HTMLElement>('[data-when-done]'))
        element.hidden = !done;
      for (const element of part.querySelectorAll<HTMLElement>('[data-when-not-done]'))
        element.hidden = Boolean(done);
      const date = part.querySelector('[data-done-date]');
      if (date && done) date.textContent = when(done.completedAt, undefined, 'date');
    }
  });
}
