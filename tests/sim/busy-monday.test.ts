/**
 * The busy Monday teaches "earliest deadline first": every act takes 10 minutes of the clock, so
 * the same 26 acts in another order make deadlines pass. These plays guard that the scenario
 * still teaches it.
 */
import { describe, expect, it } from 'vitest';
import { playScenario } from '../../src/sim/play.ts';
import { loadScenario } from './scenario-files.ts';

const scenario = loadScenario('busy-monday-after-the-long-weekend');
const missed = (acts: typeof scenario.goodPlay) =>
  playScenario(scenario, acts)
    .debrief.rubric.filter((item) => !item.passed)
    .map((item) => item.id);
/** The good play's acts in another order, each as soon as the previous one is done. */
const inOrder = (rank: (act: (typeof scenario.goodPlay)[number]) => number) =>
  [...scenario.goodPlay]
    .sort((a, b) => rank(a) - rank(b))
    .map((act) => ({ ...act, at: scenario.start.at }));

describe('a busy Monday after the long weekend', () => {
  it('has 26 tasks in the inbox when the shift starts', () => {
    expect(scenario.goodPlay).toHaveLength(26);
  });

  it('TIP-1, RESP-24H, RET-48H: the earliest deadline first keeps every task on time', () => {
    expect(missed(inOrder(() => 0))).toEqual([]);
  });

  it('RESP-24H, RET-48H: shipping the orders first makes the morning messages and returns late', () => {
    expect(missed(inOrder((act) => (act.action === 'confirmShipment' ? 0 : 1)))).toEqual([
      'messages-on-time',
      'returns-on-time',
    ]);
  });

  it('LSR: orders confirmed on Tuesday, after their ship-by day, breach the late shipment rate', () => {
    const tuesday = scenario.goodPlay.map((act) =>
      act.action === 'confirmShipment' ? { ...act, at: '2026-05-05T08:00:00+02:00' } : act,
    );
    expect(missed(tuesday)).toEqual(['lsr-held']);
  });
});
