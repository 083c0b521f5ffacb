/** Site-wide promises: links resolve, unknown addresses get the 404 page, search finds lessons. */
import { expect, test } from '@playwright/test';
import { isBuiltPage, sitePages } from './site-pages.ts';

test('every internal link on every page leads to a built page', async ({ page }) => {
  const broken: string[] = [];
  for (const path of sitePages) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      if (!href.startsWith('/pagefind/') && !isBuiltPage(href)) broken.push(`${path} → ${href}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every fact link points at an anchor on the facts page', async ({ page }) => {
  await page.goto('/facts/');
  const anchors = new Set(
    await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id)),
  );
  const missing: string[] = [];
  for (const path of sitePages) {
    await page.goto(path);
    const targets = await page
      .locator('a[href^="/facts/#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const target of targets)
      if (!anchors.has(target.slice('/facts/#'.length))) missing.push(`${path} → ${target}`);
  }
  expect(missing).toEqual([]);
});

test('an unknown address shows the not-found page with ways back', async ({ page }) => {
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Course map' })).toBeVisible();
});

test('the home page says what this is and offers the three ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('support desk');
  for (const way of ['Learn', 'Practise', 'Simulate']) {
    await expect(
      page.getByRole('main').getByRole('link', { name: way, exact: true }),
    ).toBeVisible();
  }
});

test('the course map lists every module with its lessons', async ({ page }) => {
  await page.goto('/learn/');
  const modules = page.getByRole('main').getByRole('heading', { level: 2, name: /^Module \d+:/ });
  expect(await modules.count()).toBeGreaterThanOrEqual(1);
  const lessonLinks = page.getByRole('main').locator('a[href^="/learn/"]');
  expect(await lessonLinks.count()).toBeGreaterThanOrEqual(await modules.count());
});

test.describe('search', () => {
  for (const term of ['chargeback', 'invoice', 'A-to-Z']) {
    test(`finds lessons about “${term}”`, async ({ page }) => {
      await page.goto('/search/');
      await page.getByRole('searchbox', { name: /search lessons/i }).fill(term);
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page.getByRole('status')).toContainText(/\d+ pages? match/);
      const results = page.getByRole('main').getByRole('listitem').getByRole('link');
      await expect(results.first()).toBeVisible();
      expect(await results.count()).toBeGreaterThan(0);
      await expect(page).toHaveURL(
        new RegExp(`\\?q=${encodeURIComponent(term).replace(/[-]/g, '\\-')}`),
      );
    });
  }

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzqxjv');
    await expect(page.getByRole('status')).toHaveText('No pages match “zzqxjv”.');
  });
});
