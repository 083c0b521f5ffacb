/** A trainee who uses only the keyboard gets from the home page into a lesson. */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus; fails if it takes more than `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${String(target)} not reached with ${limit} presses of Tab`);
}

async function focusRingWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 0;
    const style = getComputedStyle(element);
    return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  });
}

test('skip link, main navigation, course map and a lesson, keyboard only', async ({ page }) => {
  await page.goto('/');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // From the top of the page again: skip link, site name, then the navigation.
  await page.goto('/');
  const learn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' });
  expect(await tabTo(page, learn)).toBeLessThanOrEqual(3);
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/learn\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Course map' })).toBeVisible();
  const firstLesson = page.getByRole('main').getByRole('listitem').getByRole('link').first();
  const lessonTitle = (await firstLesson.textContent())?.trim() ?? '';
  expect(lessonTitle).not.toBe('');
  await tabTo(page, firstLesson);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
});

test('the theme toggle works from the keyboard and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/learn/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    darkBackground,
  );
  expect(darkBackground).not.toBe('rgb(255, 255, 255)');
});

test('the theme follows the operating system until the trainee chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});
