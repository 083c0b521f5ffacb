/**
 * Marks writing-practice results on the static list of situations, without a framework: each
 * situation's last result or draft under way (`data-writing-result`), and the situations due for
 * review today (`data-writing-due`, a list the page renders empty and hidden).
 */
import { $progress } from '../stores/progress.ts';
import type { Progress } from '../stores/progress-schema.ts';
import { writingDueForReview } from '../stores/review-due.ts';

function resultText(progress: Progress, situationId: string, due: ReadonlySet<string>): string {
  const result = progress.writing[situationId];
  if (due.has(situationId)) return 'Due for review today';
  if (progress.writingDrafts[situationId]) return 'Draft under way';
  if (!result) return '';
  const broken = result.lastFindings.length;
  return broken === 0
    ? 'Written: no rule broken'
    : `Written: ${broken === 1 ? 'a rule' : `${broken} rules`} still broken`;
}

/** Shows the marks and the due list, and keeps them current when another tab saves. */
export function showWritingMarks(): void {
  $progress.subscribe((progress) => {
    const due = writingDueForReview(progress, new Date());
    const dueSet = new Set(due);
    for (const mark of document.querySelectorAll<HTMLElement>('[data-writing-result]')) {
      const id = mark.dataset['writingResult'] ?? '';
      mark.textContent = resultText(progress, id, dueSet);
      mark.dataset['state'] = dueSet.has(id)
        ? 'due'
        : progress.writing[id]?.lastFindings.length === 0
          ? 'clean'
          : '';
    }
    for (const region of document.querySelectorAll<HTMLElement>('[data-writing-due]')) {
      const list = region.querySelector('ul');
      const links = due.flatMap((id) => {
        const source = document.querySelector<HTMLAnchorElement>(`a[data-situation="${id}"]`);
        if (!source) return [];
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = source.href;
        link.textContent = source.textContent;
        item.append(link);
        return [item];
      });
      list?.replaceChildren(...links);
      region.hidden = links.length === 0;
    }
  });
}
