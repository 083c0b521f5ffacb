// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writingOutcome } from '../../src/stores/writing-progress.ts';
import { scheduleWriting } from '../../src/stores/review-schedule.ts';

const monday = new Date('2026-11-23T09:00:00');
const tuesday = new Date('2026-11-24T09:00:00');

/** Fresh copies of the progress store and the writing intents, as a page load would get. */
async function loadStores() {
  vi.resetModules();
  const [progress, writing, drafts, due] = await Promise.all([
    import('../../src/stores/progress.ts'),
    import('../../src/stores/writing-progress.ts'),
    import('../../src/stores/writing-drafts.ts'),
    import('../../src/stores/review-due.ts'),
  ]);
  return { ...progress, ...writing, ...drafts, ...due };
}

beforeEach(() => localStorage.clear());

describe('the outcome of a writing attempt', () => {
  it.each([
    [
      { findings: ['TIP-8 off-platform-payment'], caught: ['TIP-8 off-platform-payment'] },
      'broken',
    ],
    [{ findings: [], caught: ['MSG-CONTACT contact-details'] }, 'fixed'],
    [{ findings: [], caught: [] }, 'clean'],
  ] as const)('%j is %s', (attempt, outcome) => {
    expect(writingOutcome(attempt)).toBe(outcome);
  });
});

describe('scheduling a writing situation for review', () => {
  it('gives no card to a situation written clean the first time', () => {
    expect(scheduleWriting(undefined, 'clean', monday)).toBeUndefined();
  });

  it.each(['broken', 'fixed'] as const)(
    'brings a %s situation back on a later day, never the same day',
    (outcome) => {
      const card = scheduleWriting(undefined, outcome, monday);
      expect(card).toBeDefined();
      expect(Date.parse(card?.due ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-11-24T00:00:00'));
    },
  );

  it('brings a situation still broken back no later than one fixed on the way', () => {
    const broken = scheduleWriting(undefined, 'broken', monday);
    const fixed = scheduleWriting(undefined, 'fixed', monday);
    expect(Date.parse(broken?.due ?? '')).toBeLessThanOrEqual(Date.parse(fixed?.due ?? ''));
  });

  it('spaces a situation out further once it is written clean on review', () => {
    const first = scheduleWriting(undefined, 'broken', monday);
    const review = new Date(Date.parse(first?.due ?? ''));
    const again = scheduleWriting(first, 'clean', review);
    expect(Date.parse(again?.due ?? '') - review.getTime()).toBeGreaterThan(
      Date.parse(first?.due ?? '') - monday.getTime(),
    );
  });
});

describe('writing practice in saved progress', () => {
  it('files a finished attempt with what the final draft broke, and schedules its review', async () => {
    const stores = await loadStores();
    const filed = stores.finishWriting(
      'charged-twice',
      { findings: ['PR-RULES removal-incentive'], caught: ['PR-RULES removal-incentive'] },
      monday,
    );
    const saved = JSON.parse(localStorage.getItem(stores.PROGRESS_KEY) ?? '{}');
    expect(saved.version).toBe(2);
    expect(saved.writing['charged-twice']).toEqual(filed);
    expect(filed).toMatchObject({
      attempts: 1,
      clean: 0,
      lastFindings: ['PR-RULES removal-incentive'],
    });
    expect(stores.writingDueForReview(stores.$progress.get(), monday)).toEqual([]);
    expect(stores.writingDueForReview(stores.$progress.get(), tuesday)).toEqual(['charged-twice']);
  });

  it('counts a clean attempt, keeps the rules caught on the way, and clears the draft under way', async () => {
    const stores = await loadStores();
    stores.saveWritingDraft('spare-filter', 'Sign up to our newsletter', [
      'MSG-PERMITTED marketing',
    ]);
    expect(stores.$progress.get().writingDrafts['spare-filter']?.text).toBe(
      'Sign up to our newsletter',
    );
    const filed = stores.finishWriting(
      'spare-filter',
      { findings: [], caught: ['MSG-PERMITTED marketing', 'MSG-PERMITTED marketing'] },
      monday,
    );
    expect(filed).toMatchObject({
      attempts: 1,
      clean: 1,
      lastFindings: [],
      lastCaught: ['MSG-PERMITTED marketing'],
    });
    expect(filed.review).toBeDefined();
    expect(stores.$progress.get().writingDrafts).toEqual({});
  });

  it('adds attempts up and keeps the card of an earlier attempt when a later one is clean', async () => {
    const stores = await loadStores();
    stores.finishWriting(
      'cracked-vase',
      { findings: ['PR-RULES private-data'], caught: [] },
      monday,
    );
    const second = stores.finishWriting('cracked-vase', { findings: [], caught: [] }, tuesday);
    expect(second).toMatchObject({ attempts: 2, clean: 1 });
    expect(second.review?.reps).toBe(2);
  });

  it('drops an emptied draft', async () => {
    const stores = await loadStores();
    stores.saveWritingDraft('spare-filter', 'Hello', []);
    stores.saveWritingDraft('spare-filter', '  ', []);
    expect(stores.$progress.get().writingDrafts).toEqual({});
  });
});
