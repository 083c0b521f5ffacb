/** Display formatting shared by islands and pages (presentation only: no rule lives here). */

const percentFormat = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** A rate as a percentage ("3%", "1.33%"), or "n/a" when nothing was counted. */
export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : percentFormat.format(rate);
}
