/**
 * `npm run desk-perf`: how smooth the heaviest desk is, in Chromium against the built site.
 * Prints the longest main-thread task while the page loads (until the desk shows its inbox) and
 * during 15 s of play at the fastest speed, from a Chromium trace (every task, to the
 * microsecond) and from the page's own long-task observer (tasks over 50 ms), over ROUNDS
 * fresh page loads (the median and the worst: a shared machine adds noise). Target: no task
 * over 50 ms. Figures are printed, never asserted. Run `npm run build` first; the script serves
 * dist/ itself (Vite's static preview) on PORT (default 4390).
 */

import type { Browser, Page } from '@playwright/test';
import { longestTask, TRACE_CATEGORIES, withBuiltSite } from './bench-browser.ts';

const PORT = Number(process.env['PORT'] ?? 4390);
const BASE = `http://127.0.0.1:${PORT}`;
/** The desk whose account is the largest (1,000 orders in its window). */
const PAGE = process.argv[2] ?? '/simulate/odr-one-more-defect-breaches/';
const PLAY_SECONDS = 15;
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);

/** Long tasks the page saw (≥ 50 ms), as its PerformanceObserver reported them. */
async function observedLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());
}

/** Waits until the server answers. */
async function measure(browser: Browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const longTasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = longTasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });

  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(`${BASE}${PAGE}`);
  await page.getByRole('heading', { name: /^Inbox/ }).waitFor();
  await page.waitForTimeout(500);
  const load = longestTask(await browser.stopTracing());
  const loadObserved = await observedLongTasks(page);

  await page.getByLabel('Speed').selectOption({ label: '1 hour per second' });
  // Play on through arrivals: the clock would pause at each new task.
  await page.getByLabel('Pause the clock when new work arrives').uncheck();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const before = (await observedLongTasks(page)).length;
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(PLAY_SECONDS * 1000);
  await page
    .getByRole('button', { name: 'Pause' })
    .click({ timeout: 1000 })
    .catch(() => undefined); // the shift may have ended while playing
  const play = longestTask(await browser.stopTracing());
  const playObserved = (await observedLongTasks(page)).slice(before);
  const clock = await page
    .getByRole('group', { name: 'Simulated clock' })
    .locator('strong')
    .first()
    .textContent();
  await page.close();
  return { load, loadObserved, play, playObserved, clock };
}

await withBuiltSite(PORT, async (browser) => {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) rounds.push(await measure(browser));
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${ms(sorted[Math.floor(sorted.length / 2)]!)} (worst ${ms(sorted.at(-1)!)})`;
  };
  const observed = (lists: number[][]) => {
    const tasks = lists.flat();
    return tasks.length === 0 ? 'none' : `${tasks.length}, longest ${ms(Math.max(...tasks))}`;
  };
  console.log(
    `\nDesk smoothness (${PAGE}, Chromium, 1280×800, ${ROUNDS} fresh loads; target: no task over 50 ms)\n`,
  );
  console.log(`| ${'figure'.padEnd(52)} | ${'median (worst)'.padStart(26)} |`);
  console.log(`|${'-'.repeat(54)}|${'-'.repeat(28)}|`);
  const row = (label: string, value: string) =>
    console.log(`| ${label.padEnd(52)} | ${value.padStart(26)} |`);
  row('load: longest main-thread task (trace)', spread(rounds.map((r) => r.load)));
  row(
    'load: long tasks observed (≥ 50 ms), all rounds',
    observed(rounds.map((r) => r.loadObserved)),
  );
  row(
    `play ${PLAY_SECONDS} s at 1 hour per second: longest task (trace)`,
    spread(rounds.map((r) => r.play)),
  );
  row(
    `play ${PLAY_SECONDS} s: long tasks observed (≥ 50 ms), all rounds`,
    observed(rounds.map((r) => r.playObserved)),
  );
  row('desk clock after playing', rounds[0]?.clock ?? '');
  console.log('');
});
