/**
 * A trainee's first hour, walked in through the front door (issue 9, "Done when"): from `/`, by
 * clicking only, at 1280×800 and at 360×740. Reaches a lesson and marks it done, sees it marked
 * in the lesson and on the course map, uses a calculator, passes a module quiz, opens a desk from
 * /simulate/ and plays it to the end, sees the result on /progress/, and finds the certificate
 * once earned. Screenshots of each step are saved with the test results, to be looked at.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { loadScenario } from '../sim/scenario-files.ts';
import { endShift, playAct } from './desk-helpers.ts';
import { answer, hydrated, questionOnScreen, quizQuestions } from './quiz-answers.ts';

const root = resolve(import.meta.dirname, '../..');
const SCENARIO = 'first-shift-return-and-question';
const scenario = loadScenario(SCENARIO);
const QUIZ = 'fba-and-fbm';

/** A progress file with the rest of the course done, as a trainee would bring from another computer. */
function restOfCourse(): string {
  const lessons = readdirSync(join(root, 'content/lessons'), { recursive: true })
    .map(String)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/g, '$1'));
  const ids = (folder: string) =>
    readdirSync(join(root, 'content', folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.replace(/\.yaml$/, ''));
  const at = '2026-11-20T10:00:00.000Z';
  const passed = { at, score: 0.9, correct: 18, total: 20, passed: true, missed: [], full: true };
  return JSON.stringify({
    version: 1,
    trainee: { name: '' },
    lessons: Object.fromEntries(lessons.map((id) => [id, { completedAt: at }])),
    quizzes: Object.fromEntries(ids('quizzes').map((id) => [id, { attempts: [passed] }])),
    answers: {},
    review: {},
    scenarios: Object.fromEntries(
      ids('scenarios').map((id) => [id, { best: 0.8, attempts: 1, lastAt: at }]),
    ),
    inProgress: {},
  });
}

/** Saves a screenshot of the page as it is now, named for the viewport and the step. */
async function snap(page: Page, testInfo: TestInfo, step: string) {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: testInfo.outputPath(`journey-${width}-${step}.png`) });
}

/** Clicks a link of the main navigation. */
async function navigate(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`a trainee's first hour at ${viewport.width}×${viewport.height}, by clicking only`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
    await snap(page, testInfo, '01-home');

    // A lesson, marked done in place and seen marked.
    await page.getByRole('link', { name: /^Start: / }).click();
    const lessonTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    await expect(page.getByText('Done: it counts on your progress page')).toBeVisible();
    await expect(page.getByText(/You marked this lesson as done on/)).toBeVisible();
    await snap(page, testInfo, '02-lesson-done');
    await navigate(page, 'Learn');
    const mapEntry = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: lessonTitle, exact: true }) })
      .filter({ hasNot: page.getByRole('heading') });
    await expect(mapEntry).toContainText('done');
    await mapEntry.scrollIntoViewIfNeeded();
    await snap(page, testInfo, '03-course-map');

    // A calculator.
    await page.getByRole('link', { name: 'What the Order Defect Rate is', exact: true }).click();
    const calculator = page.getByRole('region', { name: 'ODR calculator' });
    await calculator.scrollIntoViewIfNeeded();
    await expect(calculator.locator('xpath=ancestor::astro-island')).not.toHaveAttribute(
      'ssr',
      /.*/,
    );
    await calculator.getByLabel('Orders in the window').fill('1000');
    await expect(calculator.getByRole('status')).toContainText('3 defective of 1000 orders');
    await snap(page, testInfo, '04-calculator');

    // Home now says where to continue.
    await page.getByRole('link', { name: 'Support Desk Academy' }).click();
    await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
    await snap(page, testInfo, '05-continue');

    // A module quiz, passed.
    await navigate(page, 'Practise');
    await page
      .getByRole('link', { name: 'Fulfilment by Amazon and Fulfilment by Merchant', exact: true })
      .click();
    await hydrated(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const questions = quizQuestions(QUIZ);
    for (let position = 1; position <= questions.size; position += 1) {
      await expect(
        page.getByRole('heading', { level: 2, name: `Question ${position} of ${questions.size}` }),
      ).toBeVisible();
      await answer(page, await questionOnScreen(page, questions), true);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('group', { name: 'Correct.' })).toBeFocused();
      if (position === 1) await snap(page, testInfo, '06-quiz-feedback');
      await page
        .getByRole('button', { name: /^(Next question|Finish and see your result)$/ })
        .click();
    }
    await expect(page.getByText(/You passed/)).toBeVisible();
    await snap(page, testInfo, '07-quiz-passed');

    // A desk, opened from /simulate/ and played to the end (the good play).
    await navigate(page, 'Simulate');
    await snap(page, testInfo, '08-simulate');
    await page
      .locator(`[id="${SCENARIO}"]`)
      .getByRole('link', { name: /^Open the desk/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
    await hydrated(page);
    for (const act of scenario.goodPlay) await playAct(page, scenario, act);
    await endShift(page);
    await expect(page.getByRole('heading', { name: /^Debrief: 100 of 100 points/ })).toBeVisible();
    await snap(page, testInfo, '09-debrief');

    // The result on the progress page.
    await navigate(page, 'Progress');
    await hydrated(page);
    await expect(
      page.getByRole('region', { name: 'Best scenario results' }).getByRole('listitem'),
    ).toContainText(`${scenario.title}: best 100% (1 attempt)`);
    const completion = page.getByRole('region', { name: 'Completing the course' });
    await expect(completion).toContainText('Module quizzes passed: 1 of');
    await snap(page, testInfo, '10-progress');

    // The rest of the course comes from a progress file; the certificate is then earned.
    const file = testInfo.outputPath('rest-of-course.json');
    writeFileSync(file, restOfCourse());
    await page.getByLabel('Import a progress file').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Best scenario results' }).getByRole('listitem'),
    ).toContainText([`${scenario.title}: best 100% (1 attempt)`]);
    await completion.getByRole('link', { name: 'Open your certificate' }).click();
    await hydrated(page);
    await page.getByLabel('Your name, as it should appear on the certificate').fill('Ana Lopes');
    await expect(page.getByRole('button', { name: 'Print the certificate' })).toBeEnabled();
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(
      'Ana Lopes',
    );
    await snap(page, testInfo, '11-certificate');
  });
}
