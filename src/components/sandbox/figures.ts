/** How the sandbox writes its figures: every rate with two decimals, days as `when` writes them. */
import { when } from '../../lib/format.ts';

const fixedPercentFormat = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A rate as a percentage with two decimals ("1.05%", "0.00%"), or "—" when nothing is counted. */
export function fixedPercent(rate: number | null): string {
  return rate === null ? '—' : fixedPercentFormat.format(rate);
}

/** A calendar day (`2026-03-02`, as the engine names window days) as `when` writes a date. */
export function calendarDay(day: string): string {
  return when(`${day}T12:00:00Z`, 'UTC', 'date');
}

/**
 * The site's names of the two readings and its one sentence about them (src/lib/readings.ts),
 * which the page hands the island: the island then shares no module with the pages that show them.
 */
export interface Readings {
  course: string;
  help: string;
  convention: string;
}
