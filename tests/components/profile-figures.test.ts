// @vitest-environment jsdom
/**
 * Policy figures come from the profile in use: the window timeline, the ODR calculator and a desk
 * rendered on `amazon-2026` show that reading's figures, not the course's.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import OdrCalculatorComponent from '../../src/components/OdrCalculator.svelte';
import WindowTimelineComponent from '../../src/components/WindowTimeline.svelte';
import DeskBoardComponent from '../../src/components/desk/DeskBoard.svelte';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema } from '../../src/content/scenario-schema.ts';
import { odrFigures, type ProfileName } from '../../src/engine/index.ts';
import { DeskRun, deskScenarioOf } from '../../src/sim/desk-run.ts';
import { createDesk } from '../../src/stores/desk.ts';

type AnyComponent = Component<Record<string, unknown>>;
const WindowTimeline = WindowTimelineComponent as unknown as AnyComponent;
const OdrCalculator = OdrCalculatorComponent as unknown as AnyComponent;
const DeskBoard = DeskBoardComponent as unknown as AnyComponent;

const root = resolve(import.meta.dirname, '../..');
const scenario = deskScenarioOf(
  scenarioSchema(readContentIndex(root)).parse(
    parse(readFileSync(join(root, 'content/scenarios/odr-one-more-defect-breaches.yaml'), 'utf8')),
  ),
);

afterEach(() => localStorage.clear());

describe('figures follow the profile', () => {
  it.each([
    ['course', 'from Fri 2 Jan to Mon 2 Mar', '59'],
    ['amazon-2026', 'from Fri 19 Dec to Mon 16 Feb', '73'],
  ] as const)('the window timeline on %s shows its window', (profile, window, maxDaysAgo) => {
    render(WindowTimeline, { profile });
    expect(screen.getByText(/ODR today:/).textContent).toContain(window);
    expect(screen.getByLabelText(/Order 1 .*: days since it was placed$/).getAttribute('max')).toBe(
      maxDaysAgo,
    );
  });

  it.each(['course', 'amazon-2026'] as const)(
    'the ODR calculator on %s labels its star band and target from the profile, and 0.9% is at risk',
    (profile) => {
      const figures = odrFigures(profile);
      render(OdrCalculator, {
        profile,
        orders: 1000,
        defectiveOrders: Array.from({ length: 9 }, () => ({ claim: true })),
      });
      expect(
        screen.getAllByLabelText(
          `Negative feedback (1–${figures.negativeFeedbackMaxRating} stars)`,
        ),
      ).toHaveLength(9);
      expect(screen.getByText(/^Under the 1% target, but close to it: at risk$/)).toBeTruthy();
    },
  );

  it('a desk on amazon-2026 counts the ODR over its window (14 days earlier), as the engine does', () => {
    const shown = (profile: ProfileName): string => {
      const onProfile = { ...scenario, profile };
      const view = render(DeskBoard, {
        scenarioId: `profile-${profile}`,
        desk: createDesk(`profile-${profile}`, onProfile),
        scenario: onProfile,
        timeZone: 'Europe/Berlin',
        lessons: [],
        factLessons: {},
      });
      const odr = within(view.container)
        .getAllByRole('definition')
        .find((node) => / orders$/.test(node.textContent ?? ''));
      const { odr: report } = new DeskRun(onProfile).report();
      expect(odr?.textContent).toContain(`${report.defective} of ${report.orders} orders`);
      view.unmount();
      return odr?.textContent ?? '';
    };
    expect(shown('amazon-2026')).not.toBe(shown('course'));
  });
});
