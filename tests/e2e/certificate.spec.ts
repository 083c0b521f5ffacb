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
const lessonIds = readdirSync(resolve(import.meta.dirname, '../../content/lessons'), {
  recursive: true,
})
  .map(String)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/g, '$1'));
const scenarioIds = readdirSync(resolve(import.meta.dirname, '../../content/scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
/** Every quiz passed at 90% and the final at `finalScore`; every lesson done and every scenario played. */
const progressWith = (finalScore: number) => ({
  version: 1,
  trainee: { name: '' },
  lessons: Object.fromEntries(
    lessonIds.map((id) => [id, { completedAt: '2026-11-19T10:00:00.000Z' }]),
  ),
  quizzes: Object.fromEntries(
    quizIds.map((id) => [id, { attempts: [attempt(id === 'final' ? finalScore : 0.9)] }]),
  ),
  answers: {},
  review: {},
  scenarios: Object.fromEntries(
    scenarioIds.map((id) => [id, { best: 1, attempts: 1, lastAt: '2026-11-19T12:00:00.000Z' }]),
  ),
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

test('passing every quiz is not completing the course: lessons and a scenario per module count too', async ({
  page,
}) => {
  await page.goto('/progress/');
  await page.evaluate(
    (value) => localStorage.setItem('sda:progress', value),
    JSON.stringify({ ...progressWith(0.95), lessons: {}, scenarios: {} }),
  );
  await page.reload();
  await hydrated(page);
  const completion = page.getByRole('region', { name: 'Completing the course' });
  await expect(completion).toContainText(`Lessons marked as done: 0 of ${lessonIds.length}`);
  await expect(completion).toContainText('Modules with a desk scenario played: 0 of');
  await expect(completion.getByRole('link', { name: 'Open your certificate' })).toHaveCount(0);
  await page.goto('/certificate/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText(
    `Lessons marked as done: 0 of ${lessonIds.length}`,
  );

  // With every lesson done and a scenario played, the progress page links the certificate.
  await page.evaluate(
    (value) => localStorage.setItem('sda:progress', value),
    JSON.stringify(progressWith(0.95)),
  );
  await page.goto('/progress/');
  await hydrated(page);
  await page
    .getByRole('region', { name: 'Completing the course' })
    .getByRole('link', { name: 'Open your certificate' })
    .click();
  await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(
    `${lessonIds.length} lessons, every module quiz`,
  );
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
  await expect(print).toHaveAccessibleDescription('Type your name first.');
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
  await expect(page.getByRole('group', { name: 'Correct.' })).toBeFocused();
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review done' })).toBeFocused();
  await expect(page.getByText('1 of 1 right.')).toBeVisible();
  // The session ends when what was due is done: the question is not offered again today.
  await expect(page.getByText(/due today/)).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nothing to review today' }),
  ).toBeVisible();
  const card = await page.evaluate(
    () =>
      Object.values(JSON.parse(localStorage.getItem('sda:progress') ?? '{}').review)[0] as {
        reps: number;
      },
  );
  expect(card.reps).toBe(2);
});
