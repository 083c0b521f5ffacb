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

  // Each fact's coverage is on its own page, linked from the summary.
  await page
    .getByRole('link', { name: 'Each fact: where it is taught, asked and practised' })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Facts: where each is taught, asked and practised',
    }),
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

  // Back on the summary: its count of facts not practised matches its list, and a listed fact
  // leads to its entry, marked as the gap.
  await page.getByRole('link', { name: 'content gaps for trainers' }).first().click();
  const summary = await page
    .getByRole('listitem')
    .filter({ hasText: /not practised at the desk/ })
    .textContent();
  const count = Number(/(\d+) not practised at the desk/.exec(summary ?? '')?.[1]);
  const gapList = page.getByRole('list', { name: 'Not practised in any scenario' });
  await expect(gapList.getByRole('link')).toHaveCount(count);
  if (count > 0) {
    const firstGap = gapList.getByRole('link').first();
    const name = (await firstGap.textContent()) ?? '';
    await firstGap.click();
    const target = page.getByRole('article', {
      name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    });
    await expect(target.getByText('Gap: not practised')).toBeVisible();
  }

  await page.getByRole('link', { name: 'content gaps for trainers' }).first().click();
  await expect(page.getByText('service-standards/response-times#')).not.toHaveCount(0);
});
