/**
 * Calculators a trainee meets on a phone or on a slow connection: what they type before the
 * island has woken up is kept (issue 9, item 18), and checkboxes keep a usable size at 360 px
 * (item 17).
 */
import { expect, test, type Page } from '@playwright/test';

/** Holds back the page's island modules until `release` is called, as a slow network would. */
async function holdIslands(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    /\/_astro\/(OdrCalculator|InvoiceDeadline|FeedbackRemovalChecker)\.[^/]*\.js$/,
    async (route) => {
      await gate;
      await route.continue();
    },
  );
  return release;
}

test('the ODR calculator keeps the orders typed before it woke up, and uses them', async ({
  page,
}) => {
  const release = await holdIslands(page);
  await page.goto('/learn/order-defect-rate/what-is-odr/');
  const calculator = page.getByRole('region', { name: 'ODR calculator' });
  await calculator.scrollIntoViewIfNeeded();
  const orders = calculator.getByLabel('Orders in the window');
  await orders.fill('1000');
  await expect(calculator.locator('xpath=ancestor::astro-island')).toHaveAttribute('ssr', /.*/);
  release();
  await expect(calculator.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(orders).toHaveValue('1000');
  await expect(calculator.getByRole('status')).toHaveText(
    'ODR 0.3%: 3 defective of 1000 orders, under the 1% target.',
  );
});

test('the feedback checker keeps a choice and a box ticked before it woke up', async ({ page }) => {
  const release = await holdIslands(page);
  await page.goto('/learn/feedback-and-reviews/removing-feedback-and-reviews/');
  const checker = page.getByRole('region', { name: 'Feedback removal checker' });
  await checker.scrollIntoViewIfNeeded();
  const seller = checker.getByRole('radio', { name: 'The seller (FBM)' });
  await seller.check();
  const box = checker.getByRole('checkbox', { name: /offensive language/ });
  await box.check();
  release();
  await expect(checker.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(box).toBeChecked();
  await expect(seller).toBeChecked();
  // FBM feedback with offensive language can be reported under both readings (FB-REPORT).
  await expect(checker.getByRole('status')).toContainText(
    'The course (assessed): Likely removed. Help pages (to verify): Likely removed.',
  );
});

test('the invoice calculator keeps the shipment time typed before it woke up', async ({ page }) => {
  const release = await holdIslands(page);
  await page.goto('/learn/beyond-odr/invoice-defect-rate/');
  const calculator = page.getByRole('region', { name: 'Invoice deadline calculator' });
  await calculator.scrollIntoViewIfNeeded();
  const shipped = calculator.getByLabel('Shipment confirmed (marketplace time)');
  await shipped.fill('2026-03-30T10:00');
  release();
  await expect(calculator.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(shipped).toHaveValue('2026-03-30T10:00');
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [path, name] of [
    ['/learn/order-defect-rate/what-is-odr/', 'ODR calculator'],
    ['/learn/feedback-and-reviews/removing-feedback-and-reviews/', 'Feedback removal checker'],
  ] as const) {
    test(`${name}: every checkbox is at least 18 px wide and high`, async ({ page }) => {
      await page.goto(path);
      const region = page.getByRole('region', { name });
      await region.scrollIntoViewIfNeeded();
      const boxes = region.getByRole('checkbox');
      expect(await boxes.count()).toBeGreaterThan(0);
      for (const box of await boxes.all()) {
        const size = await box.boundingBox();
        expect(size?.width, await box.evaluate((node) => node.outerHTML)).toBeGreaterThanOrEqual(
          18,
        );
        expect(size?.height).toBeGreaterThanOrEqual(18);
      }
    });
  }
});
