/**
 * What the desk shows equals what a fresh engine replay reports: for random acts on random
 * scenarios at random times, the inbox's order details, return reasons, tasks and figures are
 * the batch engine's answers for the events the run applied (fast-check).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentIndex } from '../../src/content/registry.ts';
import { scenarioSchema, type Scenario } from '../../src/content/scenario-schema.ts';
import { parseInstant, readHistory, validateHistory } from '../../src/engine/index.ts';
import { deskItems } from '../../src/sim/desk-items.ts';
import { DeskRun } from '../../src/sim/desk-run.ts';

const root = resolve(import.meta.dirname, '../..');
const schema = scenarioSchema(readContentIndex(root));
const load = (id: string): Scenario =>
  schema.parse(parse(readFileSync(join(root, 'content/scenarios', `${id}.yaml`), 'utf8')));
const scenarios = [
  'service-and-fraud-chargebacks',
  'shipped-without-tracking',
  'invoice-before-a-holiday',
  'return-requests-48-hours',
  'fba-feedback-policy-check',
].map(load);

/** One step of a random play. */
type Step =
  | { kind: 'wait'; minutes: number }
  | { kind: 'act'; item: number; action: number; choice: number; tracked: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({
    kind: fc.constant('act' as const),
    item: fc.nat(),
    action: fc.nat(),
    choice: fc.nat(),
    tracked: fc.boolean(),
  }),
);

/** Plays the steps; acts pick an inbox item, one of its actions and an option by index. */
function play(run: DeskRun, steps: readonly Step[]): void {
  for (const step of steps) {
    if (run.ended) return;
    if (step.kind === 'wait') {
      run.advanceTo(run.clock + step.minutes * 60_000);
      continue;
    }
    const items = deskItems(run);
    if (items.length === 0) continue;
    const item = items[step.item % items.length]!;
    const action = item.actions[step.action % item.actions.length]!;
    const decision = run.scenario.decisions.find(
      (candidate) => candidate.subject === item.subject && candidate.action === action,
    );
    const choice = decision?.choices[step.choice % decision.choices.length]?.id;
    run.act({
      action,
      subject: item.subject,
      ...(choice ? { choice } : {}),
      ...(action === 'confirmShipment' ? { trackingId: step.tracked ? 'T-1' : '' } : {}),
    });
  }
}

describe('the desk against a fresh replay', () => {
  it('shows what the batch engine reports for the events the run applied', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios.keys()),
        fc.array(stepArb, { maxLength: 14 }),
        (which, steps) => {
          const scenario = scenarios[which]!;
          const run = new DeskRun(scenario);
          play(run, steps);
          const checked = validateHistory({
            profile: scenario.profile,
            marketplace: scenario.marketplace,
            asOf: run.now,
            events: run.appliedEvents,
          });
          if (!checked.ok) throw new Error(checked.errors[0]?.message);
          const fresh = readHistory(checked.history);
          const items = deskItems(run);
          for (const item of items) {
            if (item.orderId !== null) expect(item.order).toEqual(fresh.order(item.orderId));
            if (item.kind === 'return')
              expect(item.reason).toBe(fresh.returnRequest(item.subject)?.reason ?? null);
          }
          expect(
            items.filter((item) => item.rule !== null).map((item) => [item.kind, item.subject]),
          ).toEqual(
            fresh
              .tasks()
              .sort((a, b) => a.timeLeftMs - b.timeLeftMs)
              .map((task) => [task.kind, task.subject]),
          );
          expect(run.report()).toEqual(fresh.report());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the vacuum shipment confirmed without a typed tracking ID shows the tracking its choice adds', () => {
    const run = new DeskRun(load('service-and-fraud-chargebacks'));
    run.advanceTo(parseInstant('2026-11-02T15:00:00+01:00'));
    run.act({
      action: 'confirmShipment',
      subject: '302-4918706-2257133',
      choice: 'amazon-address-signature',
      trackingId: '',
    });
    const order = run.reading().order('302-4918706-2257133');
    expect(order?.shipped?.trackingId).toMatch(/\w+/);
  });
});
