/** State of one invoice deadline calculator: a shipment moment and marketplace in, the engine's deadline out. */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  invoiceDeadlineCalculator,
  type InvoiceDeadlineResult,
  type MarketplaceName,
} from '../engine/index.ts';

/** The calculator's answer, or why there is none. */
export type DeadlineAnswer =
  { ok: true; result: InvoiceDeadlineResult } | { ok: false; message: string };

/** One calculator's stores and intents. */
export interface InvoiceDeadlineStore {
  $shippedAt: ReadableAtom<string>;
  $marketplace: ReadableAtom<MarketplaceName>;
  $answer: ReadableAtom<DeadlineAnswer>;
  setShippedAt(localDateTime: string): void;
  setMarketplace(marketplace: MarketplaceName): void;
}

/** Creates the state of one calculator, starting from a lesson's example. */
export function createInvoiceDeadline(
  shippedAt: string,
  marketplace: MarketplaceName,
): InvoiceDeadlineStore {
  const $shippedAt = atom(shippedAt);
  const $marketplace = atom<MarketplaceName>(marketplace);
  const $answer = computed([$shippedAt, $marketplace], (moment, market): DeadlineAnswer => {
    if (!moment)
      return { ok: false, message: 'Enter the date and time the shipment was confirmed.' };
    try {
      return { ok: true, result: invoiceDeadlineCalculator(moment, market) };
    } catch {
      return {
        ok: false,
        message:
          'That is not a date and time the calculator understands. Use the date and time picker.',
      };
    }
  });
  return {
    $shippedAt,
    $marketplace,
    $answer,
    setShippedAt: (localDateTime) => $shippedAt.set(localDateTime),
    setMarketplace: (market) => $marketplace.set(market),
  };
}
