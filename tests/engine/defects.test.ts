/**
 * What counts toward ODR, defect by defect, in every state a claim, a feedback or a chargeback
 * can be in, under both profiles, and at the moments around each event. Every case is read three
 * ways (batch, live at an earlier moment, live moved on to the moment: see readEveryWay) and
 * its expected figures are worked out from the facts, not from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { AccountReading } from '../../src/engine/read-model.ts';
import { placed, readEveryWay } from './helpers.ts';

/** One order, placed on 20 January (CET), in both profiles' ODR windows on the dates below. */
const order = placed('A', '2026-01-20T10:00:00+01:00', { fulfillment: 'FBA' });

/** The ODR defect counts of a reading. */
const odrOf = (reading: AccountReading) => {
  const { orders, defective, claims, negativeFeedback, chargebacks } = reading.report().odr;
  return { orders, defective, claims, negativeFeedback, chargebacks };
};

describe('A2Z-COUNTS: every claim outcome and funder, under both profiles', () => {
  // Filed 25 January, decided 1 March 10:00. amazon-2026 counts orders placed in the 60 days that
  // end 14 days before the reading (ODR-WINDOW): on 1 March that is 31 Dec .. 15 Feb, so the
  // order is in both profiles' windows at every reading below.
  const filed = {
    type: 'claim.filed',
    at: '2026-01-25T10:00:00+01:00',
    claimId: 'C',
    orderId: 'A',
  };
  const decision = (outcome: string, fundedBy: string | null) => ({
    type: 'claim.decided',
    at: '2026-03-01T10:00:00+01:00',
    claimId: 'C',
    outcome,
    ...(fundedBy === null ? {} : { fundedBy }),
  });
  // course: opening a claim counts whatever the outcome. amazon-2026: a claim counts unless it is
  // denied (or withdrawn); claims Amazon funds do not count.
  it.each([
    ['course', 'granted', null, true],
    ['course', 'granted', 'seller', true],
    ['course', 'granted', 'amazon', true],
    ['course', 'denied', null, true],
    ['course', 'denied', 'seller', true],
    ['course', 'denied', 'amazon', true],
    ['course', 'withdrawn', null, true],
    ['course', 'withdrawn', 'seller', true],
    ['course', 'withdrawn', 'amazon', true],
    ['amazon-2026', 'granted', null, true],
    ['amazon-2026', 'granted', 'seller', true],
    ['amazon-2026', 'granted', 'amazon', false],
    ['amazon-2026', 'denied', null, false],
    ['amazon-2026', 'denied', 'seller', false],
    ['amazon-2026', 'denied', 'amazon', false],
    ['amazon-2026', 'withdrawn', null, false],
    ['amazon-2026', 'withdrawn', 'seller', false],
    ['amazon-2026', 'withdrawn', 'amazon', false],
  ])(
    'A2Z-COUNTS %s: a claim %s (funded by %s) counts: %s from the decision on, and before it',
    (profile, outcome, fundedBy, counts) => {
      const events = [order, filed, decision(outcome, fundedBy)];
      const at = (asOf: string) =>
        readEveryWay({ profile, asOf, events }, (reading) => ({
          counts: reading.claim('C')?.counts,
          claims: reading.report().odr.claims,
          defective: reading.report().odr.defective,
        }));
      const n = counts ? 1 : 0;
      // Before the decision, an open claim counts under both profiles.
      expect(at('2026-03-01T09:59:59.999+01:00')).toEqual({
        counts: true,
        claims: 1,
        defective: 1,
      });
      expect(at('2026-03-01T10:00:00+01:00')).toEqual({ counts, claims: n, defective: n });
      expect(at('2026-03-05T12:00:00+01:00')).toEqual({ counts, claims: n, defective: n });
    },
  );

  it('A2Z-COUNTS amazon-2026: a claim still undecided counts', () => {
    const events = [order, filed];
    expect(
      readEveryWay({ profile: 'amazon-2026', asOf: '2026-03-05T12:00:00+01:00', events }, odrOf),
    ).toEqual({ orders: 1, defective: 1, claims: 1, negativeFeedback: 0, chargebacks: 0 });
  });
});

describe('ODR-DEDUP with A2Z-COUNTS: an order with several claims counts once, if any counts', () => {
  const claim = (id: string, day: string) => ({
    type: 'claim.filed',
    at: `2026-01-${day}T10:00:00+01:00`,
    claimId: id,
    orderId: 'A',
  });
  const decided = (id: string, outcome: string, fundedBy?: string) => ({
    type: 'claim.decided',
    at: '2026-02-01T10:00:00+01:00',
    claimId: id,
    outcome,
    ...(fundedBy === undefined ? {} : { fundedBy }),
  });
  it.each([
    ['a denied claim, then an undecided one', [decided('C1', 'denied')], 'amazon-2026', 1],
    ['an undecided claim, then a denied one', [decided('C2', 'denied')], 'amazon-2026', 1],
    [
      'a denied claim, then one granted at the seller’s cost',
      [decided('C1', 'denied'), decided('C2', 'granted', 'seller')],
      'amazon-2026',
      1,
    ],
    [
      'two granted claims (counted once)',
      [decided('C1', 'granted', 'seller'), decided('C2', 'granted')],
      'amazon-2026',
      1,
    ],
    [
      'a withdrawn claim and a denied one',
      [decided('C1', 'withdrawn'), decided('C2', 'denied')],
      'amazon-2026',
      0,
    ],
    [
      'a denied claim and one Amazon funded',
      [decided('C1', 'denied'), decided('C2', 'granted', 'amazon')],
      'amazon-2026',
      0,
    ],
    [
      'course: a withdrawn claim and a denied one still count (once)',
      [decided('C1', 'withdrawn'), decided('C2', 'denied')],
      'course',
      1,
    ],
  ])('A2Z-COUNTS, ODR-DEDUP: %s', (_name, decisions, profile, expected) => {
    const events = [order, claim('C1', '22'), claim('C2', '24'), ...decisions];
    expect(readEveryWay({ profile, asOf: '2026-02-20T12:00:00+01:00', events }, odrOf)).toEqual({
      orders: 1,
      defective: expected,
      claims: expected,
      negativeFeedback: 0,
      chargebacks: 0,
    });
  });
});

describe('FB-NEGATIVE, FB-REPORT: feedback in every state, at the moments around it', () => {
  const asOf = '2026-02-20T12:00:00+01:00';
  const posted = (id: string, rating: number, at = '2026-02-10T10:00:00+01:00') => ({
    type: 'feedback.posted',
    at,
    feedbackId: id,
    orderId: 'A',
    rating,
  });
  const removed = (id: string, at: string) => ({ type: 'feedback.removed', at, feedbackId: id });
  it.each([
    ['FB-NEGATIVE: 3 stars alone are not negative', [posted('F1', 3)], 0],
    ['FB-NEGATIVE: 3 stars and 2 stars on one order', [posted('F1', 3), posted('F2', 2)], 1],
    [
      'FB-NEGATIVE, ODR-DEDUP: two 1-star ratings count once',
      [posted('F1', 1), posted('F2', 1)],
      1,
    ],
    [
      'FB-REPORT: 1 star removed before the moment, then 5 stars',
      [posted('F1', 1), removed('F1', '2026-02-12T10:00:00+01:00'), posted('F2', 5)],
      0,
    ],
    [
      'FB-REPORT: 1 star removed, 2 stars still standing',
      [posted('F1', 1), removed('F1', '2026-02-12T10:00:00+01:00'), posted('F2', 2)],
      1,
    ],
    [
      'FB-REPORT: removed exactly at the moment no longer counts',
      [posted('F1', 1), removed('F1', asOf)],
      0,
    ],
    [
      'FB-REPORT: removed a millisecond after the moment still counts',
      [posted('F1', 1), removed('F1', '2026-02-20T12:00:00.001+01:00')],
      1,
    ],
    ['FB-NEGATIVE: posted exactly at the moment counts', [posted('F1', 1, asOf)], 1],
    [
      'FB-NEGATIVE: posted a millisecond after the moment does not count yet',
      [posted('F1', 1, '2026-02-20T12:00:00.001+01:00')],
      0,
    ],
  ])('%s', (_name, feedback, expected) => {
    expect(readEveryWay({ asOf, events: [order, ...feedback] }, odrOf)).toEqual({
      orders: 1,
      defective: expected,
      claims: 0,
      negativeFeedback: expected,
      chargebacks: 0,
    });
  });

  it('FB-REPORT: a removed feedback reads as negative, removed and not counting', () => {
    const events = [posted('F1', 2), removed('F1', '2026-02-12T10:00:00+01:00')];
    const states = (at: string) =>
      readEveryWay({ asOf: at, events: [order, ...events] }, (reading) => {
        const entry = reading.feedback('F1');
        return entry && [entry.negative, entry.counts, entry.removedAt];
      });
    expect(states('2026-02-10T09:59:59.999+01:00')).toBeNull();
    expect(states('2026-02-10T10:00:00+01:00')).toEqual([true, true, null]);
    expect(states('2026-02-12T09:59:59.999+01:00')).toEqual([true, true, null]);
    expect(states('2026-02-12T10:00:00+01:00')).toEqual([true, false, '2026-02-12T10:00:00+01:00']);
  });
});

describe('CB-WHO: chargebacks in every state, at the moments around them', () => {
  const asOf = '2026-02-20T12:00:00+01:00';
  const filed = (id: string, reason: string, at = '2026-02-10T10:00:00+01:00') => ({
    type: 'chargeback.filed',
    at,
    chargebackId: id,
    orderId: 'A',
    reason,
  });
  it.each([
    ['CB-WHO: a service chargeback counts', [filed('B1', 'service')], 1],
    ['CB-WHO: a fraud chargeback is Amazon’s', [filed('B1', 'fraud')], 0],
    ['CB-WHO: a fraud and a service chargeback', [filed('B1', 'fraud'), filed('B2', 'service')], 1],
    [
      'CB-WHO: an answered service chargeback still counts',
      [filed('B1', 'service'), { type: 'chargeback.answered', at: asOf, chargebackId: 'B1' }],
      1,
    ],
    ['CB-WHO: filed exactly at the moment counts', [filed('B1', 'service', asOf)], 1],
    [
      'CB-WHO: filed a millisecond after the moment does not count yet',
      [filed('B1', 'service', '2026-02-20T12:00:00.001+01:00')],
      0,
    ],
  ])('%s', (_name, chargebacks, expected) => {
    expect(readEveryWay({ asOf, events: [order, ...chargebacks] }, odrOf)).toEqual({
      orders: 1,
      defective: expected,
      claims: 0,
      negativeFeedback: 0,
      chargebacks: expected,
    });
  });
});

describe('ODR-DEF: an order counts from the instant it is placed', () => {
  const claim = {
    type: 'claim.filed',
    at: '2026-02-20T12:00:00+01:00',
    claimId: 'C',
    orderId: 'B',
  };
  const events = [order, placed('B', '2026-02-20T12:00:00+01:00', { fulfillment: 'FBA' }), claim];
  it.each([
    ['a millisecond before B is placed: A alone', '2026-02-20T11:59:59.999+01:00', 1, 0],
    [
      'the instant B is placed (and its claim filed): both, one defective',
      '2026-02-20T12:00:00+01:00',
      2,
      1,
    ],
  ])('%s', (_name, asOf, orders, defective) => {
    expect(readEveryWay({ asOf, events }, odrOf)).toEqual({
      orders,
      defective,
      claims: defective,
      negativeFeedback: 0,
      chargebacks: 0,
    });
  });

  it('ODR-DEF, FBM-CS: FBA and FBM orders both count, each in its own share', () => {
    const events = [
      order,
      placed('B', '2026-02-10T10:00:00+01:00'),
      { type: 'claim.filed', at: '2026-02-11T10:00:00+01:00', claimId: 'C', orderId: 'B' },
    ];
    const health = readEveryWay({ asOf: '2026-02-20T12:00:00+01:00', events }, (reading) =>
      reading.explain().odr.ordersWithDefects.map((line) => [line.orderId, line.fulfillment]),
    );
    expect(health).toEqual([['B', 'FBM']]);
  });
});
