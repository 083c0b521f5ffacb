/** A certificate's code verifies against the trainee's progress file; a file with a changed score does not. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrated } from './quiz-answers.ts';
import { jsonFile, lessonIds, progressFile, quizIds, scenarioIds } from './team-files.ts';

const complete = progressFile({
  name: '',
  lessons: lessonIds,
  quizzes: Object.fromEntries(quizIds.map((id) => [id, id === 'final' ? 0.85 : 0.9])),
  scenarios: Object.fromEntries(scenarioIds.map((id) => [id, 1])),
});

test('the code on a certificate verifies with the progress file; a changed score does not', async ({
  page,
}) => {
  await page.goto('/certificate/');
  await page.evaluate(
    (value) => localStorage.setItem('sda:progress', value),
    JSON.stringify(complete),
  );
  await page.reload();
  await hydrated(page);
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Ana Lopes');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText(/Verification code: [0-9A-Z]{5}-[0-9A-Z]{5}/);
  const code =
    ((await certificate.textContent()) ?? '').match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)?.[0] ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download your progress file' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as typeof complete;
  expect(file.trainee.name).toBe('Ana Lopes');

  // The team lead opens the verify page from the footer.
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'verify a certificate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verify a certificate' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('It detects edits, not impersonation.');
  await hydrated(page);
  const form = page.getByRole('form', { name: 'Check a certificate' });
  await form.getByLabel('Code printed on the certificate').fill(code.toLowerCase());
  await form.getByLabel("The trainee's progress file").setInputFiles(jsonFile('ana.json', file));
  await form.getByRole('button', { name: 'Check the certificate' }).click();
  const result = page.getByRole('status').filter({ hasText: 'certificate' });
  await expect(result).toContainText('The certificate matches this progress file.');
  await expect(result).toContainText('Ana Lopes');
  await expect(result).toContainText('20 November 2026');
  await expect(result).toContainText('85%');
  // The result fits a phone's width.
  await page.setViewportSize({ width: 360, height: 740 });
  await result.getByText('Ana Lopes').scrollIntoViewIfNeeded();
  await expect(result.getByText('Ana Lopes')).toBeInViewport({ ratio: 1 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The same file with the final's score raised: the code no longer matches.
  const edited = structuredClone(file);
  const finalAttempt = edited.quizzes['final']?.attempts[0];
  if (finalAttempt) finalAttempt.score = 0.95;
  await form.getByLabel("The trainee's progress file").setInputFiles(jsonFile('ana.json', edited));
  await form.getByRole('button', { name: 'Check the certificate' }).click();
  await expect(result).toContainText('The certificate does not match this progress file.');
  await expect(result).toContainText('95%');
});
