/** Display formatting shared by islands and pages (presentation only: no rule lives here). */
import { parseInstant } from '../engine/index.ts';

const percentFormat = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** A rate as a percentage ("3%", "1.33%"), or "n/a" when nothing was counted. */
export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : percentFormat.format(rate);
}

/** A share as a whole percentage ("85%"), for scores; "–" when there is none. */
export function wholePercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A duration as "3 h 20 min" (or "overdue by 2 h 5 min" when negative). */
export function timeLeft(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const text =
    [days ? `${days} d` : '', hours ? `${hours} h` : '', !days && rest ? `${rest} min` : '']
      .filter(Boolean)
      .join(' ') || '0 min';
  return ms < 0 ? `overdue by ${text}` : `${text} left`;
}

/** An instant (ISO-8601 with offset, read by the engine's reader, or epoch ms) as local wall-clock time in a zone: "Mon 9 Mar, 14:05". */
export function localTime(iso: string | number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(typeof iso === 'number' ? iso : parseInstant(iso)));
}
