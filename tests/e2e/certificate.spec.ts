/** The certificate appears once every quiz is passed, prints the name as typed (as text), and the review records answers. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { answer, hydrated, questionOnScreen, quizQuestions } from './quiz-answers.ts';

const quizIds = readdirSync(resolve(import.meta.dirname, '../../content/quizzes'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const attempt = (score: number) => ({
  at: '2026-11-20T10:00:00.000Z',
  score,
  correct: Math.round(score * 20),
  total: 20,
  passed: score >= 0.8,
  missed: [],
  full: true,
});
const progressWith = (finalScore: number) => ({
  version: 1,
  trainee: { name: '' },
  lessons: {},
  quizzes: Object.fromEntries(
    quizIds.map((id) => [id, { attempts: [attempt(id === 'final' ? finalScore : 0.9)] }]),
  ),
  answers: {},
  review: {},
  scenarios: {},
  inProgress: {},
});

test('no certificate while the final is below 80%', async ({ page }) => {
  await page.goto('/certificate/');
  await page.evaluate(
    (value) => localStorage.setItem('sda:progress', value),
    JSON.stringify(progressWith(0.75)),
  );
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('Final assessment: best 75%, not passed yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toHaveCount(0);
});

test('the certificate shows the typed name as text, the date and the scores', async ({ page }) => {
  await page.goto('/certificate/');
  await page.evaluate(
    (value) => localStorage.setItem('sda:progress', value),
    JSON.stringify(progressWith(0.85)),
  );
  await page.reload();
  await hydrated(page);
  const print = page.getByRole('button', { name: 'Print the certificate' });
  await expect(print).toBeDisabled();
  const typed = '<img src=x onerror="document.title=`hacked`">Ana Lopes';
  await page.getByLabel('Your name, as it should appear on the certificate').fill(typed);
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText(typed);
  await expect(certificate.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('hacked');
  await expect(certificate).toContainText('20 November 2026');
  await expect(certificate.getByRole('row', { name: /Final assessment/ })).toContainText('85%');
  await expect(print).toBeEnabled();
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue(
    typed,
  );
});

test('a missed question comes back on the review page and the answer is recorded', async ({
  page,
}) => {
  const questions = quizQuestions('fba-and-fbm');
  await page.goto('/practise/fba-and-fbm/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, await questionOnScreen(page, questions), false);
  await page.getByRole('button', { name: 'Check answer' }).click();

  await page.goto('/practise/review/');
  await hydrated(page);
  await expect(
    page.getByRole('heading', { level: 2, name: '1 question is due today' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start the review' }).click();
  await answer(page, await questionOnScreen(page, questions), true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct.' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review done' })).toBeFocused();
  await expect(page.getByText('1 of 1 right.')).toBeVisible();
  const card = await page.evaluate(
    () =>
      Object.values(JSON.parse(localStorage.getItem('sda:progress') ?? '{}').review)[0] as {
        reps: number;
      },
  );
  expect(card.reps).toBe(2);
});
