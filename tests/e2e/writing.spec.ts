/**
 * Writing practice and the reply coach, used as a trainee would (issue 13): from `/` by clicking,
 * writing a draft that breaks a rule, seeing it caught, fixing it and finishing; the result on
 * the progress page; markup typed into the box shown as text; the whole exercise by keyboard;
 * the coach in a lesson; axe with findings on screen, in both themes and at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './quiz-answers.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const BROKEN_DRAFT =
  'Hi Tom, your lamp is on its way. You can follow it here: https://www.royalmail.com/track/JD014600003828592';
const FIXED_DRAFT =
  'Hi Tom, your lamp left us on Tuesday with Royal Mail, tracking number JD014600003828592. It should arrive tomorrow.';

async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

/** The coach's list of findings. */
const findingsList = (page: Page | Locator) => page.getByRole('list', { name: 'What to change:' });

test('a trainee walks in from the home page, writes, fixes a draft, finishes and sees it on the progress page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Practise', exact: true }).click();
  await page.getByRole('link', { name: 'Writing practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Writing practice' })).toBeVisible();
  await page.getByRole('link', { name: 'Where is my parcel?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where is my parcel?' })).toBeVisible();
  await hydrated(page);

  const finish = page.getByRole('button', { name: 'Finish and see the model answer' });
  await expect(finish).toBeDisabled();
  const box = page.getByLabel('Your message to the buyer');
  await box.fill(BROKEN_DRAFT);
  await expect(page.getByRole('status')).toHaveText('1 problem found.');
  const finding = findingsList(page).getByRole('listitem');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('Contact details or an outside link');
  await expect(finding).toContainText('No contact details or outside links in messages');
  await expect(finding).toContainText('https://www.royalmail.com/track/JD014600003828592');
  await expect(finding).toContainText('Try instead: Remove it.');

  await box.fill(FIXED_DRAFT);
  await expect(page.getByRole('status')).toHaveText('No problems found.');
  await expect(findingsList(page)).toHaveCount(0);
  await finish.click();

  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText('Your final draft breaks no rule.')).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Contact details or an outside link' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A model answer' })).toBeVisible();
  await expect(page.getByText('You can also follow it under Your Orders on Amazon.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why it works' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The trap in this situation' })).toBeVisible();

  await page.getByRole('link', { name: 'All situations' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Where is my parcel?' });
  await expect(item).toContainText('Written: no rule broken');

  await page
    .getByRole('navigation', { name: /main|site/i })
    .getByRole('link', { name: 'Progress' })
    .click();
  const writing = page.getByRole('region', { name: 'Writing practice' });
  await expect(writing).toContainText(
    '1 of 34 situations written; 1 with a final draft that breaks no rule.',
  );
  await expect(writing.getByRole('link', { name: 'Where is my parcel?' })).toBeVisible();
  await expect(writing).toContainText('1 attempt; last draft broke no rule');
});

test('markup typed into the box is shown as text, never run or rendered', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/practise/writing/charged-twice/');
  await hydrated(page);
  const markup = '<img src=x onerror=alert(1)> Call us on 020 7946 0958.';
  await page.getByLabel('Your public reply').fill(markup);
  await expect(page.getByRole('status')).not.toHaveText('');
  const marked = page.getByRole('figure', { name: /in your draft/ });
  await expect(marked).toContainText('<img src=x onerror=alert(1)> Call us');
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish and see the model answer' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByText(markup, { exact: true })).toBeVisible();
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the whole exercise works by keyboard alone, fixing the words the coach selects', async ({
  page,
}) => {
  await page.goto('/practise/writing/wetterstation-einrichten/');
  await hydrated(page);
  const box = page.getByLabel('Your message to the buyer');
  for (
    let step = 0;
    step < 40 && !(await box.evaluate((el) => el === document.activeElement));
    step += 1
  )
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type(
    'Guten Tag Frau W., rufen Sie uns einfach an unter 030 1234567, wir helfen Ihnen gern.',
  );
  // The trainee pauses: the coach checks and announces what it found.
  await expect(page.getByRole('status')).toHaveText('1 problem found.');

  // Tab on to the finding's button (past the fact link), and let it select the words in the box.
  const select = page.getByRole('button', { name: /Select these words in your draft/ });
  for (
    let step = 0;
    step < 10 && !(await select.evaluate((el) => el === document.activeElement));
    step += 1
  )
    await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  const selected = await box.evaluate((el) =>
    (el as HTMLTextAreaElement).value.slice(
      (el as HTMLTextAreaElement).selectionStart,
      (el as HTMLTextAreaElement).selectionEnd,
    ),
  );
  expect(selected).toBe('030 1234567');
  // Typing replaces the selected words.
  await page.keyboard.type('hier in den Amazon-Nachrichten');
  await expect(box).toHaveValue(
    'Guten Tag Frau W., rufen Sie uns einfach an unter hier in den Amazon-Nachrichten, wir helfen Ihnen gern.',
  );
  await expect(page.getByRole('status')).toHaveText('No problems found.');

  const finish = page.getByRole('button', { name: 'Finish and see the model answer' });
  for (
    let step = 0;
    step < 10 && !(await finish.evaluate((el) => el === document.activeElement));
    step += 1
  )
    await page.keyboard.press('Tab');
  await expect(finish).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText('On the way, the coach caught and you fixed:')).toBeVisible();
  await expect(page.getByText(/comes back on your review on/)).toBeVisible();
});

test('a draft under way survives a reload', async ({ page }) => {
  await page.goto('/practise/writing/spare-filter/');
  await hydrated(page);
  const box = page.getByLabel('Your message to the buyer');
  await box.fill('Hi Liam, the F-200 filter fits your purifier.');
  await expect(page.getByRole('status')).toHaveText('No problems found.');
  await page.reload();
  await hydrated(page);
  await expect(box).toHaveValue('Hi Liam, the F-200 filter fits your purifier.');
  await page.goto('/practise/writing/');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Which spare filter fits?' }),
  ).toContainText('Draft under way');
});

test('a situation due for review is listed on the writing page and named on the review page', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'sda:progress',
      JSON.stringify({
        version: 2,
        trainee: { name: '' },
        lessons: {},
        quizzes: {},
        answers: {},
        review: {},
        scenarios: {},
        inProgress: {},
        writing: {
          'charged-twice': {
            attempts: 1,
            clean: 0,
            lastAt: '2026-01-05T10:00:00.000Z',
            lastFindings: ['PR-RULES removal-incentive'],
            lastCaught: ['PR-RULES removal-incentive'],
            review: {
              due: '2026-01-06T00:00:00.000Z',
              stability: 1,
              difficulty: 5,
              elapsed_days: 0,
              scheduled_days: 1,
              learning_steps: 0,
              reps: 1,
              lapses: 0,
              state: 1,
              last_review: '2026-01-05T10:00:00.000Z',
            },
          },
        },
        writingDrafts: {},
      }),
    ),
  );
  await page.goto('/practise/writing/');
  const due = page.getByRole('region', { name: 'Due for review today' });
  await expect(due.getByRole('link', { name: 'Charged twice for one order' })).toBeVisible();
  await page.goto('/practise/review/');
  await expect(page.getByText('A writing situation is due today too')).toBeVisible();
  await page.getByRole('link', { name: 'writing practice' }).click();
  await expect(page).toHaveURL(/\/practise\/writing\/$/);
});

test('in the public-replies lesson, the coach catches the example and a question added on purpose', async ({
  page,
}) => {
  await page.goto('/learn/feedback-and-reviews/public-replies/');
  const coach = page.getByRole('region', { name: 'Try it: break the rules on purpose' });
  await coach.scrollIntoViewIfNeeded();
  await expect(coach.getByRole('status')).toHaveText('1 problem found.');
  await expect(findingsList(coach)).toContainText('An offer for removing the feedback');
  await coach
    .getByLabel('Your public reply')
    .fill(
      'We are sorry for the delay. The carrier lost the parcel. Did you check with your neighbours?',
    );
  await expect(findingsList(coach)).toContainText('A question the buyer cannot answer');
  await expect(findingsList(coach)).not.toContainText('An offer for removing the feedback');
});

test('the reviews lesson coach starts unloaded and checks its example once scrolled to', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (/checker-data|reply-checker/.test(request.url())) loaded.push(request.url());
  });
  await page.goto('/learn/feedback-and-reviews/forbidden-review-practices/');
  await page.waitForLoadState('networkidle');
  expect(loaded, 'the checker loads only when the coach comes near').toEqual([]);
  const coach = page.getByRole('region', { name: /^Try it:/ });
  await coach.scrollIntoViewIfNeeded();
  await expect(findingsList(coach)).toContainText('Asking for positive ratings only');
  expect(loaded.length).toBeGreaterThan(0);
});

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 360],
] as const) {
  test(`has no WCAG 2.2 A/AA violations with findings and with the result on screen (${scheme}, ${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/practise/writing/falsche-farbe/');
    await hydrated(page);
    await page
      .getByLabel('Your public reply')
      .fill(
        'Das tut uns leid. Wenn Sie die Bewertung entfernen, schicken wir Ihnen einen Gutschein über 15 Euro. Schreiben Sie uns an info@shop.de',
      );
    await expect(page.getByRole('status')).toHaveText('3 problems found.');
    expect(await violationsOf(page)).toEqual([]);
    await page.getByRole('button', { name: 'Finish and see the model answer' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);

    await page.goto('/learn/feedback-and-reviews/public-replies/');
    const coach = page.getByRole('region', { name: 'Try it: break the rules on purpose' });
    await coach.scrollIntoViewIfNeeded();
    await expect(coach.getByRole('status')).toHaveText('1 problem found.');
    expect(await violationsOf(page)).toEqual([]);
  });
}
