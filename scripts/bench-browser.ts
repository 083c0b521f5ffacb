/**
 * What the scripts that measure the built site in Chromium share (desk-perf, sandbox-bench):
 * serving dist/ with Chromium launched against it, and reading a performance trace
 * (`browser.startTracing` / `stopTracing` in Playwright).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');

/** Waits until `base` answers. */
async function serverUp(base: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no server on ${base}`);
}

/**
 * Serves dist/ on `port` with Vite's static preview (Astro's own preview allows one per project,
 * and the browser tests may hold it), on this Node (npm runs scripts on the project's Node 24),
 * launches Chromium, runs `use`, then closes both.
 */
export async function withBuiltSite<T>(port: number, use: (browser: Browser) => Promise<T>) {
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
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  try {
    await serverUp(`http://127.0.0.1:${port}`);
    const browser = await chromium.launch({
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    try {
      return await use(browser);
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
}

/** The trace categories those scripts record: the timeline's tasks and the thread names. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  '__metadata',
];

/** A trace event as Chromium writes it (durations in microseconds). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** The longest task on the renderer's main thread in a trace, in ms. */
export function longestTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of events)
    if (event.name === 'RunTask' && event.ph === 'X' && mains.has(`${event.pid}:${event.tid}`))
      longest = Math.max(longest, (event.dur ?? 0) / 1000);
  return longest;
}
