/**
 * The same shift read by other marketplaces' rules (a scenario's `compareWith`), from the engine:
 * each message of the shift on Amazon's and Kaufland's reply clocks, and the eBay band of the
 * account's defect rate. Loaded only when a debrief asks for it, so its code is not on the desk
 * until then. @see RESP-KAUFLAND @see EBAY-BANDS
 */
import {
  ebayBand,
  ebayPack,
  historyView,
  kauflandPack,
  odrOf,
  parseInstant,
  replyClocksOf,
  type EbayBand,
  type ReplyClocks,
} from '../engine/index.ts';
import type { DeskRun } from './desk-run.ts';

/** The same shift under other marketplaces' rules. @see RESP-KAUFLAND @see EBAY-BANDS */
export interface MarketplaceComparison {
  /** The shift's messages on both clocks; null when Kaufland is not compared. */
  replies: ReplyClocks[] | null;
  /** Kaufland's reply hours (counted on working days), for the words beside them. */
  kauflandHours: number;
  /**
   * The defect rate (the ODR's defective-order share), its eBay band and the bands' upper bounds;
   * null when eBay is not compared.
   */
  ebay: {
    rate: number | null;
    band: EbayBand | null;
    topRatedMax: number;
    aboveStandardMax: number;
  } | null;
}

/** The comparison the scenario asks for (`compareWith`) as of the run's clock, or null. */
export function comparisonOf(run: DeskRun): MarketplaceComparison | null {
  const compare = run.scenario.compareWith ?? [];
  if (compare.length === 0) return null;
  const view = historyView({
    profile: run.scenario.profile,
    marketplace: run.scenario.marketplace,
    timeZone: run.timeZone,
    asOf: run.now,
    events: [...run.appliedEvents],
  });
  const rate = compare.includes('ebay') ? odrOf(view).rate : null;
  return {
    replies: compare.includes('kaufland')
      ? replyClocksOf(view, parseInstant(run.scenario.start.at))
      : null,
    kauflandHours: kauflandPack.replyHours,
    ebay: compare.includes('ebay')
      ? {
          rate,
          band: ebayBand(rate),
          topRatedMax: ebayPack.topRatedMax,
          aboveStandardMax: ebayPack.aboveStandardMax,
        }
      : null,
  };
}
