/**
 * State of one ODR calculator in a lesson: the trainee's orders and defects in, the engine's
 * answer out. The figure comes from the rules engine; this module only holds inputs.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { odrCalculator, type OdrCalculatorResult, type OrderDefects } from '../engine/index.ts';

/** A kind of defect the trainee can tick on an order. */
export type DefectKind = keyof OrderDefects;

/** The calculator's answer, or why there is none. */
export type OdrAnswer = { ok: true; result: OdrCalculatorResult } | { ok: false; message: string };

/** Largest order count the calculator accepts. */
export const MAX_ORDERS = 100_000;

/** One calculator's stores and intents. */
export interface OdrCalculatorStore {
  $orders: ReadableAtom<number>;
  $defectiveOrders: ReadableAtom<OrderDefects[]>;
  $answer: ReadableAtom<OdrAnswer>;
  setOrders(count: number): void;
  addDefectiveOrder(): void;
  removeDefectiveOrder(index: number): void;
  toggleDefect(index: number, kind: DefectKind): void;
}

/** Creates the state of one calculator, starting from a lesson's example. */
export function createOdrCalculator(
  orders: number,
  defectiveOrders: OrderDefects[],
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
    return { ok: true, result: odrCalculator({ orders: count, defects }) };
  });
  return {
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
