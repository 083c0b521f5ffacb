/**
 * Marks saved progress on otherwise static pages, without a framework: lessons done and quizzes
 * passed on the course map, each scenario's best result on the Simulate page. The page renders
 * the marks hidden (`data-done-lesson`, `data-passed-quiz`, `data-scenario-best`); this shows them
 * from the trainee's progress, and keeps them current when another tab saves.
 */
import { wholePercent } from '../lib/format.ts';
import { $progress } from '../stores/progress.ts';
import type { Progress } from '../stores/progress-schema.ts';

const passed = (progress: Progress, quizId: string) =>
  (progress.quizzes[quizId]?.attempts ?? []).some((attempt) => attempt.full && attempt.passed);

function scenarioBest(progress: Progress, scenarioId: string): string {
  const result = progress.scenarios[scenarioId];
  if (!result) return 'Not played yet';
  const attempts = `${result.attempts} ${result.attempts === 1 ? 'attempt' : 'attempts'}`;
  return `Your best so far: ${wholePercent(result.best)} (${attempts})`;
}

/** Shows the progress marks on the page and keeps them up to date. */
export function showProgressMarks(): void {
  $progress.subscribe((progress) => {
    for (const mark of document.querySelectorAll<HTMLElement>('[data-done-lesson]'))
      mark.hidden = !progress.lessons[mark.dataset['doneLesson'] ?? ''];
    for (const mark of document.querySelectorAll<HTMLElement>('[data-passed-quiz]'))
      mark.hidden = !passed(progress, mark.dataset['passedQuiz'] ?? '');
    for (const mark of document.querySelectorAll<HTMLElement>('[data-scenario-best]'))
      mark.textContent = scenarioBest(progress, mark.dataset['scenarioBest'] ?? '');
  });
}
