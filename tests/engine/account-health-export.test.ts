import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { accountHealthExport } from '../../src/engine/account-health-export.ts';
import { historyView } from '../../src/engine/report.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { placed } from './helpers.ts';

const schema = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../fixtures/engine/accountHealthReport-2020-11-18.schema.json'),
    'utf8',
  ),
);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function exportOf(input: Record<string, unknown>) {
  const result = validateHistory(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return accountHealthExport(historyView(result.history));
}

const history = {
  asOf: '2026-03-02T12:00:00+01:00',
  events: [
    placed('M1', '2026-02-10T10:00:00+01:00', { business: true, shipBy: '2026-02-11' }),
    { type: 'order.shipped', at: '2026-02-12T10:00:00+01:00', orderId: 'M1', trackingId: 'T' },
    placed('M2', '2026-02-10T10:00:00+01:00'),
    placed('A1', '2026-02-10T10:00:00+01:00', { fulfillment: 'FBA' }),
    { type: 'claim.filed', at: '2026-02-12T10:00:00+01:00', claimId: 'C', orderId: 'A1' },
  ],
};

describe('account health export (SP-API shape)', () => {
  it.each([
    ['a history with FBM and FBA orders', history],
    ['an empty history (null rates)', { asOf: '2026-03-02T12:00:00+01:00', events: [] }],
    [
      'amazon.com (no IDR)',
      { ...history, marketplace: 'amazon.com', asOf: '2026-03-02T12:00:00-08:00' },
    ],
  ])('validates against accountHealthReport-2020-11-18.schema.json: %s', (_name, input) => {
    const exported = exportOf(input);
    expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("splits ODR by fulfilment (mfn: FBM, afn: FBA) with the schema's names", () => {
    const [metrics] = exportOf(history).performanceMetrics;
    expect(metrics).toMatchObject({
      marketplaceId: 'A1PA6795UKMFR9',
      orderDefectRate: {
        mfn: {
          orderCount: 2,
          orderWithDefects: { count: 0, status: 'GOOD' },
          fulfillmentType: 'mfn',
          rate: 0,
          status: 'GOOD',
          targetValue: 0.01,
          targetCondition: 'LESS_THAN',
          // Berlin days as UTC instants: 2026-01-02 00:00 CET is 2026-01-01T23:00Z
          reportingDateRange: {
            reportingDateFrom: '2026-01-01T23:00Z',
            reportingDateTo: '2026-03-02T22:59Z',
          },
        },
        afn: {
          orderCount: 1,
          claims: { count: 1 },
          fulfillmentType: 'afn',
          rate: 1,
          status: 'BAD',
        },
      },
      lateShipmentRate: {
        orderCount: 1,
        lateShipmentCount: 1,
        rate: 1,
        status: 'BAD',
        targetValue: 0.04,
      },
      // PCR: 7 days (2026-02-24 .. 2026-03-02): the orders of 10 February are out
      preFulfillmentCancellationRate: {
        orderCount: 0,
        cancellationCount: 0,
        targetValue: 0.025,
        targetCondition: 'LESS_THAN',
      },
      validTrackingRate: {
        shipmentCount: 1,
        validTrackingCount: 1,
        targetCondition: 'GREATER_THAN',
      },
      invoiceDefectRate: { orderCount: 1, missingInvoice: { count: 1 }, rate: 1, status: 'BAD' },
    });
  });

  it('exports a null rate as 0 with status NONE', () => {
    const [metrics] = exportOf({
      asOf: '2026-03-02T12:00:00+01:00',
      events: [],
    }).performanceMetrics;
    expect(metrics).toMatchObject({
      invoiceDefectRate: { orderCount: 0, rate: 0, status: 'NONE' },
    });
  });
});
