/**
 * A trainee's first hour (issue 9): the Simulate page opens every desk, quiz feedback reads well
 * and moves focus, the final asks before skipping, lessons show facts by name and the two readings
 * the same way everywhere. Quizzes start at a chosen question by seeding the attempt under way,
 * as a reload would resume it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { hydrated } from './quiz-answers.ts';

const root = resolve(import.meta.dirname, '../..');
const scenarios = readdirSync(join(root, 'content/scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const data = parse(readFileSync(join(root, 'content/scenarios', name), 'utf8')) as {
      title: string;
      lessons: string[];
    };
    return { id: name.replace(/\.yaml$/, ''), ...data };
  });

/** Saves progress with a quiz under way on the given questions, then opens the quiz. */
async function resumeQuiz(page: Page, quizId: string, questionKeys: string[]) {
  await page.goto('/practise/');
  await page.evaluate(
    ({ quizId, questionKeys }) =>
      localStorage.setItem(
        'sda:progress',
        JSON.stringify({
          version: 1,
          trainee: { name: '' },
          lessons: {},
          quizzes: {},
          answers: {},
          review: {},
          scenarios: {},
          inProgress: {
            [quizId]: {
              startedAt: '2026-11-20T10:00:00.000Z',
              questionKeys,
              responses: {},
              position: 0,
              full: true,
            },
          },
        }),
      ),
    { quizId, questionKeys },
  );
  await page.goto(`/practise/${quizId}/`);
  await hydrated(page);
}

test.describe('Simulate page', () => {
  test('every card opens its desk and shows difficulty, length and the best result', async ({
    page,
  }) => {
    await page.goto('/simulate/');
    await page.evaluate(() =>
      localStorage.setItem(
        'sda:progress',
        JSON.stringify({
          version: 1,
          trainee: { name: '' },
          lessons: {},
          quizzes: {},
          answers: {},
          review: {},
          scenarios: {
            'sunday-message': { best: 0.85, attempts: 2, lastAt: '2026-11-20T10:00:00.000Z' },
          },
          inProgress: {},
        }),
      ),
    );
    await page.reload();
    const main = page.getByRole('main');
    await expect(main).not.toContainText(/being built|until it opens/i);
    const cards = main
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(cards).toHaveCount(scenarios.length);
    for (const card of await cards.all()) {
      await expect(card).toContainText(/(Starter|Standard|Hard) · about \d+ minutes/);
      await expect(card).toContainText(/Not played yet|Your best so far: \d+%/);
    }
    const sunday = cards.filter({ hasText: 'A message on Sunday morning' });
    await expect(sunday).toContainText('Your best so far: 85% (2 attempts)');

    // Every card's button leads to its own desk page (checked by address and title, quickly);
    // one is opened by clicking, as a trainee would.
    for (const scenario of scenarios) {
      const open = page
        .locator(`[id="${scenario.id}"]`)
        .getByRole('link', { name: /^Open the desk/ });
      await expect(open).toHaveAccessibleName(new RegExp(`${RegExp.escape(scenario.title)}$`));
      await expect(open).toHaveAttribute('href', `/simulate/${scenario.id}/`);
      const desk = await page.request.get(`/simulate/${scenario.id}/`);
      expect(desk.status()).toBe(200);
      const title = scenario.title.replaceAll("'", '&#39;');
      expect(await desk.text(), scenario.id).toMatch(
        new RegExp(`<h1[^>]*>${RegExp.escape(title)}</h1>`),
      );
    }
    await sunday.getByRole('link', { name: /^Open the desk/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A message on Sunday morning');
    await hydrated(page);
    await expect(page.getByRole('button', { name: 'End the shift' })).toBeVisible();
  });

  test('each card names every lesson to read first once', async ({ page }) => {
    await page.goto('/simulate/');
    for (const scenario of scenarios) {
      const card = page.locator(`[id="${scenario.id}"]`);
      const reading = await card
        .getByText('Read first:')
        .locator('xpath=..')
        .getByRole('link')
        .allTextContents();
      const lessons = new Set(scenario.lessons.map((link) => link.split('#')[0]));
      expect(reading, scenario.id).toHaveLength(lessons.size);
      expect(new Set(reading).size, scenario.id).toBe(reading.length);
    }
  });
});

test.describe('quiz feedback', () => {
  test('reads “4 orders”, takes focus, and shows both readings without calling either wrong', async ({
    page,
  }) => {
    await resumeQuiz(page, 'order-defect-rate', [
      'order-defect-rate/count-defective-orders',
      'order-defect-rate/a2z-counts-help-odr',
    ]);
    const check = page.getByRole('button', { name: 'Check answer' });
    await expect(check).toBeDisabled();
    await expect(check).toHaveAccessibleDescription('Choose or type an answer first.');
    // It looks disabled too (item 9): no pointer, dashed border, not the live colour.
    await expect(check).toHaveCSS('cursor', 'not-allowed');
    await expect(check).toHaveCSS('border-top-style', 'dashed');
    await page.getByRole('textbox', { name: /How many defective orders are there/ }).fill('7');
    await check.click();
    const feedback = page.getByRole('group', { name: 'Not quite.' });
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText('The answer is 4 orders.');
    await expect(feedback).toContainText('This adds up the defects');
    // Facts by their plain names, the code as a small link.
    await expect(feedback).toContainText('One count per order');
    await expect(feedback.getByRole('link', { name: 'Policy fact ODR-DEDUP' })).toBeVisible();

    await page.getByRole('button', { name: 'Next question' }).click();
    await page
      .getByRole('textbox', { name: /What is the ODR under Amazon's help pages/ })
      .fill('1.5');
    await page.getByRole('button', { name: 'Check answer' }).click();
    const twoReadings = page.getByRole('group', { name: 'Not quite.' });
    await expect(twoReadings).toBeFocused();
    await expect(twoReadings).toContainText("This is the course brief's reading");
    await expect(twoReadings).toContainText('Two readings: Which claims count toward the ODR');
    await expect(twoReadings).toContainText('The course (assessed): Opening a claim counts');
    await expect(twoReadings).toContainText('Help pages (to verify):');
    await expect(twoReadings).not.toContainText(/\bwrong\b/i);
  });

  test('the final asks before skipping a question, so a double click skips nothing', async ({
    page,
  }) => {
    await resumeQuiz(page, 'final', [
      'order-defect-rate/count-defective-orders',
      'order-defect-rate/odr-room-before-breach',
      'beyond-odr/idr-max-defects',
    ]);
    await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 3' })).toBeVisible();
    const next = page.getByRole('button', { name: 'Next question' });
    await next.dblclick();
    await expect(page.getByRole('alert')).toContainText(
      'You have not answered question 1. Skip it for now?',
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 3' })).toBeVisible();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Question 2 of 3' })).toBeFocused();

    await page.getByRole('textbox').fill('3');
    await next.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Question 3 of 3' })).toBeFocused();
    await page.getByRole('textbox').fill('9');
    await page.getByRole('button', { name: 'Finish and see your result' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Question 1 has no answer; it counts as wrong. Finish anyway?',
    );
    await page.getByRole('button', { name: 'Go to question 1' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 3' })).toBeFocused();
  });
});

test.describe('lessons and facts', () => {
  test('a section shows its facts by name first, the code as a small link; a policy check states the convention', async ({
    page,
  }) => {
    await page.goto('/learn/order-defect-rate/a-to-z-guarantee/');
    const main = page.getByRole('main');
    await expect(main.getByText('Based on:').first()).toBeVisible();
    const code = main.getByRole('link', { name: 'Policy fact A2Z-WINDOW' }).first();
    await expect(code).toBeVisible();
    await expect(code.locator('xpath=..')).toContainText('When a buyer can file an A-to-Z claim');
    const check = page.getByRole('complementary', { name: 'Policy check: two readings' }).first();
    await expect(check).toContainText('Quizzes and the desk assess what the course teaches.');
  });

  test('the facts page labels the two readings the same way as lessons and quizzes', async ({
    page,
  }) => {
    await page.goto('/facts/');
    const fact = page.getByRole('article', { name: 'Which claims count toward the ODR' });
    await expect(fact).toContainText('The course (assessed):');
    await expect(fact).toContainText('Help pages (to verify):');
    await expect(fact.getByRole('link', { name: 'Policy fact A2Z-COUNTS' })).toBeVisible();
  });
});
