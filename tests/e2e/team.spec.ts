/** The team view, used as a team lead would: three exported files in, one refused, a CSV out whose figures match the files. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hydrated } from './quiz-answers.ts';
import { jsonFile, lessonIds, progressFile, scenariosOfModule } from './team-files.ts';

const ana = progressFile({
  name: 'Ana Lopes',
  lessons: lessonIds.filter((id) => id.startsWith('fba-and-fbm/')),
  quizzes: { 'fba-and-fbm': 0.9, 'service-standards': 0.6 },
  scenarios: { 'fba-feedback-removal': 0.85, 'fba-feedback-policy-check': 0.5 },
  answers: { 'fba-and-fbm/fba-who-ships-and-returns': { right: 0, wrong: 3 } },
});
const ben = progressFile({
  name: 'Ben Okafor',
  lessons: lessonIds.slice(0, 2),
  quizzes: { final: 0.85 },
  scenarios: {},
  answers: { 'fba-and-fbm/fba-who-ships-and-returns': { right: 1, wrong: 1 } },
});

test('three files: the corrupt one is refused with a message, the other two shown, and the CSV matches them', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'team view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team view' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Nothing leaves this browser.');
  await hydrated(page);

  await page
    .getByLabel('Choose files')
    .setInputFiles([
      jsonFile('ana.json', ana),
      jsonFile('broken.json', '{"version": 1, "lessons": {'),
      jsonFile('ben.json', ben),
    ]);
  const outcomes = page.getByRole('status').filter({ hasText: 'ana.json' });
  await expect(outcomes).toContainText('broken.json was refused: it is not valid JSON');
  await expect(outcomes).toContainText('ana.json: progress file');
  await expect(outcomes).toContainText('ben.json: progress file');

  const glance = page.getByRole('region', { name: 'The team at a glance' });
  await expect(glance.getByRole('row', { name: /Ana Lopes/ })).toContainText('1 of 6');
  await expect(glance.getByRole('row', { name: /Ben Okafor/ })).toContainText('85%, passed');
  const fba = page.getByRole('region', {
    name: /Module 2: Fulfilment by Amazon and Fulfilment by Merchant/,
  });
  await expect(fba.getByRole('row', { name: /Ana Lopes/ })).toContainText('90%, passed');
  // One of the module's scenarios passed (0.85; the other at 0.5 is not).
  await expect(fba.getByRole('row', { name: /Ana Lopes/ })).toContainText(
    `1 of ${scenariosOfModule('fba-and-fbm').length}`,
  );
  const weak = page.getByRole('region', { name: 'What the team gets wrong most often' });
  await expect(weak.getByRole('listitem').first()).toContainText(
    'answered wrongly 4 times by 2 trainees',
  );
  await expect(weak.getByRole('link', { name: /^Revisit:/ }).first()).toBeVisible();

  // The filled-in view, scanned by axe as the empty page is in a11y.spec.ts.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the table as CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8')
    .trim()
    .split('\r\n');
  const rows = csv.slice(1).map((line) => line.split(','));
  expect(csv[0]).toContain('Trainee,File,Module,Lessons done');
  // Two trainees, each with every module and the final; nothing from the refused file.
  expect(rows.filter((row) => row[1] === 'broken.json')).toEqual([]);
  const rowOf = (trainee: string, module: string) =>
    rows.find((row) => row[0] === trainee && row[2]?.endsWith(module));
  // The figures are those of the files as built above.
  const anaFba = lessonIds.filter((id) => id.startsWith('fba-and-fbm/')).length;
  expect(
    rowOf('Ana Lopes', 'Fulfilment by Amazon and Fulfilment by Merchant')?.slice(3, 9),
  ).toEqual([
    String(anaFba),
    String(anaFba),
    '90',
    'yes',
    '1',
    String(scenariosOfModule('fba-and-fbm').length),
  ]);
  expect(rowOf('Ana Lopes', 'Marketplace service standards')?.slice(5, 7)).toEqual(['60', 'no']);
  expect(rowOf('Ben Okafor', 'Final assessment')?.slice(5, 7)).toEqual(['85', 'yes']);
  expect(rowOf('Ben Okafor', 'Marketplace service standards')?.[3]).toBe('2');
});
