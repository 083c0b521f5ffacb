/** Every page of the built site, scanned by axe for WCAG 2.2 A and AA, in both themes and at 360 px. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readyWhen, requiredPages, sitePages } from './site-pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The page's axe violations, one line each (rule and where), once its island content is there. */
async function violationsOf(page: Page): Promise<string[]> {
  const ready = readyWhen[new URL(page.url()).pathname];
  if (ready) await page.getByRole(ready.role, { name: ready.name }).waitFor();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

test('the page list covers the whole site', () => {
  expect(sitePages).toEqual(expect.arrayContaining([...requiredPages]));
});

for (const path of sitePages) {
  test.describe(path, () => {
    test('has no WCAG 2.2 A/AA violations in the light theme on a desktop', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(await violationsOf(page)).toEqual([]);
    });

    test('has no WCAG 2.2 A/AA violations in the dark theme at 360 px, and no sideways scrolling', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      expect(await violationsOf(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'page is wider than a 360 px screen').toBeLessThanOrEqual(0);
    });
  });
}
