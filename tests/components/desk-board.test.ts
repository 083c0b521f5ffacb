// @vitest-environment jsdom
/**
 * The desk's order details come from the engine's read model: the invoice line follows the
 * marketplace's rule (an Amazon Business order needs no invoice on amazon.com, IDR-WINDOW).
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DeskBoardComponent from '../../src/components/desk/DeskBoard.svelte';
import type { MarketplaceName } from '../../src/engine/index.ts';
import type { DeskScenario } from '../../src/sim/desk-run.ts';
import { createDesk } from '../../src/stores/desk.ts';

const DeskBoard = DeskBoardComponent as unknown as Component<Record<string, unknown>>;

/** A business order, shipped, and a buyer message about it on the shift's first minute. */
function scenario(marketplace: MarketplaceName, offset: string): DeskScenario {
  return {
    marketplace,
    profile: 'course',
    start: {
      at: `2026-03-10T09:00:00${offset}`,
      history: [
        {
          type: 'order.placed',
          at: `2026-03-09T10:00:00${offset}`,
          orderId: 'B1',
          fulfillment: 'FBM',
          business: true,
          item: 'Office chair',
        },
        {
          type: 'order.shipped',
          at: `2026-03-09T15:00:00${offset}`,
          orderId: 'B1',
          trackingId: 'Z1',
        },
      ],
    },
    end: `2026-03-10T18:00:00${offset}`,
    arrivals: [
      {
        at: `2026-03-10T09:00:00${offset}`,
        events: [
          {
            type: 'message.received',
            at: `2026-03-10T09:00:00${offset}`,
            messageId: 'M1',
            orderId: 'B1',
          },
        ],
      },
    ],
    messages: [{ messageId: 'M1', from: 'Buyer', subject: 'Our invoice', body: 'Where is it?' }],
    requireWriting: false,
    feedback: [],
    decisions: [],
    rubric: [
      {
        id: 'x',
        description: 'x',
        points: 100,
        facts: ['RESP-24H'],
        check: { kind: 'no-violation', rule: 'RESP-24H' },
      },
    ],
  };
}

afterEach(() => localStorage.clear());

describe('the desk board', () => {
  it.each([
    ['amazon.com', '-07:00', 'not needed'],
    ['amazon.de', '+01:00', 'due by Tue 10 Mar, 23:59'],
  ] as const)(
    'an Amazon Business order on %s: invoice %s',
    async (marketplace, offset, invoice) => {
      const desk = createDesk(`board-${marketplace}`, scenario(marketplace, offset));
      render(DeskBoard, {
        scenarioId: `board-${marketplace}`,
        desk,
        scenario: scenario(marketplace, offset),
        timeZone: marketplace === 'amazon.com' ? 'America/Los_Angeles' : 'Europe/Berlin',
        lessons: [],
        factLessons: {},
        factNames: {},
      });
      await fireEvent.click(screen.getByRole('radio', { name: /Our invoice/ }));
      const task = screen.getByRole('region', { name: 'Our invoice' });
      // The task panel loads when the inbox first has a task.
      const shown = (await within(task).findByText('Invoice')).nextElementSibling;
      expect(shown?.textContent).toBe(invoice);
      expect(within(task).getByText('Office chair')).toBeTruthy();
      desk.dispose();
    },
  );

  it('hides the deadline a decision asks for: no due time on the card or in the inbox', async () => {
    const base = scenario('amazon.de', '+01:00');
    const asking: DeskScenario = {
      ...base,
      decisions: [
        {
          id: 'by-when',
          subject: 'M1',
          action: 'reply',
          prompt: 'By when must you answer?',
          hideDeadline: true,
          choices: ['Today', 'Tomorrow'].map((label) => ({
            id: label.toLowerCase(),
            label,
            events: [],
            verdict: 'good' as const,
            feedback: label,
            facts: ['RESP-24H'],
          })),
        },
      ],
    };
    const desk = createDesk('board-hidden', asking);
    render(DeskBoard, {
      scenarioId: 'board-hidden',
      desk,
      scenario: asking,
      timeZone: 'Europe/Berlin',
      lessons: [],
      factLessons: {},
      factNames: {},
    });
    const entry = screen.getByRole('radio', { name: /Our invoice/ });
    expect(entry.closest('label')?.textContent).not.toMatch(/left|overdue/);
    await fireEvent.click(entry);
    const task = screen.getByRole('region', { name: 'Our invoice' });
    expect(
      await within(task).findByText('When is this due? That is part of the question below.'),
    ).toBeTruthy();
    expect(task.textContent).not.toMatch(/Due /);
    desk.dispose();
  });
});
