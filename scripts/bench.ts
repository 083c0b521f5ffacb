/**
 * `npm run bench`: speed figures of the rules engine on seeded, generated histories.
 *  1. Live: with 100,000 orders already applied, the average cost of applying one event and
 *     reading every metric (account.metrics: the report + shipping) at that event's time.
 *     Target ≤ 20 µs.
 *  2. Batch: the real `metrics` command (a child process) on a 1,000,000-event history, against
 *     the time the same Node takes only to JSON.parse that file, in the same run. Target ≤ 3×.
 * Histories are generated with the engine's seeded PRNG (mulberry32), written to bench-data/
 * (git-ignored). Timings are printed, never asserted. `npm run bench -- --live-only` runs the
 * live figure alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAccount, mulberry32, zoneClock, type OrderEvent } from '../src/engine/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, 'bench-data');
const NODE = process.execPath;

const HOUR = 3_600_000;
const clock = zoneClock('Europe/Berlin');
const text = (ms: number): string => clock.formatInstant(ms);
const day = (ms: number, plus: number): string =>
  new Date(ms + plus * 24 * HOUR).toISOString().slice(0, 10);

/**
 * Events of `orderCount` orders placed evenly over `days` days from `start`, with a typical
 * mix: shipments (some late, some untracked), deliveries, cancellations, business invoices
 * (some late or missing), buyer messages and replies, returns, claims, feedback, chargebacks.
 * Each order's events are emitted together; `sortByTime` orders the whole list by `at`.
 */
function generate(
  orderCount: number,
  days: number,
  start: number,
  seed: number,
  sortByTime: boolean,
): { events: OrderEvent[]; end: number } {
  const random = mulberry32(seed);
  const pick = (p: number): boolean => random() < p;
  const events: { ms: number; event: OrderEvent }[] = [];
  const add = (ms: number, fields: Record<string, unknown>): void => {
    events.push({ ms, event: { ...fields, at: text(ms) } as unknown as OrderEvent });
  };
  const step = (days * 24 * HOUR) / orderCount;
  for (let i = 0; i < orderCount; i++) {
    const orderId = `O${i}`;
    const placedAt = Math.round(start + i * step);
    const fbm = pick(0.7);
    const business = pick(0.3);
    add(placedAt, {
      type: 'order.placed',
      orderId,
      fulfillment: fbm ? 'FBM' : 'FBA',
      business,
      shipBy: day(placedAt, 1),
      deliverBy: day(placedAt, 4),
    });
    if (pick(0.03)) {
      add(placedAt + 2 * HOUR, {
        type: 'order.cancelled',
        orderId,
        by: pick(0.5) ? 'seller' : 'buyer',
      });
      continue;
    }
    const shippedAt = placedAt + (pick(0.05) ? 50 : 6 + random() * 20) * HOUR;
    add(shippedAt, {
      type: 'order.shipped',
      orderId,
      ...(pick(0.96) ? { trackingId: `1Z${i}` } : {}),
    });
    if (pick(0.9))
      add(shippedAt + (30 + random() * 60) * HOUR, { type: 'order.delivered', orderId });
    if (business && pick(0.95))
      add(shippedAt + (pick(0.05) ? 90 : 2 + random() * 20) * HOUR, {
        type: 'invoice.uploaded',
        orderId,
      });
    if (pick(0.4)) {
      const messageId = `M${i}`;
      const receivedAt = placedAt + random() * 72 * HOUR;
      add(receivedAt, {
        type: 'message.received',
        messageId,
        orderId,
        ...(pick(0.1) ? { needsReply: false } : {}),
      });
      if (pick(0.3))
        add(receivedAt + 60_000, { type: 'message.replied', messageId, automated: true });
      const r = random();
      if (r < 0.85)
        add(receivedAt + (pick(0.06) ? 30 : random() * 20) * HOUR, {
          type: 'message.replied',
          messageId,
        });
      else if (r < 0.92)
        add(receivedAt + random() * 30 * HOUR, { type: 'message.noReplyNeeded', messageId });
    }
    if (pick(0.05)) {
      const returnId = `R${i}`;
      const requestedAt = shippedAt + 96 * HOUR;
      add(requestedAt, { type: 'return.requested', returnId, orderId });
      if (pick(0.9))
        add(requestedAt + random() * 60 * HOUR, {
          type: 'return.answered',
          returnId,
          labelSent: pick(0.95),
        });
    }
    if (pick(0.012)) {
      const claimId = `C${i}`;
      const filedAt = shippedAt + 120 * HOUR;
      add(filedAt, { type: 'claim.filed', claimId, orderId, reason: 'not received' });
      if (pick(0.8)) add(filedAt + random() * 96 * HOUR, { type: 'claim.answered', claimId });
      if (pick(0.7))
        add(filedAt + 150 * HOUR, {
          type: 'claim.decided',
          claimId,
          outcome: pick(0.5) ? 'granted' : 'denied',
          ...(pick(0.2) ? { fundedBy: 'amazon' } : {}),
        });
    }
    if (pick(0.12)) {
      const feedbackId = `F${i}`;
      const postedAt = shippedAt + 100 * HOUR;
      add(postedAt, {
        type: 'feedback.posted',
        feedbackId,
        orderId,
        rating: 1 + Math.floor(random() * 5),
        comment: 'ok',
      });
      if (pick(0.05)) add(postedAt + 48 * HOUR, { type: 'feedback.removed', feedbackId });
    }
    if (pick(0.004)) {
      const chargebackId = `B${i}`;
      const filedAt = shippedAt + 200 * HOUR;
      add(filedAt, {
        type: 'chargeback.filed',
        chargebackId,
        orderId,
        reason: pick(0.7) ? 'service' : 'fraud',
      });
      if (pick(0.8))
        add(filedAt + random() * 100 * HOUR, { type: 'chargeback.answered', chargebackId });
    }
  }
  if (sortByTime) events.sort((a, b) => a.ms - b.ms);
  return {
    events: events.map((e) => e.event),
    end: events.reduce((max, e) => Math.max(max, e.ms), start),
  };
}

/** Live: apply one event, read every metric; average over the events after 100k orders. */
function benchLive(): { orders: number; measuredEvents: number; microsPerEvent: number } {
  const warmOrders = 100_000;
  const extraOrders = 20_000;
  const { events } = generate(warmOrders + extraOrders, 120, Date.UTC(2026, 0, 5), 42, true);
  const account = createAccount({ profile: 'course', marketplace: 'amazon.de' });
  let applied = 0;
  let orders = 0;
  // Warm: apply events until 100,000 orders are in (reading now and then, as a UI would).
  while (orders < warmOrders) {
    const event = events[applied++]!;
    account.apply(event);
    if (event.type === 'order.placed') orders++;
    if (applied % 1000 === 0) account.report(event.at);
  }
  const measured = events.slice(applied);
  let sink = 0;
  const startedAt = process.hrtime.bigint();
  for (const event of measured) {
    account.apply(event);
    const { report, shipping } = account.metrics(event.at);
    sink += report.odr.orders + report.violations.length + shipping.validTracking.counted;
  }
  const elapsed = Number(process.hrtime.bigint() - startedAt) / 1000;
  if (sink < 0) console.log(sink);
  return { orders, measuredEvents: measured.length, microsPerEvent: elapsed / measured.length };
}

/** Wall-clock time of one child process run with this Node, in ms, and its stdout. */
function timeChild(args: string[]): { ms: number; stdout: string } {
  const startedAt = process.hrtime.bigint();
  const result = spawnSync(NODE, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - startedAt) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  }
  return { ms, stdout: result.stdout };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Alternating runs of the batch comparison. */
const BATCH_RUNS = 5;

/** The batch figures (medians over BATCH_RUNS alternating runs). */
interface BatchFigures {
  events: number;
  megabytes: number;
  parseMs: number;
  readParseMs: number;
  metricsMs: number;
  /** Median of the per-run ratios metrics ÷ JSON.parse. */
  ratio: number;
}

/** Batch: the metrics command on 1,000,000 events against JSON.parse of the same file. */
function benchBatch(): BatchFigures {
  mkdirSync(DATA, { recursive: true });
  const file = resolve(DATA, 'history-1m.json');
  const target = 1_000_000;
  // ~3.9 events per order with this mix: generate enough orders, keep exactly one million.
  const { events } = generate(Math.ceil(target / 3.7), 150, Date.UTC(2026, 0, 5), 7, false);
  const kept = events.slice(0, target);
  const asOf = text(Date.UTC(2026, 5, 10, 10));
  const lines = kept.map((event) => JSON.stringify(event));
  const head = `{"profile":"course","marketplace":"amazon.de","timeZone":"Europe/Berlin","asOf":"${asOf}"`;
  writeFileSync(file, `${head},"events":[\n${lines.join(',\n')}\n]}\n`);
  // The child reads the file, then times JSON.parse alone and prints it.
  const parseScript =
    `const fs=require('node:fs');const t=fs.readFileSync(${JSON.stringify(file)},'utf8');` +
    `const s=process.hrtime.bigint();JSON.parse(t);` +
    `process.stdout.write(String(Number(process.hrtime.bigint()-s)/1e6));`;
  // The machine's speed drifts (other processes, a shared VM): the two are run in
  // alternation and compared run by run.
  const parseTimes: number[] = [];
  const readParseTimes: number[] = [];
  const metricsTimes: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < BATCH_RUNS; run++) {
    const parse = timeChild(['-e', parseScript]);
    const metrics = timeChild([resolve(ROOT, 'src/engine/cli/metrics.ts'), file]);
    if (run === 0) JSON.parse(metrics.stdout); // the report is valid JSON
    parseTimes.push(Number(parse.stdout));
    readParseTimes.push(parse.ms);
    metricsTimes.push(metrics.ms);
    ratios.push(metrics.ms / Number(parse.stdout));
  }
  return {
    events: kept.length,
    megabytes: statSync(file).size / 1e6,
    parseMs: median(parseTimes),
    readParseMs: median(readParseTimes),
    metricsMs: median(metricsTimes),
    ratio: median(ratios),
  };
}

const liveOnly = process.argv.includes('--live-only');
const live = benchLive();
const batch = liveOnly ? null : benchBatch();
const row = (label: string, value: string, target = '', ok: boolean | null = null): string =>
  `| ${label.padEnd(60)} | ${value.padStart(12)} | ${target.padEnd(9)} | ${ok === null ? '   ' : ok ? 'ok ' : 'NO '} |`;
const rows = [
  `| ${'figure'.padEnd(60)} | ${'value'.padStart(12)} | ${'target'.padEnd(9)} | met |`,
  `|${'-'.repeat(62)}|${'-'.repeat(14)}|${'-'.repeat(11)}|-----|`,
  row('live: orders applied before measuring', live.orders.toLocaleString('en')),
  row(
    `live: apply 1 event + read every metric (avg of ${live.measuredEvents})`,
    `${live.microsPerEvent.toFixed(2)} µs`,
    '≤ 20 µs',
    live.microsPerEvent <= 20,
  ),
];
if (batch !== null) {
  rows.push(
    row(
      `batch: history file (${batch.events.toLocaleString('en')} events)`,
      `${batch.megabytes.toFixed(1)} MB`,
    ),
    row(
      `batch: JSON.parse only (child process, median of ${BATCH_RUNS})`,
      `${batch.parseMs.toFixed(0)} ms`,
    ),
    row(
      'batch: node start + read + JSON.parse (child wall time)',
      `${batch.readParseMs.toFixed(0)} ms`,
    ),
    row('batch: `metrics` command (child wall time)', `${batch.metricsMs.toFixed(0)} ms`),
    row(
      'batch: metrics ÷ JSON.parse only (median of run ratios)',
      `${batch.ratio.toFixed(2)}×`,
      '≤ 3×',
      batch.ratio <= 3,
    ),
    row(
      'batch: metrics ÷ (start + read + JSON.parse)',
      `${(batch.metricsMs / batch.readParseMs).toFixed(2)}×`,
    ),
  );
}
console.log(`\nRules engine bench (Node ${process.version}, seeded histories in bench-data/)\n`);
console.log(`${rows.join('\n')}\n`);
