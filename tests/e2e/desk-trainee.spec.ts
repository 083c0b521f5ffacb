/**
 * The desk as a new trainee meets it (issue 9): the clock stops at the next arrival or deadline
 * and pauses when work arrives while it plays; a button that cannot act says why; every act is
 * confirmed on screen and kept in a log; ending the shift asks first; a phone keeps the metrics
 * in view; and the debrief words each goal with its outcome, names facts plainly and shows no
 * raw timestamp or internal id.
 */
import { expect, test, type Locator } from '@playwright/test';
import { loadScenario } from '../sim/scenario-files.ts';
import { actionButton, endShift, literally, taskEntry, waitFor } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';

test('the first shift: stops at deadlines, pauses for new work, says why a button waits, confirms and logs each act, asks before ending', async ({
  page,
}) => {
  await page.goto('/simulate/first-shift-return-and-question/');
  await hydrated(page);
  const clock = page.getByRole('group', { name: 'Simulated clock' });
  const inbox = page.getByRole('region', { name: /^Inbox/ });

  // Playing at the fastest speed: the return request arrives at 09:00 and pauses the clock.
  await page.getByLabel('Speed').selectOption({ label: '1 hour per second' });
  await clock.getByRole('button', { name: 'Play' }).click();
  await expect(clock.getByText(/^New in the inbox at Mon 9 Mar, 09:0\d:/)).toBeVisible();
  await expect(clock).toContainText('Return request (order 302-4417781-2210934)');
  await expect(clock.getByRole('button', { name: 'Play' })).toBeVisible();

  // The next jump lands the message (10:00); the next one stops at its deadline, 24 hours on,
  // before the return request's 48 hours, and not beyond.
  const jump = clock.getByRole('button', { name: 'Jump to the next event' });
  await jump.click();
  await expect(clock).toContainText('Mon 9 Mar, 10:00');
  await jump.click();
  await expect(clock).toContainText('Tue 10 Mar, 10:00');
  await expect(inbox.getByText('0 min left')).toBeVisible();

  // A reply needs a choice first: the button looks disabled and says why beside it.
  await inbox.getByRole('radio', { name: /^How do I send the kettle back/ }).check();
  const send = page.getByRole('button', { name: 'Send the reply' });
  await expect(send).toBeDisabled();
  await expect(send).toHaveAccessibleDescription('Choose a reply first.');
  await expect(page.getByText('Choose a reply first.')).toBeVisible();
  await expect(send).toHaveCSS('cursor', 'not-allowed');
  await page.getByRole('radio', { name: /prepaid return label/ }).check();
  await expect(send).toBeEnabled();
  await send.click();

  // The act is confirmed on screen, not only to a screen reader, and kept in the log.
  await expect(
    inbox.getByText('Done at Tue 10 Mar, 10:00: Reply sent.', { exact: false }),
  ).toBeVisible();
  await inbox.getByText('Your actions this shift (1)').click();
  await expect(inbox.getByRole('listitem')).toHaveText([
    /^Tue 10 Mar, 10:00 Reply sent: How do I send the kettle back\? \(order 302-4417781-2210934\), “/,
  ]);

  // Ending the shift asks first and says what happens; keeping on records nothing.
  await clock.getByRole('button', { name: 'End the shift' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the shift now?' });
  await expect(dialog).toContainText('The clock jumps to Thu 12 Mar, 18:00');
  await expect(dialog).toContainText('The 1 task still in your inbox stays undone.');
  await dialog.getByRole('button', { name: 'Keep working' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Debrief/ })).toHaveCount(0);
  const recorded = () =>
    page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('sda:progress') ?? '{}') as { scenarios?: object })
          .scenarios ?? {},
    );
  expect(Object.keys(await recorded())).toEqual([]);
  await endShift(page);
  await expect(page.getByRole('heading', { name: /^Debrief: \d+ of 100 points/ })).toBeFocused();
  expect(Object.keys(await recorded())).toEqual(['first-shift-return-and-question']);

  // After the shift, the clock's buttons look disabled and say why.
  for (const name of ['Play', 'Jump to the next event', 'End the shift'])
    await expect(clock.getByRole('button', { name })).toHaveAccessibleDescription(
      'The shift is over: the clock has stopped.',
    );
});

test('the debrief words each goal with its outcome, names facts plainly, and shows no raw data', async ({
  page,
}) => {
  const id = 'odr-one-more-defect-breaches';
  const scenario = loadScenario(id);
  await page.goto(`/simulate/${id}/`);
  await hydrated(page);
  await endShift(page);
  const debrief = page.getByRole('region', { name: /^Debrief/ });
  const goals = debrief.getByRole('list').first().getByRole('listitem');
  // A missed goal is a goal, with what happened: never "Missed" next to "You answered…".
  const returnGoal = goals.filter({ hasText: 'Answer the return request within 48 hours.' });
  await expect(returnGoal).toContainText('Missed');
  await expect(returnGoal).toContainText('The deadline passed on Wed 12 Aug, 11:00; not done.');
  // Its fact by plain name, the code as a small link.
  await expect(returnGoal.getByRole('link', { name: 'Policy fact RET-48H' })).toBeVisible();
  await expect(returnGoal).toContainText('Answering return requests in time');
  await expect(debrief).not.toContainText('You answered');
  // "Read again" names each lesson once.
  const reading = debrief.getByRole('list').last().getByRole('link');
  const titles = await reading.allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles).size).toBe(titles.length);

  // Nowhere on the desk an ISO timestamp, an internal id, or a day written as 2026-07-29.
  await page.getByText('Why these figures?').click();
  await expect(page.getByRole('heading', { name: 'Missed deadlines' })).toBeVisible();
  const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  const ids = [...scenario.start.history, ...scenario.arrivals.flatMap((a) => a.events)].flatMap(
    (event) =>
      ['messageId', 'returnId', 'feedbackId', 'chargebackId', 'claimId'].flatMap((field) =>
        typeof event[field] === 'string' ? [event[field]] : [],
      ),
  );
  expect(ids.length).toBeGreaterThan(10);
  for (const internal of ids) expect(text).not.toMatch(new RegExp(literally(internal)));
  expect(text).not.toMatch(/derived:|within the hours/);
});

test('on a phone, a compact metrics bar stays in view while the trainee acts, with each level', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/simulate/odr-one-more-defect-breaches/');
  await hydrated(page);
  const glance = page.getByRole('region', { name: 'Account health at a glance' });
  await expect(glance).toContainText('ODR 0.9% At risk');
  const entry = await waitFor(
    page,
    page.getByRole('region', { name: /^Inbox/ }).getByRole('radio', { name: /^Return request/ }),
  );
  await entry.check();
  const act = page.getByRole('button', { name: 'Authorise the return and send a label' });
  await act.scrollIntoViewIfNeeded();
  await expect(act).toBeInViewport();
  await expect(glance).toBeInViewport();
  const [bar, button] = [await glance.boundingBox(), await act.boundingBox()];
  expect(bar!.y + bar!.height).toBeLessThanOrEqual(740 + 1);
  expect(bar!.y >= button!.y + button!.height || bar!.y + bar!.height <= button!.y).toBe(true);
  // The full panel is far below on a phone; at 1280 px it sits beside the task and the bar goes.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(glance).toBeHidden();
});

test('on a phone the site header is compact, and the metrics bar stays in view beside each control of an act', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The header took 195 px of a 740 px phone screen (issue 9, item 16); it is meant to take
  // about 140 (brand and theme on one row, the navigation in two below): a few px of font slack.
  const headerHeight = async () => (await page.getByRole('banner').boundingBox())?.height ?? 0;
  await page.goto('/');
  expect(await headerHeight()).toBeGreaterThan(0);
  expect(await headerHeight()).toBeLessThanOrEqual(144);
  for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all())
    await expect(link).toBeInViewport();

  const id = 'odr-one-more-defect-breaches';
  const scenario = loadScenario(id);
  await page.goto(`/simulate/${id}/`);
  await hydrated(page);
  expect(await headerHeight()).toBeLessThanOrEqual(144);
  const glance = page.getByRole('region', { name: 'Account health at a glance' });
  /** Scrolled to as a browser scrolls to a control: it and the bar on screen, never under it (2.4.11). */
  const bothInView = async (control: Locator) => {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport();
    await expect(glance).toBeInViewport();
    const [bar, box] = [await glance.boundingBox(), await control.boundingBox()];
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(740 + 1);
    expect(bar!.y >= box!.y + box!.height || bar!.y + bar!.height <= box!.y).toBe(true);
  };
  // The chargeback: its inbox entry, the answer chosen, the act, each with the bar in view.
  const act = scenario.goodPlay.find((planned) => planned.action === 'answerChargeback')!;
  const entry = await waitFor(page, taskEntry(page, scenario, act));
  await bothInView(entry);
  await entry.check();
  const label = scenario.decisions
    .find((decision) => decision.subject === act.subject)
    ?.choices.find((option) => option.id === act.choice)?.label;
  expect(label, 'the good play names its answer').toBeDefined();
  const option = page.getByRole('radio', { name: label!, exact: true });
  await bothInView(option);
  await option.check();
  const button = page.getByRole('button', { name: actionButton[act.action], exact: true });
  await bothInView(button);
  await button.click();
  await expect(entry).toHaveCount(0);
  await expect(glance).toBeInViewport();
});
