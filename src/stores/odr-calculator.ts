/**
 * State of one ODR calculator in a lesson: the trainee's orders and defects in, the engine's
 * answer out. The figure comes from the rules engine; this module only holds inputs.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  odrCalculator,
  odrFigures,
  type OdrCalculatorResult,
  type OdrFigures,
  type OrderDefects,
  type ProfileName,
} from '../engine/index.ts';
import { LESSON_EXAMPLE_NOW } from './lesson-example.ts';

/** A kind of defect the trainee can tick on an order. */
export type DefectKind = keyof OrderDefects;

/** The calculator's answer, or why there is none. */
type OdrAnswer = { ok: true; result: OdrCalculatorResult } | { ok: false; message: string };

/** Largest order count the calculator accepts. */
export const MAX_ORDERS = 100_000;

/** One calculator's stores and intents. */
export interface OdrCalculatorStore {
  /** The profile's ODR figures (target, negative star band) for the labels. */
  figures: OdrFigures;
  $orders: ReadableAtom<number>;
  $defectiveOrders: ReadableAtom<OrderDefects[]>;
  $answer: ReadableAtom<OdrAnswer>;
  setOrders(count: number): void;
  addDefectiveOrder(): void;
  removeDefectiveOrder(index: number): void;
  toggleDefect(index: number, kind: DefectKind): void;
}

/** Creates the state of one calculator, starting from a lesson's example, under a profile. */
export function createOdrCalculator(
  orders: number,
  defectiveOrders: OrderDefects[],
  profile: ProfileName = 'course',
  asOf: string = LESSON_EXAMPLE_NOW,
): OdrCalculatorStore {
  const $orders = atom(orders);
  const $defectiveOrders = atom<OrderDefects[]>(defectiveOrders.map((defects) => ({ ...defects })));
  const $answer = computed([$orders, $defectiveOrders], (count, defects): OdrAnswer => {
    if (!Number.isInteger(count) || count < 1 || count > MAX_ORDERS) {
      return {
        ok: false,
        message: `Enter a whole number of orders from 1 to ${MAX_ORDERS.toLocaleString('en')}.`,
      };
    }
    if (defects.length > count) {
      return {
        ok: false,
        message: `You listed ${defects.length} orders with defects but only ${count} orders in all.`,
      };
    }
    return { ok: true, result: odrCalculator({ orders: count, defects, profile, asOf }) };
  });
  return {
    figures: odrFigures(profile),
    $orders,
    $defectiveOrders,
    $answer,
    setOrders: (count) => $orders.set(count),
    addDefectiveOrder: () => $defectiveOrders.set([...$defectiveOrders.get(), { claim: true }]),
    removeDefectiveOrder: (index) =>
      $defectiveOrders.set($defectiveOrders.get().filter((_, position) => position !== index)),
    toggleDefect: (index, kind) =>
      $defectiveOrders.set(
        $defectiveOrders
          .get()
          .map((defects, position) =>
            position === index ? { ...defects, [kind]: !defects[kind] } : defects,
          ),
      ),
  };
}
