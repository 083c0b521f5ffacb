/**
 * The daily series as CSV (RFC 4180, comma-separated, one header line): a day per row, each rate
 * as the fraction the engine gives (0.0105 is 1.05%; empty where nothing is counted) beside the
 * counts it divides, so a spreadsheet can check every figure.
 */
import type { DailySeries } from '../engine/index.ts';

const HEADER = [
  'day',
  'odr_rate',
  'odr_orders',
  'odr_defective',
  'idr_rate',
  'idr_orders',
  'idr_defective',
  'late_response_rate',
  'messages',
  'late_messages',
];

/** The series as CSV text (with a final newline). */
export function seriesCsv(series: DailySeries): string {
  const rate = (value: number | null | undefined): string =>
    value === null || value === undefined ? '' : String(value);
  const rows = series.days.map((day, k) =>
    [
      day,
      rate(series.odr[k]),
      series.odrOrders[k],
      series.odrDefective[k],
      rate(series.idr[k]),
      series.idrOrders[k],
      series.idrDefective[k],
      rate(series.lateResponse[k]),
      series.messages[k],
      series.lateMessages[k],
    ].join(','),
  );
  return `${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
