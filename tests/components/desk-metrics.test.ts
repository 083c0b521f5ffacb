// @vitest-environment jsdom
/**
 * The desk's metrics panel: each level shown in words, and a change announced politely in the
 * direction of the target (a valid tracking rate that breaches is "below target").
 */
import { render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import DeskMetricsComponent from '../../src/components/desk/DeskMetrics.svelte';
import type { MetricHealth } from '../../src/engine/index.ts';

const DeskMetrics = DeskMetricsComponent as unknown as Component<Record<string, unknown>>;

const line = (metric: MetricHealth['metric'], fields: Partial<MetricHealth>): MetricHealth => ({
  metric,
  rate: 0,
  target: 0.01,
  condition: 'lessThan',
  status: 'ok',
  level: 'ok',
  counted: 100,
  numerator: 0,
  ...fields,
});

function health(vtr: Partial<MetricHealth>, odr: Partial<MetricHealth> = {}): MetricHealth[] {
  return [
    line('odr', odr),
    line('idr', { rate: null, status: 'none', level: 'none', target: 0.05, counted: 0 }),
    line('lateResponse', { target: 0.1 }),
    line('validTracking', { target: 0.95, condition: 'greaterThan', ...vtr }),
  ];
}

describe('the desk metrics panel', () => {
  it('says a valid tracking rate that breaches is below target (VTR)', async () => {
    const props = {
      health: health({ rate: 1, numerator: 2, counted: 2 }),
      clock: 0,
      timeZone: 'Europe/Berlin',
      factNames: {},
      why: () => Promise.reject(new Error('not opened')),
    };
    const view = render(DeskMetrics, props);
    await view.rerender({
      ...props,
      health: health({ rate: 2 / 3, numerator: 2, counted: 3, status: 'breach', level: 'breach' }),
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Valid tracking rate now 66.67%, below target.',
    );
  });

  it('says an ODR that breaches is above target, and one close to it is at risk (ODR-TARGET)', async () => {
    const props = {
      health: health({ rate: 1, counted: 2, numerator: 2 }),
      clock: 0,
      timeZone: 'Europe/Berlin',
      factNames: {},
      why: () => Promise.reject(new Error('not opened')),
    };
    const view = render(DeskMetrics, props);
    await view.rerender({
      ...props,
      health: health({ rate: 1, counted: 2, numerator: 2 }, { rate: 0.009, level: 'at-risk' }),
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Order Defect Rate now 0.9%, close to the target.',
    );
    expect(screen.getByText('At risk')).toBeTruthy();
    await view.rerender({
      ...props,
      health: health(
        { rate: 1, counted: 2, numerator: 2 },
        { rate: 0.01, status: 'breach', level: 'breach' },
      ),
    });
    expect(screen.getByRole('status').textContent).toBe('Order Defect Rate now 1%, above target.');
  });

  it('asks the engine why only when the trainee opens the view', async () => {
    let asked = 0;
    render(DeskMetrics, {
      health: health({ rate: 1 }),
      clock: 0,
      timeZone: 'Europe/Berlin',
      factNames: {},
      why: () => {
        asked += 1;
        return Promise.resolve({
          orders: [],
          invoices: [],
          lateMessages: [],
          messagesInTime: 0,
          missed: [],
        });
      },
    });
    expect(asked).toBe(0);
    screen.getByText('Why these figures?').click();
    expect(await screen.findByText('No order in the window has a defect.')).toBeTruthy();
    expect(asked).toBe(1);
  });
});
