/**
 * Time travel: the live account read at a moment before its latest event answers exactly as a
 * fresh batch report of the history cut at that moment (only the events dated up to it). Every
 * rule compares times with the reading moment, so an event after it must count for nothing and
 * one exactly at it must count in full.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/engine/account.ts';
import { parseInstant } from '../../src/engine/iso.ts';
import { readHistory } from '../../src/engine/read-model.ts';
import type { AccountReading } from '../../src/engine/read-model.ts';
import { validateHistory } from '../../src/engine/validate.ts';
import { BASE, historyArb, historyInput } from './arbitraries.ts';
import type { GeneratedHistory } from './arbitraries.ts';

const HOUR = 3_600_000;

/** Everything a reading answers, as plain data. */
function everything(reading: AccountReading) {
  return {
    report: reading.report(),
    shipping: reading.shipping(),
    health: reading.health(),
    tasks: reading.tasks(),
    explain: reading.explain(),
    whatIf: reading.whatIf(),
    orders: reading.orders(),
    messages: reading.messages(),
    returns: reading.returns(),
    claims: reading.claims(),
    feedback: reading.feedbackList(),
    chargebacks: reading.chargebacks(),
  };
}

/** A moment to read at: a random hour, an event's instant (±1 ms), or a deadline after one. */
const momentArb = (h: GeneratedHistory): fc.Arbitrary<number> => {
  const instants = h.events.map((e) => parseInstant(e.at));
  const last = Math.max(BASE, ...instants);
  const anyHour = fc.integer({ min: -48, max: Math.ceil((last - BASE) / HOUR) });
  if (instants.length === 0) return anyHour.map((hours) => BASE + hours * HOUR);
  return fc.oneof(
    anyHour.map((hours) => BASE + hours * HOUR),
    // An event's own instant and the milliseconds either side of it.
    fc
      .tuple(fc.constantFrom(...instants), fc.constantFrom(-1, 0, 1))
      .map(([at, delta]) => at + delta),
    // RESP-24H, RET-48H and NOTIFY-DAYS (3 and 7 days) deadlines, exactly and just after.
    fc
      .tuple(
        fc.constantFrom(...instants),
        fc.constantFrom(24 * HOUR, 48 * HOUR, 72 * HOUR, 168 * HOUR),
        fc.constantFrom(0, 1),
      )
      .map(([at, hours, delta]) => at + hours + delta),
  );
};

describe('reading the live account at an earlier moment (fast-check)', () => {
  it('equals a fresh batch report of the history cut at that moment', () => {
    fc.assert(
      fc.property(
        historyArb({ maxOrders: 8 }).chain((h) => fc.tuple(fc.constant(h), momentArb(h))),
        ([h, moment]) => {
          const account = createAccount({
            profile: h.profile,
            marketplace: h.marketplace,
            timeZone: h.timeZone,
          });
          account.applyAll(h.events);
          const cut = h.events.filter((e) => parseInstant(e.at) <= moment);
          const checked = validateHistory(historyInput(h, moment, cut));
          if (!checked.ok) throw new Error(checked.errors[0]?.message);
          const asOf = new Date(moment).toISOString();
          expect(everything(account.readAt(asOf))).toEqual(
            everything(readHistory(checked.history)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
