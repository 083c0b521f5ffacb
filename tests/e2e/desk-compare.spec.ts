/**
 * Two desk features played as a trainee would: work that takes time on the clock (a busy Monday's
 * acts take 10 minutes each), and a debrief that reads the same shift under Kaufland's and eBay's
 * rules (RESP-KAUFLAND, EBAY-BANDS), with the figures from the engine.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadScenario } from '../sim/scenario-files.ts';
import { endShift, playAct } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';

test('a busy Monday: each act moves the desk clock on by 10 minutes', async ({ page }) => {
  const id = 'busy-monday-after-the-long-weekend';
  const scenario = loadScenario(id);
  await page.goto(`/simulate/${id}/`);
  await hydrated(page);
  const clock = page.getByRole('group', { name: 'Simulated clock' });
  await expect(clock).toContainText('Mon 4 May, 08:00');
  await expect(page.getByRole('heading', { name: 'Inbox (26)' })).toBeVisible();
  for (const act of scenario.goodPlay.slice(0, 2)) await playAct(page, scenario, act);
  await expect(clock).toContainText('Mon 4 May, 08:20');
  await expect(page.getByRole('heading', { name: 'Inbox (24)' })).toBeVisible();
});

test('the weekend debrief shows each reply on Kaufland’s clock and the eBay band', async ({
  page,
}) => {
  const id = 'weekend-three-rulebooks';
  const scenario = loadScenario(id);
  await page.goto(`/simulate/${id}/`);
  await hydrated(page);
  for (const act of scenario.goodPlay) await playAct(page, scenario, act);
  await endShift(page);
  const debrief = page.getByRole('region', { name: /^Debrief/ });
  await expect(
    debrief.getByRole('heading', { name: 'The same account on other marketplaces' }),
  ).toBeVisible();
  // Friday 15:00: Amazon due Saturday 15:00; Kaufland counts working days, due Tuesday 15:00.
  const friday = debrief
    .getByRole('listitem')
    .filter({ hasText: 'Message about order 302-7720415-3391862' });
  await expect(friday).toContainText('Amazon: due Sat 14 Nov, 15:00, on time');
  await expect(friday).toContainText('Kaufland: due Tue 17 Nov, 15:00, on time');
  // Saturday 10:00: Kaufland's clock starts on Monday.
  await expect(
    debrief.getByRole('listitem').filter({ hasText: 'Message about order 302-1638840-5207713' }),
  ).toContainText('Kaufland: due Wed 18 Nov, 00:00');
  await expect(debrief).toContainText('in the Above Standard band');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
