/**
 * How the browser tests work the desk, as a trainee does: find a task in the inbox by what it
 * says (its title and its order), jump the clock until it is there, choose, act, and end the
 * shift through its confirmation. The acts come from a scenario's `goodPlay`.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Scenario } from '../../src/content/scenario-schema.ts';
import type { PlannedAct } from '../../src/sim/play.ts';

/** What an act's button says. */
export const actionButton: Record<PlannedAct['action'], string> = {
  reply: 'Send the reply',
  markNoReplyNeeded: 'Mark “No response required”',
  authoriseReturn: 'Authorise the return and send a label',
  uploadInvoice: 'Upload the invoice',
  confirmShipment: 'Confirm shipment',
  answerClaim: 'Answer the claim',
  answerChargeback: 'Answer the chargeback',
  requestFeedbackRemoval: 'Ask Amazon to remove it',
  postPublicReply: 'Post a public reply',
  cancelOrder: 'Cancel the order',
};

/** The inbox title of the task each act handles (a message's is its subject line). */
const taskTitle: Record<PlannedAct['action'], string | null> = {
  reply: null,
  markNoReplyNeeded: null,
  authoriseReturn: 'Return request',
  uploadInvoice: 'Invoice to upload',
  confirmShipment: 'Order to ship',
  cancelOrder: 'Order to ship',
  answerClaim: 'A-to-Z claim notification',
  answerChargeback: 'Chargeback notification',
  requestFeedbackRemoval: 'Negative feedback',
  postPublicReply: 'Negative feedback',
};

/** `text` as a regular expression matching it literally. */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The order a message, return, claim, chargeback or feedback is about (an order id is its own). */
function orderOf(scenario: Scenario, subject: string): string {
  const events = [
    ...scenario.start.history,
    ...scenario.arrivals.flatMap((arrival) => arrival.events),
  ];
  const defining = events.find((event) =>
    ['messageId', 'returnId', 'claimId', 'chargebackId', 'feedbackId'].some(
      (field) => event[field] === subject,
    ),
  );
  return typeof defining?.['orderId'] === 'string' ? defining['orderId'] : subject;
}

/** The inbox entry of the task an act handles, by its title and its order number. */
export function taskEntry(page: Page, scenario: Scenario, act: PlannedAct): Locator {
  const title =
    taskTitle[act.action] ??
    scenario.messages.find((message) => message.messageId === act.subject)?.subject ??
    'Buyer message';
  return page.getByRole('region', { name: /^Inbox/ }).getByRole('radio', {
    name: new RegExp(`^${literally(title)}.*${literally(orderOf(scenario, act.subject))}`),
  });
}

/** Jumps the clock until `entry` is in the inbox, or fails. */
export async function waitFor(page: Page, entry: Locator, jumps = 40): Promise<Locator> {
  for (let jump = 0; (await entry.count()) === 0; jump += 1) {
    expect(jump, 'the task never reached the inbox').toBeLessThan(jumps);
    await page.getByRole('button', { name: 'Jump to the next event' }).click();
  }
  return entry;
}

/** The writing box of a reply or a public reply. */
export function draftBox(page: Page, action: PlannedAct['action']): Locator {
  return page.getByRole('textbox', {
    name:
      action === 'postPublicReply'
        ? 'Your public reply (everyone can read it)'
        : 'Your reply to the buyer',
  });
}

/** Performs one planned act: waits for its task, selects it, chooses, types, acts. */
export async function playAct(page: Page, scenario: Scenario, act: PlannedAct): Promise<void> {
  const entry = await waitFor(page, taskEntry(page, scenario, act));
  await entry.check();
  const decision = scenario.decisions.find(
    (candidate) => candidate.subject === act.subject && candidate.action === act.action,
  );
  const label = decision?.choices.find((option) => option.id === act.choice)?.label;
  if (label) await page.getByRole('radio', { name: label, exact: true }).check();
  if (act.action === 'confirmShipment')
    await page.getByLabel('Tracking ID (leave empty if there is none)').fill(act.trackingId ?? '');
  if (act.text !== undefined) await draftBox(page, act.action).fill(act.text);
  else if (act.action === 'reply' && !decision)
    await draftBox(page, act.action).fill('Thank you for your message.');
  await page.getByRole('button', { name: actionButton[act.action], exact: true }).click();
  await expect(entry).toHaveCount(0);
}

/** Ends the shift, confirming in the dialog that asks first. */
export async function endShift(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End the shift' }).click();
  await page
    .getByRole('dialog', { name: 'End the shift now?' })
    .getByRole('button', { name: 'End the shift and see the debrief' })
    .click();
}
