/**
 * `npm run sandbox-bench`: how fast the sandbox answers on big accounts, in Chromium against the
 * built site (issue 12, item 7). Prints, over ROUNDS fresh page loads (median and worst):
 * - import: a 100,000-event order history chosen in "Import order history" until its figures
 *   show (target ≤ 5 s), and the longest main-thread task meanwhile (target ≤ 200 ms), from a
 *   Chromium trace and from the page's long-task observer;
 * - scrub: on a 10,000-order account, one step of the time slider (a day back: the engine scans
 *   every record for a past moment) until the figures and the chart show the new moment
 *   (target ≤ 100 ms), over STEPS steps: median, 95th percentile, worst.
 * Figures are printed, never asserted. Run `npm run build` first; the script serves dist/
 * itself (Vite's static preview) on PORT (default 4391) and writes its histories to a
 * temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { generateHistory, type History } from '../src/engine/index.ts';
import { longestTask, TRACE_CATEGORIES, withBuiltSite } from './bench-browser.ts';

const PORT = Number(process.env['PORT'] ?? 4391);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const STEPS = Number(process.env['STEPS'] ?? 30);
const IMPORT_EVENTS = 100_000;
const SCRUB_ORDERS = 10_000;

/** The first `count` events of a generated history (its events come after what they name). */
function historyOf(events: number, orders: number): History {
  const generated = generateHistory({
    seed: 2026,
    from: '2026-01-01',
    to: '2026-06-30',
    orders,
    businessShare: 0.3,
    messageRate: 0.3,
    lateMessageRate: 0.05,
    lateInvoiceRate: 0.03,
    claimRate: 0.004,
    negativeFeedbackRate: 0.004,
    chargebackRate: 0.001,
  });
  if (generated.events.length < events)
    throw new Error(`only ${generated.events.length} events generated`);
  return { ...generated, events: generated.events.slice(0, events) };
}

/** Waits until the server answers. */
/** A fresh page on the sandbox, its long-task observer running, its first account shown. */
async function openSandbox(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const longTasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = longTasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${BASE}/sandbox/`);
  await page.getByRole('region', { name: 'Account health' }).waitFor();
  return page;
}

/** Long tasks the page saw (≥ 50 ms) from the `from`-th on. */
async function longTasksSince(page: Page, from: number): Promise<number[]> {
  return page.evaluate(
    (start) => (window as unknown as { longTasks: number[] }).longTasks.slice(start),
    from,
  );
}

/** Imports a file and returns the ms from choosing it to its figures on screen, and the long tasks. */
async function measureImport(browser: Browser, file: string, fileName: string) {
  const page = await openSandbox(browser);
  const before = (await longTasksSince(page, 0)).length;
  // In the page: the moment the file is chosen, and the first frame showing its figures.
  await page.evaluate((name) => {
    const marks = ((window as unknown as { importMarks: number[] }).importMarks = [] as number[]);
    document.addEventListener('change', () => marks.push(performance.now()), { capture: true });
    // The status line names the file once the sandbox shows it (watched cheaply: that line only).
    const status = document.querySelector('[aria-labelledby="sandbox-status"]')!;
    new MutationObserver((_changes, observer) => {
      if (status.textContent?.includes(`The order history ${name}`)) {
        observer.disconnect();
        requestAnimationFrame(() => marks.push(performance.now()));
      }
    }).observe(status, { subtree: true, childList: true, characterData: true });
  }, fileName);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.getByLabel('Import order history').setInputFiles(file);
  await page.waitForFunction(
    () => (window as unknown as { importMarks: number[] }).importMarks.length >= 2,
    undefined,
    { timeout: 120_000 },
  );
  const trace = await browser.stopTracing();
  const [chosen = 0, shown = 0] = await page.evaluate(
    () => (window as unknown as { importMarks: number[] }).importMarks,
  );
  const result = {
    ms: shown - chosen,
    longest: longestTask(trace),
    observed: await longTasksSince(page, before),
  };
  await page.context().close();
  return result;
}

/** Steps the slider a day back STEPS times; each: keydown to the next frame showing the moment. */
async function measureScrub(browser: Browser, file: string, fileName: string) {
  const page = await openSandbox(browser);
  await page.getByLabel('Import order history').setInputFiles(file);
  await page.getByText(`The order history ${fileName}`).waitFor({ timeout: 120_000 });
  await page.getByRole('region', { name: 'Rates day by day' }).locator('canvas').first().waitFor();
  // Let the import's last work (the chart's first drawing, the save) end before measuring.
  await page.waitForTimeout(1000);
  const slider = page.getByRole('slider', { name: 'Move through the history' });
  await slider.focus();
  const before = (await longTasksSince(page, 0)).length;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const latencies: number[] = [];
  for (let step = 0; step < STEPS; step += 1) {
    const ms = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const clock = document.querySelector('#clock-title ~ p strong');
          const start = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => done(performance.now() - start));
          });
          if (clock)
            observer.observe(clock, { subtree: true, childList: true, characterData: true });
          document.activeElement?.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }),
          );
        }),
    );
    latencies.push(ms);
  }
  const trace = await browser.stopTracing();
  const result = {
    latencies,
    longest: longestTask(trace),
    observed: await longTasksSince(page, before),
  };
  await page.context().close();
  return result;
}

const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
const big = join(dir, 'history-100k-events.json');
const bigHistory = historyOf(IMPORT_EVENTS, 30_000);
writeFileSync(big, JSON.stringify(bigHistory));
const tenK = join(dir, 'history-10k-orders.json');
const tenKHistory = generateHistory({
  seed: 7,
  from: '2026-01-01',
  to: '2026-03-31',
  orders: SCRUB_ORDERS,
  businessShare: 0.3,
  messageRate: 0.3,
  claimRate: 0.004,
});
writeFileSync(tenK, JSON.stringify(tenKHistory));

await withBuiltSite(PORT, async (browser) => {
  const imports = [];
  const scrubs = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    imports.push(await measureImport(browser, big, 'history-100k-events.json'));
    scrubs.push(await measureScrub(browser, tenK, 'history-10k-orders.json'));
  }
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
  const spread = (values: number[]) => `${ms(median(values))} (worst ${ms(Math.max(...values))})`;
  const observed = (lists: number[][]) => {
    const tasks = lists.flat();
    return tasks.length === 0 ? 'none' : `${tasks.length}, longest ${ms(Math.max(...tasks))}`;
  };
  const steps = scrubs.flatMap((round) => round.latencies);
  const p95 = sorted(steps)[Math.floor(steps.length * 0.95)]!;
  console.log(
    `\nSandbox speed (Chromium, 1280×900, ${ROUNDS} fresh loads; import: ${bigHistory.events.length.toLocaleString('en')} events, ` +
      `${(JSON.stringify(bigHistory).length / 1e6).toFixed(1)} MB; scrub: ${SCRUB_ORDERS.toLocaleString('en')} orders, ` +
      `${tenKHistory.events.length.toLocaleString('en')} events, ${STEPS} steps a round)\n`,
  );
  const row = (label: string, value: string, target: string) =>
    console.log(`| ${label.padEnd(56)} | ${value.padStart(26)} | ${target.padStart(10)} |`);
  row('figure', 'median (worst)', 'target');
  console.log(`|${'-'.repeat(58)}|${'-'.repeat(28)}|${'-'.repeat(12)}|`);
  row(
    'import 100k events: file chosen → figures shown',
    spread(imports.map((r) => r.ms)),
    '≤ 5000 ms',
  );
  row(
    'import: longest main-thread task (trace)',
    spread(imports.map((r) => r.longest)),
    '≤ 200 ms',
  );
  row(
    'import: long tasks observed (≥ 50 ms), all rounds',
    observed(imports.map((r) => r.observed)),
    '',
  );
  row('scrub 10k orders: one slider step → figures + chart', spread(steps), '≤ 100 ms');
  row('scrub: 95th percentile of the steps', ms(p95), '≤ 100 ms');
  row('scrub: longest main-thread task (trace)', spread(scrubs.map((r) => r.longest)), '');
  row(
    'scrub: long tasks observed (≥ 50 ms), all rounds',
    observed(scrubs.map((r) => r.observed)),
    '',
  );
  console.log('');
});
