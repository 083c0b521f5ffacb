/**
 * When the browser refuses to store (storage full, or turned off), the quiz keeps the answers in
 * memory, the trainee is told once, and the progress file can still be downloaded (issue 11).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answer, hydrated, questionOnScreen, quizQuestions } from './quiz-answers.ts';

const QUIZ = 'service-standards';
const questions = quizQuestions(QUIZ);

/** Fills this origin's localStorage until the browser refuses more; returns how much it took. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let stored = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${stored}`, chunk);
          stored += 1;
        } catch {
          break;
        }
      }
    }
    return stored;
  });
}

test('a full storage: the quiz keeps the answer in memory, says so once, and offers the export', async ({
  page,
}, testInfo) => {
  await page.goto(`/practise/${QUIZ}/`);
  expect(await fillStorage(page)).toBeGreaterThan(0);
  await page.reload();
  await hydrated(page);
  const notice = page.getByText('Your progress is not being saved.');
  await expect(notice).toHaveCount(0);

  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(notice).toHaveCount(1);
  await expect(notice).toBeVisible();

  const first = await questionOnScreen(page, questions);
  await answer(page, first, true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('group', { name: 'Correct.' })).toBeFocused();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: `Question 2 of ${questions.size}` }),
  ).toBeFocused();
  await expect(notice).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('sda:progress'))).toBeNull();

  // The export holds what storage refused.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress file' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await downloading).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    inProgress: Record<
      string,
      { position: number; responses: Record<string, { checked: boolean }> }
    >;
  };
  expect(saved.inProgress[QUIZ]?.position).toBe(1);
  expect(saved.inProgress[QUIZ]?.responses[`${QUIZ}/${first.id}`]?.checked).toBe(true);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  const second = await questionOnScreen(page, questions);
  await answer(page, second, true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('group', { name: 'Correct.' })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('storage turned off: the lesson is still marked done for this visit, and the trainee is told', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/learn/service-standards/response-times/');
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  await expect(page.getByText('Your progress is not being saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeFocused();
  await expect(page.getByText('Done: it counts on your progress page')).toBeVisible();
});
