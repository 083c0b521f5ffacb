/** State of one window timeline in a lesson: a steady account's defective orders in, the engine's timeline out. */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  odrFigures,
  odrTimelineCalculator,
  timelineMaxDaysAgo,
  type OdrFigures,
  type ProfileName,
  type TimelineDefect,
  type TimelineResult,
} from '../engine/index.ts';
import { LESSON_EXAMPLE_NOW } from './lesson-example.ts';

/** The timeline, or why there is none. */
type TimelineAnswer = { ok: true; result: TimelineResult } | { ok: false; message: string };

/** One timeline's stores and intents. */
export interface WindowTimelineStore {
  /** The profile's ODR figures (window, target) for the labels. */
  figures: OdrFigures;
  /** The most days ago a defective order can be placed and still count. */
  maxDaysAgo: number;
  $ordersPerDay: ReadableAtom<number>;
  $defects: ReadableAtom<TimelineDefect[]>;
  $answer: ReadableAtom<TimelineAnswer>;
  setOrdersPerDay(count: number): void;
  setDaysAgo(index: number, days: number): void;
  addDefect(): void;
  removeDefect(index: number): void;
}

/** Creates the state of one timeline, starting from a lesson's example. */
export function createWindowTimeline(
  ordersPerDay: number,
  defects: TimelineDefect[],
  profile: ProfileName = 'course',
  today: string = LESSON_EXAMPLE_NOW,
): WindowTimelineStore {
  const figures = odrFigures(profile);
  const maxDaysAgo = timelineMaxDaysAgo(profile);
  const $ordersPerDay = atom(ordersPerDay);
  const $defects = atom<TimelineDefect[]>(defects.map((defect) => ({ ...defect })));
  const $answer = computed([$ordersPerDay, $defects], (perDay, list): TimelineAnswer => {
    if (!Number.isInteger(perDay) || perDay < 1 || perDay > 200)
      return { ok: false, message: 'Enter a whole number of orders per day from 1 to 200.' };
    if (
      list.some(
        (defect) =>
          !Number.isInteger(defect.daysAgo) || defect.daysAgo < 0 || defect.daysAgo > maxDaysAgo,
      )
    ) {
      return {
        ok: false,
        message: `Each defective order was placed between 0 and ${maxDaysAgo} days ago (the ${figures.windowDays}-day window${figures.windowEndsDaysBefore > 0 ? ` ending ${figures.windowEndsDaysBefore} days ago` : ''}).`,
      };
    }
    return {
      ok: true,
      result: odrTimelineCalculator({ ordersPerDay: perDay, defects: list, profile, today }),
    };
  });
  return {
    figures,
    maxDaysAgo,
    $ordersPerDay,
    $defects,
    $answer,
    setOrdersPerDay: (count) => $ordersPerDay.set(count),
    setDaysAgo: (index, days) =>
      $defects.set(
        $defects
          .get()
          .map((defect, position) => (position === index ? { ...defect, daysAgo: days } : defect)),
      ),
    addDefect: () => $defects.set([...$defects.get(), { daysAgo: 1, claim: true }]),
    removeDefect: (index) =>
      $defects.set($defects.get().filter((_, position) => position !== index)),
  };
}
