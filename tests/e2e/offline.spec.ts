/**
 * Offline use: after one visit the service worker has the whole built site, so with the network
 * gone a lesson, a quiz and a desk still open and work; an update waits for the trainee and
 * keeps their progress.
 */
import { expect, test, type Page } from '@playwright/test';
import { endShift } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';

test.use({ serviceWorkers: 'allow' });

/** The pages that must work offline, each with what a trainee does there. */
const offlinePages: { name: string; path: string; use: (page: Page) => Promise<void> }[] = [
  {
    name: 'a lesson',
    path: '/learn/fba-and-fbm/who-does-what/',
    use: async (page) => {
      await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
      await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeFocused();
    },
  },
  {
    name: 'a quiz',
    path: '/practise/fba-and-fbm/',
    use: async (page) => {
      await hydrated(page);
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await page.getByRole('main').getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('group', { name: /Correct|Not quite|Wrong/ })).toBeVisible();
    },
  },
  {
    name: 'a desk',
    path: '/simulate/first-shift-return-and-question/',
    use: async (page) => {
      await hydrated(page);
      await page.getByRole('button', { name: 'Jump to the next event' }).click();
      await endShift(page);
      await expect(page.getByRole('heading', { name: /^Debrief:/ })).toBeVisible();
    },
  },
  {
    // A scenario's start: the page, its scenario file, the engine's worker and the chart.
    name: 'the sandbox',
    path: '/sandbox/?scenario=first-shift-return-and-question',
    use: async (page) => {
      await hydrated(page);
      await expect(page.getByRole('region', { name: 'Account health' })).toBeVisible();
      await expect(
        page.getByText('The start of the scenario “First shift: a return request and a question”'),
      ).toBeVisible();
      const clock = page.getByRole('region', { name: 'Time' }).locator('strong').first();
      await page.getByRole('button', { name: 'Forward 1 day' }).click();
      await expect(clock).toHaveText('Tuesday 10 March 2026, 08:00');
      await page.getByText('The rates as a table').click();
      await expect(
        page
          .getByRole('table', { name: /day by day/ })
          .getByRole('row')
          .nth(2),
      ).toBeVisible();
      await expect(page.getByText('The chart could not be drawn here')).toBeHidden();
    },
  },
];

/** Visits the home page once and waits until the worker controls it (its precache is complete). */
async function visitOnce(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
  });
}

for (const entry of offlinePages) {
  test(`after one visit, ${entry.name} opens and works offline`, async ({ page, context }) => {
    await visitOnce(page);
    await context.setOffline(true);
    await page.goto(entry.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await entry.use(page);
  });
}

test('the site is installable: a web manifest with a start page and icons, served offline too', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    const response = await fetch(link?.href ?? '');
    return (await response.json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
  });
  expect(manifest).toMatchObject({
    name: 'Support Desk Academy',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  // Offline, each icon comes from the worker's cache.
  for (const icon of manifest.icons)
    expect(await page.evaluate(async (src) => (await fetch(src)).ok, icon.src), icon.src).toBe(
      true,
    );
});

test('an update waits for the trainee, and their progress is kept through it', async ({ page }) => {
  await visitOnce(page);
  await page.goto('/learn/fba-and-fbm/who-does-what/');
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'A new version of the course is ready' });
  await expect(notice).toBeHidden();

  // A new build: a worker at another script URL installs beside the running one and waits, as
  // a changed sw.js would (the browser fetches a worker's script past the page's routes).
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next-build'));
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Your progress stays as it is');

  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Update now' }).click(),
  ]);
  await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeVisible();
  await expect(notice).toBeHidden();
});
