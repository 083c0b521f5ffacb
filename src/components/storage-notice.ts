/**
 * Shows the layout's "progress is not being saved" notice (StorageNotice.astro) the first time the
 * browser refuses to store, with the progress export. Every island or page script that saves
 * progress calls `watchStorageRefusal()` once it runs; the desk does the same. Framework-free, so
 * static pages with a small script can use it as well as Svelte islands.
 */
import { downloadText, progressFileName } from '../lib/download.ts';
import { exportProgress } from '../stores/progress.ts';
import { $storageRefused } from '../stores/storage.ts';

const DISMISSED_KEY = 'sda:storage-notice-dismissed';
let watching = false;

function dismissedThisSession(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === 'yes';
  } catch {
    return false;
  }
}

function show(region: HTMLElement): void {
  const text = region.querySelector<HTMLTemplateElement>('template[data-storage-notice-text]');
  if (!text || region.querySelector('[data-storage-notice-dismiss]')) return;
  region.append(text.content.cloneNode(true));
  region
    .querySelector('[data-storage-notice-download]')
    ?.addEventListener('click', () => downloadText(progressFileName(), exportProgress()));
  region.querySelector('[data-storage-notice-dismiss]')?.addEventListener('click', () => {
    for (const child of [...region.children]) if (child !== text) child.remove();
    try {
      sessionStorage.setItem(DISMISSED_KEY, 'yes');
    } catch {
      // Storage refused: the dismissal lasts for this page.
    }
    document.getElementById('main')?.focus();
  });
}

/** Tells the trainee once, on this page, when the browser refuses to store their progress. */
export function watchStorageRefusal(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  $storageRefused.subscribe((refused) => {
    const region = document.querySelector<HTMLElement>('[data-storage-notice]');
    if (refused && region && !dismissedThisSession()) show(region);
  });
}
