/**
 * Amazon's All Orders report into an order history: one order per amazon-order-id however many
 * item rows, what the report tells (placed, FBA/FBM, business, cancelled) and nothing it does
 * not (no shipment, claim or feedback is invented), problems named by line and column, and the
 * `import-orders` command with the exit codes of `metrics`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertAllOrdersReport,
  looksLikeAllOrdersReport,
} from '../../src/engine/all-orders-report.ts';
import { formatValidationError, validateHistory } from '../../src/engine/validate.ts';
import { computeReport } from '../../src/engine/report.ts';

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(root, 'tests/fixtures/engine/all-orders-report.txt');
const report = readFileSync(fixture, 'utf8');
const node = resolve(root, 'node_modules/.bin/node');

/** A minimal report: the header and rows of the given cells, tab-separated. */
function minimal(
  rows: string[][],
  header = [
    'amazon-order-id',
    'purchase-date',
    'last-updated-date',
    'order-status',
    'fulfillment-channel',
    'sales-channel',
    'is-business-order',
  ],
): string {
  return [header, ...rows].map((cells) => cells.join('\t')).join('\n');
}

describe('the All Orders report as order events', () => {
  const converted = convertAllOrdersReport(report);
  if (!converted.ok) throw new Error(converted.errors.map(formatValidationError).join('; '));
  const { history } = converted;

  it('makes one order of the rows of each order (one row per item), on the main marketplace', () => {
    expect(converted.rows).toBe(7);
    expect(history.marketplace).toBe('amazon.de');
    expect(history.timeZone).toBe('Europe/Berlin');
    const placed = history.events.filter((event) => event.type === 'order.placed');
    expect(placed.map((event) => event.orderId)).toEqual([
      '302-1111111-1111111',
      '028-2222222-2222222',
      '303-3333333-3333333',
      '304-4444444-4444444',
    ]);
    expect(converted.orders).toBe(4);
    expect(converted.leftOut).toEqual([
      { channel: 'Amazon.fr', orders: 1 },
      { channel: 'Non-Amazon', orders: 1 },
    ]);
  });

  it.each([
    // ODR-DEF: the order is placed at its purchase-date (in the marketplace's zone).
    [
      '302-1111111-1111111',
      {
        at: '2026-02-20T10:00:00+01:00',
        fulfillment: 'FBM',
        business: false,
        item: 'Vacuum flask 0.5 l',
        itemCount: 3,
        reportStatus: 'Shipped',
      },
    ],
    [
      '028-2222222-2222222',
      {
        at: '2026-02-21T19:30:00+01:00',
        fulfillment: 'FBA',
        business: false,
        reportStatus: 'Cancelled',
      },
    ],
    // IDR-DEF: a business order needs an invoice.
    ['303-3333333-3333333', { fulfillment: 'FBA', business: true, reportStatus: 'Pending' }],
    ['304-4444444-4444444', { fulfillment: 'FBM', business: true, reportStatus: 'Unshipped' }],
  ])('reads order %s as the report gives it', (orderId, expected) => {
    const event = history.events.find(
      (candidate) => candidate.type === 'order.placed' && candidate.orderId === orderId,
    );
    expect(event).toMatchObject(expected);
  });

  it('PCR: a cancelled order is cancelled at its last update, by the buyer, marked as an assumption', () => {
    const cancelled = history.events.filter((event) => event.type === 'order.cancelled');
    expect(cancelled).toEqual([
      {
        type: 'order.cancelled',
        at: '2026-02-22T11:00:00+01:00',
        orderId: '028-2222222-2222222',
        by: 'buyer',
        byAssumed: true,
      },
    ]);
    expect(converted.cancelledWhoUnknown).toBe(1);
  });

  it('invents nothing the report does not tell: no shipment, delivery, claim, feedback or message', () => {
    expect([...new Set(history.events.map((event) => event.type))].sort()).toEqual([
      'order.cancelled',
      'order.placed',
    ]);
  });

  it('ODR-DEF: is valid input whose report counts the orders placed, as of the latest date in the report', () => {
    expect(history.asOf).toBe('2026-02-24T13:00:00+01:00');
    const checked = validateHistory(history);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const metrics = computeReport(checked.history);
    expect([metrics.odr.orders, metrics.odr.defective, metrics.idr.orders]).toEqual([4, 0, 0]);
  });

  it('recognises the report by its header', () => {
    expect(looksLikeAllOrdersReport(report)).toBe(true);
    expect(looksLikeAllOrdersReport('{"asOf": "x"}')).toBe(false);
    expect(looksLikeAllOrdersReport('amazon-order-id,purchase-date')).toBe(false);
  });
});

describe('a report that cannot be read', () => {
  it.each([
    [
      'no header columns',
      'order,date\n1,2',
      'line 1: not an All Orders report: the header has no amazon-order-id column (a tab-separated file whose first line names the columns)',
    ],
    [
      'a date without offset',
      minimal([['A1', '2026-02-20 10:00:00', '', 'Shipped', 'AFN', 'Amazon.de', 'false']]),
      'line 2, purchase-date: not an ISO-8601 date-time with offset: "2026-02-20 10:00:00"',
    ],
    [
      'an unknown fulfilment channel',
      minimal([['A1', '2026-02-20T10:00:00Z', '', 'Shipped', 'FBA', 'Amazon.de', 'false']]),
      'line 2, fulfillment-channel: out of range: must be AFN (Amazon) or MFN (the seller), got "FBA"',
    ],
    [
      'two rows of one order placed at different times',
      minimal([
        ['A1', '2026-02-20T10:00:00Z', '', 'Shipped', 'AFN', 'Amazon.de', 'false'],
        ['A1', '2026-02-20T11:00:00Z', '', 'Shipped', 'AFN', 'Amazon.de', 'false'],
      ]),
      'line 3, purchase-date: differs from line 2 of the same order "A1"',
    ],
    [
      'a business flag that is not true or false',
      minimal([['A1', '2026-02-20T10:00:00Z', '', 'Shipped', 'AFN', 'Amazon.de', 'yes']]),
      'line 2, is-business-order: must be true or false, got "yes"',
    ],
    [
      'a last update before the purchase',
      minimal([
        [
          'A1',
          '2026-02-20T10:00:00Z',
          '2026-02-19T10:00:00Z',
          'Cancelled',
          'AFN',
          'Amazon.de',
          'false',
        ],
      ]),
      'line 2, last-updated-date: before the purchase-date (2026-02-20T10:00:00Z)',
    ],
    [
      'only marketplaces the course does not cover',
      minimal([['A1', '2026-02-20T10:00:00Z', '', 'Shipped', 'AFN', 'Amazon.nl', 'false']]),
      'sales-channel: no marketplace the course covers (found "Amazon.nl"; expected e.g. "Amazon.de")',
    ],
    ['a header alone', minimal([]), 'line 2: no order rows under the header'],
  ])('names the place of %s', (_name, text, message) => {
    const result = convertAllOrdersReport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatValidationError(result.errors[0]!)).toBe(message);
  });
});

describe('the import-orders command', () => {
  const run = (args: string[], input = '') =>
    spawnSync(node, [resolve(root, 'src/engine/cli/import-orders.ts'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
    });

  it('prints the history, which metrics measures, and says on stderr what the report cannot tell', () => {
    const result = run([fixture]);
    expect(result.status).toBe(0);
    const history = JSON.parse(result.stdout);
    expect(history).toEqual((convertAllOrdersReport(report) as { history: unknown }).history);
    expect(result.stderr).toMatch(/not in the history: A-to-Z claims, feedback, chargebacks/);
    expect(result.stderr).toMatch(/1 cancelled order is entered as cancelled by the buyer/);
    const metrics = spawnSync(node, [resolve(root, 'src/engine/cli/metrics.ts'), '-'], {
      cwd: root,
      input: result.stdout,
      encoding: 'utf8',
    });
    expect([metrics.status, JSON.parse(metrics.stdout).odr.orders]).toEqual([0, 4]);
  });

  it('reads standard input and takes the marketplace and moment asked for', () => {
    const result = run(
      ['--marketplace', 'amazon.fr', '--as-of', '2026-03-01T00:00:00+01:00', '-'],
      report,
    );
    expect(result.status).toBe(0);
    const history = JSON.parse(result.stdout);
    expect([history.marketplace, history.asOf, history.events.length]).toEqual([
      'amazon.fr',
      '2026-03-01T00:00:00+01:00',
      1,
    ]);
  });

  it.each([
    [
      'a broken row',
      ['-'],
      minimal([['A1', 'yesterday', '', 'Shipped', 'AFN', 'Amazon.de', 'false']]),
      2,
      /^import-orders: invalid All Orders report\nline 2, purchase-date: /,
    ],
    [
      'a missing file',
      ['no-such-report.txt'],
      '',
      2,
      /^import-orders: no-such-report\.txt: no such file\n$/,
    ],
    ['no argument', [], '', 64, /^usage: /],
    ['an unknown option', ['--colour', 'red', 'x.txt'], '', 64, /^usage: /],
  ])('refuses %s with its exit code and nothing on stdout', (_name, args, input, code, stderr) => {
    const result = run(args, input);
    expect([result.status, result.stdout]).toEqual([code, '']);
    expect(result.stderr).toMatch(stderr);
  });
});
