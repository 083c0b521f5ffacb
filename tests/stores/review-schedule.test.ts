import { describe, expect, it } from 'vitest';
import {
  dueForReview,
  nextReviewAfterToday,
  scheduleAnswer,
} from '../../src/stores/review-schedule.ts';

const monday = new Date('2026-11-23T09:00:00');
const days = (from: Date, to: string) => (Date.parse(to) - from.getTime()) / 86_400_000;

describe('spaced review schedule (FSRS)', () => {
  it('brings a missed question back the same day', () => {
    const card = scheduleAnswer(undefined, false, monday);
    expect(dueForReview({ q: card }, monday)).toEqual(['q']);
    expect(days(monday, card.due)).toBeLessThan(1);
  });

  it.each([true, false])(
    'ends the day for a question once it is reviewed (answered right: %s)',
    (correct) => {
      const missed = scheduleAnswer(undefined, false, monday);
      const reviewed = scheduleAnswer(missed, correct, new Date('2026-11-23T09:05:00'));
      expect(dueForReview({ q: reviewed }, new Date('2026-11-23T09:06:00'))).toEqual([]);
      expect(dueForReview({ q: reviewed }, new Date('2026-11-23T23:59:00'))).toEqual([]);
      expect(dueForReview({ q: reviewed }, new Date('2026-11-24T08:00:00'))).toEqual(['q']);
    },
  );

  it('spaces a question further out each time it is answered right', () => {
    let card = scheduleAnswer(undefined, false, monday);
    const gaps: number[] = [];
    for (let review = 0; review < 4; review += 1) {
      const now = new Date(Date.parse(card.due));
      card = scheduleAnswer(card, true, now);
      gaps.push(days(now, card.due));
    }
    for (let index = 1; index < gaps.length; index += 1)
      expect(gaps[index]).toBeGreaterThan(gaps[index - 1] ?? 0);
    expect(gaps.at(-1)).toBeGreaterThan(3);
  });

  it('shortens the gap again after a lapse', () => {
    let card = scheduleAnswer(undefined, true, monday);
    card = scheduleAnswer(card, true, new Date(card.due));
    const before = days(new Date(card.last_review ?? ''), card.due);
    card = scheduleAnswer(card, false, new Date(card.due));
    expect(days(new Date(card.last_review ?? ''), card.due)).toBeLessThan(before);
    expect(card.lapses).toBe(1);
  });

  it('gives the same schedule for the same answers (no random fuzz)', () => {
    const first = scheduleAnswer(
      scheduleAnswer(undefined, false, monday),
      true,
      new Date('2026-11-24T09:00:00'),
    );
    const second = scheduleAnswer(
      scheduleAnswer(undefined, false, monday),
      true,
      new Date('2026-11-24T09:00:00'),
    );
    expect(first).toEqual(second);
  });

  it('lists what is due today, most overdue first, and when the next card comes', () => {
    const review = {
      later: { ...scheduleAnswer(undefined, false, monday), due: '2026-11-30T09:00:00.000Z' },
      overdue: { ...scheduleAnswer(undefined, false, monday), due: '2026-11-20T09:00:00.000Z' },
      today: {
        ...scheduleAnswer(undefined, false, monday),
        due: new Date('2026-11-23T18:00:00').toISOString(),
      },
    };
    expect(dueForReview(review, monday)).toEqual(['overdue', 'today']);
    expect(nextReviewAfterToday(review, monday)?.toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });
});
