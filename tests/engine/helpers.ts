/** Shared builders for the engine tests: small histories written the way the contract shows them. */
import { computeReport } from '../../src/engine/report.ts';
import type { OrderEvent, Report } from '../../src/engine/types.ts';
import { validateHistory } from '../../src/engine/validate.ts';

/** A history input (not yet validated). */
export interface HistoryInput {
  profile?: string;
  marketplace?: string;
  timeZone?: string;
  asOf: string;
  events: readonly Record<string, unknown>[];
}

/** Validates and reports a history; fails the test with the errors if it is invalid. */
export function reportOf(input: HistoryInput): Report {
  const result = validateHistory(input);
  if (!result.ok)
    throw new Error(
      `invalid test history: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return computeReport(result.history);
}

/** `order.placed`, FBM, non-business unless overridden. */
export const placed = (
  orderId: string,
  at: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  type: 'order.placed',
  at,
  orderId,
  fulfillment: 'FBM',
  ...extra,
});

/** N orders placed at the same instant: O1..ON. */
export function orders(
  n: number,
  at: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => placed(`O${i + 1}`, at, extra));
}

/** A typed event (for the account API). */
export const event = (fields: Record<string, unknown>): OrderEvent =>
  fields as unknown as OrderEvent;
