/**
 * Fills the home page's "Continue" card (NextStep.astro) from saved progress: the next lesson,
 * quiz or scenario, or the certificate once the course is complete. Framework-free.
 */
import { $progress } from '../stores/progress.ts';
import { nextStep, type PathStep } from '../stores/next-step.ts';

const verb: Record<PathStep['kind'], string> = {
  lesson: 'Read',
  quiz: 'Take the quiz',
  scenario: 'Play at the desk',
  final: 'Take the final assessment',
};

/** Shows the card that fits the trainee's progress, and moves the heading id to it. */
export function showNextStep(): void {
  const card = document.querySelector<HTMLElement>('[data-next-step]');
  const data = card?.querySelector('[data-next-path]')?.textContent;
  if (!card || !data) return;
  // The page's own build output: the course path in order.
  const path = JSON.parse(data) as PathStep[];
  $progress.subscribe((progress) => {
    const next = nextStep(progress, path);
    for (const part of card.querySelectorAll<HTMLElement>('[data-next]')) {
      const shown = part.dataset['next'] === next.state;
      part.hidden = !shown;
      const heading = part.querySelector('h2');
      if (shown) heading?.setAttribute('id', 'next-title');
      else heading?.removeAttribute('id');
    }
    if (next.state !== 'under-way') return;
    const summary = card.querySelector('[data-next-summary]');
    if (summary)
      summary.textContent = `${next.done} of ${next.total} steps done. Next${next.step.module ? `, in ${next.step.module}` : ''}:`;
    const link = card.querySelector<HTMLAnchorElement>('[data-next-link]');
    if (link) {
      link.href = next.step.href;
      link.textContent = `${verb[next.step.kind]}: ${next.step.title}`;
    }
  });
}
