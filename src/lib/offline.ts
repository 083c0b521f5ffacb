/**
 * Offline use: registers the service worker that precaches the built site (`scripts/
 * service-worker.ts` writes it after the build) through workbox-window, and shows the update
 * notice when a new version is waiting. Nothing here touches progress: it lives in localStorage,
 * which neither the worker nor an update changes.
 *
 * Browser only. workbox-window is fetched after the page has loaded, so a page's own first paint
 * and scripts never wait for it. Inside an LMS package (`data-packaged` on the root) there is no
 * worker: the LMS serves the files.
 */

/** Where the build puts the service worker. */
const SERVICE_WORKER_URL = '/sw.js';

function showNotice(update: () => void): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  notice.hidden = false;
  notice.querySelector('[data-update-now]')?.addEventListener('click', update, { once: true });
  notice
    .querySelector('[data-update-later]')
    ?.addEventListener('click', () => (notice.hidden = true), { once: true });
}

async function register(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(SERVICE_WORKER_URL);
  workbox.addEventListener('waiting', () =>
    showNotice(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      workbox.messageSkipWaiting();
    }),
  );
  await workbox.register();
}

/** How long after the page's load the worker is registered, at the least (ms). */
const SETTLE_MS = 2000;

/**
 * Registers the worker once the page has loaded and settled, where the browser has service
 * workers. Its first install downloads the whole site (about 4 MB); on a 2-core laptop that work
 * slowed the desk's own start by a third (its longest main-thread task went from 40 to 70 ms), so
 * on a first visit it waits until the page's islands have started and the browser is idle. Once a
 * worker controls the page, registering only checks for an update, at once.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || document.documentElement.hasAttribute('data-packaged'))
    return;
  const start = () => void register().catch(() => undefined);
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(start, { timeout: 5000 })
      : start();
  const settle = navigator.serviceWorker.controller
    ? start
    : () => window.setTimeout(whenIdle, SETTLE_MS);
  if (document.readyState === 'complete') settle();
  else window.addEventListener('load', settle, { once: true });
}
