/**
 * Reports of an account at a reading's moment, for the sandbox: the same account judged by the
 * other marketplaces' packs, and Amazon's account health report. Functions of a reading rather
 * than methods on it, so an island that does not use them does not carry them.
 */
import { accountHealthExport } from './account-health-export.ts';
import type { AccountHealthExport } from './account-health-export.ts';
import { judgeSideBySide } from './marketplace-packs.ts';
import type { SideBySide } from './marketplace-packs.ts';
import { readingView } from './read-model.ts';
import type { AccountReading } from './read-model.ts';

/** The account at the reading's moment judged by Amazon's report, Kaufland's reply rule and eBay's bands. @see RESP-KAUFLAND @see EBAY-BANDS */
export function sideBySideOf(reading: AccountReading): SideBySide {
  return judgeSideBySide(readingView(reading), reading.asOf);
}

/** The account at the reading's moment as Amazon's account health report (SP-API schema 2020-11-18). @see AHR */
export function accountHealthOf(reading: AccountReading): AccountHealthExport {
  return accountHealthExport(readingView(reading));
}
