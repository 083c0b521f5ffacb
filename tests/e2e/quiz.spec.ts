/** A trainee takes a module quiz, gets some wrong, retries, passes; progress survives reloads, export and import. */
import { expect, test, type Page } from '@playwright/test';
import { answer, hydrated, questionOnScreen, quizQuestions } from './quiz-answers.ts';

const QUIZ = 'service-standards';
const questions = quizQuestions(QUIZ);

/** Plays the quiz on screen to its end, answering wrongly the questions whose position is in `wrong`. */
async function playQuiz(page: Page, wrong: (position: number) => boolean): Promise<number> {
  let position = 0;
  for (;;) {
    const heading = page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });
    if ((await heading.count()) === 0) return position;
    const question = await questionOnScreen(page, questions);
    await answer(page, question, !wrong(position));
    await page.getByRole('button', { name: 'Check answer' }).click();
    // Focus moves to the verdict and its explanation (issue 9, item 10).
    const feedback = page.getByRole('group', {
      name: wrong(position) ? 'Not quite.' : 'Correct.',
    });
    await expect(feedback).toBeFocused();
    await expect(feedback.getByText(question.explanation)).toBeVisible();
    position += 1;
    const next = page.getByRole('button', { name: /^(Next question|Finish and see your result)$/ });
    await next.click();
  }
}

test('a module quiz: wrong answers, a retry of the missed ones, then a pass that survives a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`/practise/${QUIZ}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();

  const total = await playQuiz(page, (position) => position < 6);
  expect(total).toBe(questions.size);
  const expectedScore = Math.round(((total - 6) / total) * 100);
  await expect(
    page.getByRole('heading', { level: 2, name: `Your result: ${expectedScore}%` }),
  ).toBeFocused();
  await expect(page.getByText('Not passed yet: the pass mark is 80%.')).toBeVisible();

  // The missed questions wait on the review page, due today.
  await page.goto('/practise/review/');
  await hydrated(page);
  await expect(
    page.getByRole('heading', { level: 2, name: '6 questions are due today' }),
  ).toBeVisible();

  await page.goto(`/practise/${QUIZ}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Retry the 6 questions you missed last time' }).click();
  expect(await playQuiz(page, () => false)).toBe(6);
  // A retry says what it means: the missed questions are now right; it does not pass the quiz.
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Retry of missed questions: 6 of 6 now right',
    }),
  ).toBeFocused();
  await expect(page.getByRole('heading', { name: /Your result/ })).toHaveCount(0);
  await expect(page.getByText('A retry does not count toward passing')).toContainText(
    `Take the whole quiz again to pass it (your best whole attempt so far: ${expectedScore}%).`,
  );

  await page.getByRole('button', { name: 'Take the whole quiz again' }).click();
  await playQuiz(page, () => false);
  await expect(page.getByText('You passed (the pass mark is 80%).')).toBeVisible();

  await page.reload();
  await hydrated(page);
  await expect(page.getByText('Your best so far: 100% (passed).')).toBeVisible();
  await page.goto('/progress/');
  await hydrated(page);
  const row = page.getByRole('row', { name: /Marketplace service standards/ });
  await expect(row).toContainText('100% passed');
});

test('a quiz under way resumes after a reload, on the same question with the answer kept', async ({
  page,
}) => {
  await page.goto(`/practise/${QUIZ}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const first = await questionOnScreen(page, questions);
  await answer(page, first, true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: `Question 2 of ${questions.size}` }),
  ).toBeFocused();
  await page.reload();
  await hydrated(page);
  await expect(
    page.getByRole('heading', { level: 2, name: `Question 2 of ${questions.size}` }),
  ).toBeVisible();
});

test('export, clear storage, import: the progress is restored; a bad file changes nothing', async ({
  page,
}, testInfo) => {
  await page.goto('/learn/service-standards/response-times/');
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeFocused();
  await page.goto('/progress/');
  await hydrated(page);
  await expect(page.getByRole('row', { name: /Marketplace service standards/ })).toContainText(
    '1 of 3',
  );
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress file' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await downloading).saveAs(file);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('row', { name: /Marketplace service standards/ })).toContainText(
    '0 of 3',
  );

  const broken = testInfo.outputPath('broken.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(broken, '{"version": 1, "lessons": "everything"}');
  await page.getByLabel('Import a progress file').setInputFiles(broken);
  await expect(
    page.getByRole('status').filter({ hasText: 'This file cannot be imported' }),
  ).toContainText('Your progress has not changed.');
  await expect(page.getByRole('row', { name: /Marketplace service standards/ })).toContainText(
    '0 of 3',
  );

  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported progress.json' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Marketplace service standards/ })).toContainText(
    '1 of 3',
  );
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('row', { name: /Marketplace service standards/ })).toContainText(
    '1 of 3',
  );
});

test('corrupt saved progress: the trainee is told, the page works, the value is kept aside', async ({
  page,
}) => {
  await page.goto('/progress/');
  await page.evaluate(() => localStorage.setItem('sda:progress', '{"version":1,"lessons":{"x":'));
  await page.reload();
  await hydrated(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your saved progress could not be read (it is not valid JSON)');
  const backupKey = (await alert.locator('code').textContent()) ?? '';
  expect(backupKey).toMatch(/^sda:progress-backup:/);
  expect(await page.evaluate((key) => localStorage.getItem(key), backupKey)).toBe(
    '{"version":1,"lessons":{"x":',
  );
  await expect(page.getByRole('row', { name: /Marketplace service standards/ })).toContainText(
    '0 of 3',
  );
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
