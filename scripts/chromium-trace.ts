/**
 * Reading a Chromium performance trace (`browser.startTracing` / `stopTracing` in Playwright),
 * for the scripts that measure main-thread smoothness (desk-perf, sandbox-bench).
 */

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
