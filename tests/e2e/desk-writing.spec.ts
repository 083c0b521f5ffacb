/**
 * Writing at the desk (issue 13): a trainee writes a German public reply that offers a voucher for
 * removing the rating, sees the finding marked and listed with its rule, fixes it and posts it;
 * then sends an answer in the wrong language. The debrief shows each sent draft as plain text
 * with what the rules see in it, and grades the goals on the drafts. A prepared reply rewritten
 * into a payment outside Amazon (TIP-8) is caught as written, and once sent the debrief names it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { draftBox, endShift, waitFor } from './desk-helpers.ts';
import { hydrated } from './quiz-answers.ts';

/** The page's WCAG 2.2 A/AA violations as axe finds them, one line each (rule and where). */
async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

test('a German public reply: the voucher for removing the rating is caught, fixed and posted; the debrief shows each sent draft', async ({
  page,
}) => {
  await page.goto('/simulate/german-feedback-public-reply/');
  await hydrated(page);
  const inbox = page.getByRole('region', { name: /^Inbox/ });
  const feedback = await waitFor(page, inbox.getByRole('radio', { name: /^Negative feedback/ }));
  await feedback.check();

  // The scenario requires writing: the prepared replies are suggestions to read.
  await expect(page.getByText('Suggested replies to read (then write your own)')).toBeVisible();
  const box = draftBox(page, 'postPublicReply');
  const post = page.getByRole('button', { name: 'Post a public reply' });
  await expect(post).toHaveAccessibleDescription('Write your public reply first.');
  await box.fill(
    'Es tut uns leid, dass die Pfanne zu spät kam. Wenn Sie Ihre Bewertung entfernen, schicken wir Ihnen einen Gutschein über 10 Euro.',
  );
  // Checked as the trainee writes: announced, marked in the text, listed with its rule.
  await expect(page.getByRole('status').filter({ hasText: '1 problem found.' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Where the problem is/ })).toContainText(
    'Wenn Sie Ihre Bewertung entfernen',
  );
  const problems = page.getByRole('list', { name: 'What to change:' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('An offer for removing the feedback');
  await expect(problems.getByRole('link', { name: 'Policy fact PR-RULES' })).toBeVisible();

  await box.fill(
    'Es tut uns leid, dass die Pfanne zu spät kam. Der Paketdienst hatte eine Störung. Seit dieser Woche versenden wir zusätzlich mit einem zweiten Paketdienst.',
  );
  await expect(page.getByRole('status').filter({ hasText: 'No problems found.' })).toBeVisible();
  await post.click();
  await expect(inbox.getByText(/Done at .*: Public reply posted\./)).toBeVisible();

  // An answer in English to a buyer who wrote in German, with markup typed in it: sent as is.
  const question = await waitFor(page, inbox.getByRole('radio', { name: /^Versandkosten/ }));
  await question.check();
  await draftBox(page, 'reply').fill(
    'Hello Ms Becker, <b>sorry</b>. We refunded the shipping costs today through Amazon. Kind regards',
  );
  await page.getByRole('button', { name: 'Send the reply' }).click();
  // Sent at once, the check made before it went.
  await expect(inbox.getByText(/Done at .*: Reply sent\./)).toBeVisible();

  await endShift(page);
  const debrief = page.getByRole('region', { name: /^Debrief/ });
  await expect(
    debrief.getByRole('heading', { name: 'Debrief: 70 of 100 points (70%)' }),
  ).toBeVisible();
  const goals = debrief.getByRole('listitem').filter({ hasText: 'Answer Ms Becker in German' });
  await expect(goals.first()).toContainText('Missed');
  await expect(goals.first()).toContainText("Sent, with 1 problem: Not in the buyer's language.");
  // Each sent draft, as plain text, with what the rules see in it.
  const written = debrief.getByRole('list').filter({ hasText: 'Public reply:' });
  await expect(written).toContainText('Every buyer who reads the feedback can read it.');
  await expect(written).toContainText('Seit dieser Woche versenden wir zusätzlich');
  await expect(written).toContainText('The reply coach found no problem in it.');
  await expect(written).toContainText('Hello Ms Becker, <b>sorry</b>.');
  await expect(written.locator('b')).toHaveCount(0);
  await expect(written).toContainText('It breaks a rule, and it was sent:');
  await expect(written.getByRole('link', { name: 'Policy fact FBM-LOCAL' })).toBeVisible();
  // Its replies were written, not chosen: no "You did not act on this" beside a suggestion.
  await expect(debrief.getByRole('heading', { name: 'Your choices' })).toHaveCount(0);
});

test('a reply asking the buyer to pay outside Amazon (TIP-8) is caught as written and, once sent, named in the debrief; the coach findings pass axe', async ({
  page,
}) => {
  // This scenario offers prepared replies: the chosen one fills the draft, which the trainee
  // then rewrites in their own words.
  await page.goto('/simulate/payment-outside-amazon/');
  await hydrated(page);
  const inbox = page.getByRole('region', { name: /^Inbox/ });
  const message = await waitFor(page, inbox.getByRole('radio', { name: /^12 more chairs/ }));
  await message.check();
  await page
    .getByRole('radio', { name: /^Hello Mr Costa, thank you, we are glad you like the chairs!/ })
    .check();
  const box = draftBox(page, 'reply');
  await expect(box).toHaveValue(/We can only sell and take payment through Amazon/);
  const written =
    'Hello Mr Costa, thank you! For 12 chairs you can pay us directly by bank transfer, then we give you a better price. Kind regards, Bistromöbel';
  await box.fill(written);

  // The coach reads the draft as it is written: the payment words marked, the rule named.
  await expect(page.getByRole('status').filter({ hasText: '1 problem found.' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Where the problem is/ })).toContainText(
    'bank transfer',
  );
  const problems = page.getByRole('list', { name: 'What to change:' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText(/payment outside Amazon/i);
  await expect(problems.getByRole('link', { name: 'Policy fact TIP-8' })).toBeVisible();
  // The desk with the coach's findings on screen: WCAG 2.2 A/AA, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(problems).toBeVisible();
    expect(await violationsOf(page), `axe, ${colorScheme} theme`).toEqual([]);
  }

  // Sent anyway: the breach goes with it, and the debrief names it with the sent words.
  await page.getByRole('button', { name: 'Send the reply' }).click();
  await expect(inbox.getByText(/Done at .*: Reply sent\./)).toBeVisible();
  await endShift(page);
  const debrief = page.getByRole('region', { name: /^Debrief/ });
  // The goal that rests on TIP-8 is missed: a good suggestion rewritten into a breach is a breach.
  const goal = debrief
    .getByRole('listitem')
    .filter({ hasText: 'Keep the café order and its payment on Amazon.' });
  await expect(goal).toContainText('Missed');
  await expect(goal).toContainText(/the reply you sent breaks the rule: payment outside Amazon/i);
  await expect(goal.getByRole('link', { name: 'Policy fact TIP-8' })).toBeVisible();
  // Each sent draft, with the rule it breaks named beside the words that break it.
  const sent = debrief.getByRole('listitem').filter({ hasText: 'Reply: 12 more chairs' });
  await expect(sent).toContainText(written);
  await expect(sent).toContainText('It breaks a rule, and it was sent:');
  const breach = sent.getByRole('list').getByRole('listitem');
  await expect(breach).toHaveCount(1);
  await expect(breach).toContainText(/payment outside Amazon/i);
  await expect(breach).toContainText('bank transfer');
  await expect(breach.getByRole('link', { name: 'Policy fact TIP-8' })).toHaveAttribute(
    'href',
    '/facts/#TIP-8',
  );
});
