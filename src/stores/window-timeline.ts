/** State of one window timeline in a lesson: a steady account's defective orders in, the engine's timeline out. */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  odrTimelineCalculator,
  type TimelineDefect,
  type TimelineResult,
} from '../engine/index.ts';

/** The timeline, or why there is none. */
export type TimelineAnswer = { ok: true; result: TimelineResult } | { ok: false; message: string };

/** One timeline's stores and intents. */
export interface WindowTimelineStore {
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
): WindowTimelineStore {
  const $ordersPerDay = atom(ordersPerDay);
  const $defects = atom<TimelineDefect[]>(defects.map((defect) => ({ ...defect })));
  const $answer = computed([$ordersPerDay, $defects], (perDay, list): TimelineAnswer => {
    if (!Number.isInteger(perDay) || perDay < 1 || perDay > 200)
      return { ok: false, message: 'Enter a whole number of orders per day from 1 to 200.' };
    if (
      list.some(
        (defect) => !Number.isInteger(defect.daysAgo) || defect.daysAgo < 0 || defect.daysAgo > 59,
      )
    ) {
      return {
        ok: false,
        message: 'Each defective order was placed between 0 and 59 days ago (the 60-day window).',
      };
    }
    return { ok: true, result: odrTimelineCalculator({ ordersPerDay: perDay, defects: list }) };
  });
  return {
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
