/** A trainer finds the content-gaps report from any page and reads where each fact is covered. */
import { expect, test } from '@playwright/test';

test('a trainer reaches the content gaps from the footer and reads a fact and an objective', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'content gaps for trainers' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Content gaps for trainers' }),
  ).toBeVisible();

  const fact = page.getByRole('article', { name: /One count per order/ });
  await expect(
    fact.getByRole('link', { name: 'What the Order Defect Rate is: One order, one count' }),
  ).toBeVisible();
  await expect(fact).toContainText(/question \d+ \(odr-with-dedup\)/);
  await expect(fact.getByRole('link', { name: 'Shipped without tracking' })).toBeVisible();

  // An unconfirmed clause is shown with where it is taught, and never as graded.
  await expect(page.getByRole('article', { name: /Who answers for a chargeback/ })).toContainText(
    'Taught with its caveat in Chargebacks; never graded.',
  );

  // The summary's gap list leads to the fact it names.
  const gapList = page.getByRole('heading', { name: 'Not practised in any scenario' });
  const firstGap = page
    .locator('h3', { has: gapList })
    .or(gapList)
    .locator('xpath=following-sibling::ul[1]')
    .getByRole('link')
    .first();
  const name = (await firstGap.textContent()) ?? '';
  await firstGap.click();
  const target = page.getByRole('article', {
    name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  });
  await expect(target.getByText('Gap: not practised')).toBeVisible();

  await expect(page.getByText('service-standards/response-times#')).not.toHaveCount(0);
});
