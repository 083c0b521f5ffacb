import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => resolve(root, 'tests/fixtures/engine', name);
const node = resolve(root, 'node_modules/.bin/node');
const cli = resolve(root, 'src/engine/cli/metrics.ts');

/** Runs the real command, as `npm run metrics` does. */
function metrics(args: string[], stdin?: string) {
  const result = spawnSync(node, [cli, ...args], {
    cwd: root,
    input: stdin ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the metrics command', () => {
  it.each([
    ['the contract example', 'contract-example.json', 'contract-example.report.json'],
    [
      'an amazon-2026 history in file order unsorted',
      'amazon-2026-example.json',
      'amazon-2026-example.report.json',
    ],
  ])('prints the report of %s and exits 0', (_name, input, expected) => {
    const { code, stdout, stderr } = metrics([fixture(input)]);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(fixture(expected), 'utf8')));
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it("keeps the contract's key order", () => {
    const report = JSON.parse(metrics([fixture('contract-example.json')]).stdout);
    expect(Object.keys(report)).toEqual([
      'asOf',
      'profile',
      'odr',
      'idr',
      'lateResponse',
      'violations',
    ]);
    expect(Object.keys(report.odr)).toEqual([
      'from',
      'to',
      'orders',
      'defective',
      'claims',
      'negativeFeedback',
      'chargebacks',
      'rate',
      'target',
      'status',
    ]);
    expect(Object.keys(report.idr)).toEqual([
      'orders',
      'defective',
      'late',
      'missing',
      'rate',
      'target',
      'status',
    ]);
    expect(Object.keys(report.lateResponse)).toEqual([
      'messages',
      'late',
      'rate',
      'target',
      'status',
    ]);
  });

  it('reads standard input with -', () => {
    const { code, stdout } = metrics(['-'], readFileSync(fixture('contract-example.json'), 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(readFileSync(fixture('contract-example.report.json'), 'utf8')),
    );
  });

  it.each([
    ['not JSON', 'not-json.txt', /^\(root\): not JSON/m],
    ['a bad date', 'bad-date.json', /^events\[1\]\.at: not an ISO-8601 date-time with offset/m],
    ['an unknown id', 'unknown-id.json', /^events\[1\]\.orderId: unknown order id "B7"/m],
    ['a duplicate id', 'duplicate-id.json', /^events\[1\]\.orderId: duplicate order id "A1"/m],
    ['a value out of range', 'out-of-range.json', /^events\[1\]\.rating: out of range/m],
    [
      'an event dated before its subject exists',
      'before-its-order.json',
      /^events\[1\]\.at: before order "A1" was placed \(events\[0\]\)$/m,
    ],
    [
      'an unknown event type',
      'unknown-type.json',
      /^events\[1\]\.type: unknown event type "order.refunded"/m,
    ],
  ])('rejects %s: exit 2, nothing on stdout, the place on stderr', (_name, input, message) => {
    const { code, stdout, stderr } = metrics([fixture(input)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('rejects invalid standard input the same way', () => {
    const { code, stdout, stderr } = metrics(['-'], '[]');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^\(root\): not an object/m);
  });

  it('exits 2 with a clear message for a missing file', () => {
    const { code, stdout, stderr } = metrics([fixture('no-such-history.json')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/no-such-history\.json: no such file/);
  });

  it.each([[[]], [['a.json', 'b.json']]])('exits 64 (usage) for arguments %j', (args) => {
    const { code, stdout, stderr } = metrics(args);
    expect([code, stdout]).toEqual([64, '']);
    expect(stderr).toMatch(/^usage:/);
  });
});
