/** Shared builders for the engine tests: small histories written the way the contract shows them. */
import { expect } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { readHistory } from '../../src/engine/read-model.ts';
import type { AccountReading } from '../../src/engine/read-model.ts';
import { computeReport } from '../../src/engine/report.ts';
import type { History, OrderEvent, Report } from '../../src/engine/types.ts';
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

/** Validates a history; fails the test with the errors if it is invalid. */
export function validated(input: HistoryInput): History {
  const result = validateHistory(input);
  if (!result.ok)
    throw new Error(
      `invalid test history: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return result.history;
}

/**
 * Reads a history at its asOf three ways: the batch path; a live account given every event
 * (read at an earlier moment when some event comes after asOf); and a live account given only
 * the events up to asOf, then moved on to asOf (the incremental path, its deadline queue
 * included). Expects the three to agree and returns what `pick` reads.
 */
export function readEveryWay<T>(input: HistoryInput, pick: (reading: AccountReading) => T): T {
  const history = validated(input);
  const settings = {
    profile: history.profile,
    marketplace: history.marketplace,
    timeZone: history.timeZone,
  };
  const batch = pick(readHistory(history));
  const everyEvent = createAccount(settings);
  everyEvent.applyAll(history.events);
  expect(pick(everyEvent.readAt(input.asOf)), 'live account, every event').toEqual(batch);
  const asOf = parseInstant(input.asOf);
  const upToAsOf = createAccount(settings);
  upToAsOf.applyAll(history.events.filter((e) => parseInstant(e.at) <= asOf));
  expect(pick(upToAsOf.readAt(input.asOf)), 'live account, events up to asOf').toEqual(batch);
  return batch;
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
