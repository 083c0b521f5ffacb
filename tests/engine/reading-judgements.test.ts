/**
 * A reading's account judged under the other marketplaces' packs and as Amazon's account
 * health report, live, at the reading's own moment: the same answers as the batch functions on
 * a history with that asOf.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { accountHealthExport } from '../../src/engine/account-health-export.ts';
import { createAccount } from '../../src/engine/account.ts';
import { judgeSideBySide } from '../../src/engine/marketplace-packs.ts';
import { accountHealthOf, sideBySideOf } from '../../src/engine/reading-reports.ts';
import { historyView } from '../../src/engine/report.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { event, orders } from './helpers.ts';

const schema = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../fixtures/engine/accountHealthReport-2020-11-18.schema.json'),
    'utf8',
  ),
);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(schema);

const events = [
  ...orders(40, '2026-02-02T10:00:00+01:00'),
  { type: 'claim.filed', at: '2026-02-05T10:00:00+01:00', claimId: 'C1', orderId: 'O1' },
  // RESP-KAUFLAND: received on a Friday at 15:00, due Tuesday 15:00 in working hours.
  { type: 'message.received', at: '2026-02-06T15:00:00+01:00', messageId: 'M1' },
  { type: 'message.replied', at: '2026-02-09T10:00:00+01:00', messageId: 'M1' },
];

describe.each([
  ['a moment after every event', '2026-02-12T12:00:00+01:00'],
  ['an earlier moment (the live account scans back)', '2026-02-05T12:00:00+01:00'],
])('a reading at %s', (_name, asOf) => {
  const account = createAccount();
  account.applyAll(events.map(event));
  account.readAt('2026-02-20T00:00:00+01:00'); // the account's clock is past both moments
  const checked = validateHistory({ asOf, events });
  if (!checked.ok) throw new Error('invalid test history');
  const view = historyView(checked.history);

  it('EBAY-BANDS / RESP-KAUFLAND: judges side by side as the batch path does', () => {
    expect(sideBySideOf(account.readAt(asOf))).toEqual(judgeSideBySide(view, asOf));
  });

  it('AHR: exports the account health report of its moment, valid against the SP-API schema', () => {
    const exported = accountHealthOf(account.readAt(asOf));
    expect(exported).toEqual(accountHealthExport(view));
    expect(validateReport(exported), JSON.stringify(validateReport.errors)).toBe(true);
  });
});

it('EBAY-BANDS: one claim in 40 orders (2.5%) is below standard on eBay', () => {
  const account = createAccount();
  account.applyAll(events.map(event));
  expect(sideBySideOf(account.readAt('2026-02-12T12:00:00+01:00')).ebay).toEqual({
    rate: 1 / 40,
    band: 'below-standard',
  });
});
