/**
 * Desk details a trainee feels: the order details come from the engine (a choice's tracking ID
 * shows), the selection and the typed draft stay while the clock plays, the clock controls fit a
 * phone, and a browser that refuses to store does not stop the desk (and the page says so).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { endShift } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';

/** The prompt of the decision about a subject, read from the scenario file. */
function decisionPrompt(scenarioId: string, subject: string): string {
  const file = resolve(import.meta.dirname, '../../content/scenarios', `${scenarioId}.yaml`);
  const scenario = parse(readFileSync(file, 'utf8')) as {
    decisions: { subject: string; prompt: string }[];
  };
  return scenario.decisions.find((decision) => decision.subject === subject)?.prompt.trim() ?? '';
}

/** Jumps the clock until the inbox has an entry whose name matches, or fails. */
async function waitForTask(page: Page, name: RegExp) {
  const inbox = page.getByRole('region', { name: /Inbox/ });
  const entry = inbox.getByRole('radio', { name });
  for (let jumps = 0; (await entry.count()) === 0; jumps += 1) {
    expect(jumps, `${String(name)} never reached the inbox`).toBeLessThan(20);
    await page.getByRole('button', { name: 'Jump to the next event' }).click();
  }
  return entry;
}

test('the vacuum shipped with the tracked choice shows its tracking in the order details', async ({
  page,
}) => {
  await page.goto('/simulate/service-and-fraud-chargebacks/');
  await hydrated(page);
  const shipment = await waitForTask(page, /^Order to ship.*302-4918706-2257133/);
  const message = await waitForTask(page, /^Please change the address/);
  await shipment.check();
  await page
    .getByRole('radio', { name: /to the address in the Amazon order, with signature/ })
    .check();
  // The tracking ID field is left empty: the choice itself ships with DHL tracking.
  await page.getByRole('button', { name: 'Confirm shipment', exact: true }).click();
  await message.check();
  const details = page.getByRole('region', { name: /do not send|vacuum|address/i });
  const tracking = details.getByRole('definition').filter({ hasText: '00340434776105311120' });
  await expect(tracking).toBeVisible();
  await expect(details.getByRole('term').filter({ hasText: 'Tracking' })).toBeVisible();
});

test('the selected task, the chosen option and a typed reply stay while the clock plays at the fastest speed', async ({
  page,
}) => {
  await page.goto('/simulate/thank-you-notes/');
  await hydrated(page);
  const decided = await waitForTask(page, /^Question about the voltage/);
  await decided.check();
  const options = page.getByRole('group', {
    name: decisionPrompt('thank-you-notes', 'msg-5710391'),
  });
  await options.getByRole('radio').first().check();
  const free = await waitForTask(page, /^Re: When will my order ship\?/);
  await free.check();
  await page.getByLabel('Your reply').fill('Thank you, we are on it.');
  await page.getByLabel('Speed').selectOption({ label: '1 hour per second' });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1500);
  await expect(free).toBeChecked();
  await expect(page.getByLabel('Your reply')).toHaveValue('Thank you, we are on it.');
  await page.getByRole('button', { name: 'Pause' }).click();
  await decided.check();
  await expect(options.getByRole('radio').first()).toBeChecked();
  await free.check();
  await expect(page.getByLabel('Your reply')).toHaveValue('Thank you, we are on it.');
});

test('at 360 px the clock controls fit in two rows', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/simulate/odr-one-more-defect-breaches/');
  await hydrated(page);
  const clock = page.getByRole('group', { name: 'Simulated clock' });
  const controls = [
    clock.getByRole('button', { name: 'Play' }),
    clock.getByLabel('Speed'),
    clock.getByRole('button', { name: 'Jump to the next event' }),
    clock.getByRole('button', { name: 'End the shift' }),
  ];
  const tops = new Set<number>();
  for (const control of controls) {
    const box = await control.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    tops.add(Math.round(box!.y / 10));
  }
  expect(tops.size).toBe(2);
});

test('when the browser refuses to store, the desk keeps working in memory without an error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/simulate/first-shift-return-and-question/');
  await hydrated(page);
  // Fill the storage to the brim, as a full disk or a strict private mode would leave it.
  const filled = await page.evaluate(() => {
    let stored = 0;
    for (const size of [256 * 1024, 10_000, 1_000, 100, 10]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${stored}`, chunk);
          stored += 1;
        } catch {
          break; // Full at this size: go on with smaller pieces.
        }
      }
    }
    return stored;
  });
  expect(filled).toBeGreaterThan(0);
  const question = await waitForTask(page, /How do I send the kettle back/);
  await question.check();
  await page.getByRole('radio', { name: /prepaid return label/ }).check();
  await page.getByRole('button', { name: 'Send the reply' }).click();
  await page.getByLabel('Speed').selectOption({ label: '1 hour per second' });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Pause' }).click();
  // The page says once that progress is not being saved, and offers the progress file.
  await expect(page.getByText('Your progress is not being saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download progress file' })).toBeVisible();
  await endShift(page);
  await expect(page.getByRole('heading', { name: /^Debrief:/ })).toBeVisible();
  expect(errors).toEqual([]);
});
