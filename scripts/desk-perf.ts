/**
 * `npm run desk-perf`: how smooth the heaviest desk is, in Chromium against the built site.
 * Prints the longest main-thread task while the page loads (until the desk shows its inbox) and
 * during 15 s of play at the fastest speed, from a Chromium trace (every task, to the
 * microsecond) and from the page's own long-task observer (tasks over 50 ms), over ROUNDS
 * fresh page loads (the median and the worst: a shared machine adds noise). Target: no task
 * over 50 ms. Figures are printed, never asserted. Run `npm run build` first; the script serves
 * dist/ itself (Vite's static preview) on PORT (default 4390).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { longestTask, TRACE_CATEGORIES } from './chromium-trace.ts';

const ROOT = resolve(import.meta.dirname, '..');
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
async function serverUp(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no server on ${BASE}`);
}

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

// Vite's static preview of dist/ (Astro's own preview allows one per project, and the browser
// tests may hold it), on this Node (npm runs scripts on the project's Node 24).
const server = spawn(
  process.execPath,
  [
    resolve(ROOT, 'node_modules/vite/bin/vite.js'),
    'preview',
    '--outDir',
    'dist',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { cwd: ROOT, stdio: 'ignore', detached: true },
);
try {
  await serverUp();
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
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
  } finally {
    await browser.close();
  }
} finally {
  // The preview server runs in its own process group: stop the group (if it is still there).
  try {
    if (server.pid !== undefined) process.kill(-server.pid);
  } catch {
    // already gone
  }
}
