/**
 * Per-local-day counters behind every rate: orders per placement day (ODR, IDR, PCR),
 * shipments per confirmation day (LSR, VTR), messages per receipt day (late response). A
 * report sums a window of rows (~60), so reading costs the same with 100 or 100,000 orders.
 */
import { DEFECT_BITS, MESSAGE_BITS, ORDER_BITS } from './rules.ts';

/** Columns of the day table. FBA/FBM pairs: the FBM column is the FBA one + 1. */
export const COLUMN = {
  orders: 0,
  defective: 2,
  claims: 4,
  negativeFeedback: 6,
  chargebacks: 8,
  invoiceOnTime: 10,
  invoiceLate: 11,
  invoiceMissing: 12,
  pcrCounted: 13,
  pcrCancelled: 14,
  lsrCounted: 15,
  lsrLate: 16,
  vtrCounted: 17,
  vtrValid: 18,
  messages: 19,
  lateMessages: 20,
} as const;

const COLUMNS = 21;

/** A growable table of integer counters, one row per local day. */
export class DayTable {
  #firstDay = 0;
  #rows = 0;
  #cells = new Int32Array(0);

  /** Adds `delta` to a counter of a day. */
  add(day: number, column: number, delta: number): void {
    let row = day - this.#firstDay;
    if (row < 0 || row >= this.#rows) {
      this.#grow(day);
      row = day - this.#firstDay;
    }
    this.#cells[row * COLUMNS + column]! += delta;
  }

  /** The sum of a column over the days from `from` to `to`, both included. */
  sum(column: number, from: number, to: number): number {
    const first = Math.max(from - this.#firstDay, 0);
    const last = Math.min(to - this.#firstDay, this.#rows - 1);
    let total = 0;
    for (let row = first; row <= last; row++) total += this.#cells[row * COLUMNS + column]!;
    return total;
  }

  /** Sums `count` adjacent columns from `firstColumn` over the days from `from` to `to` into `out` (one pass over the rows). */
  sumColumns(
    firstColumn: number,
    count: number,
    from: number,
    to: number,
    out: Int32Array,
  ): Int32Array {
    out.fill(0, 0, count);
    const first = Math.max(from - this.#firstDay, 0);
    const last = Math.min(to - this.#firstDay, this.#rows - 1);
    const cells = this.#cells;
    for (let row = first; row <= last; row++) {
      const base = row * COLUMNS + firstColumn;
      for (let k = 0; k < count; k++) out[k]! += cells[base + k]!;
    }
    return out;
  }

  /** The first and last day with a row (NaN when empty). */
  get span(): { first: number; last: number } {
    return this.#rows === 0
      ? { first: NaN, last: NaN }
      : { first: this.#firstDay, last: this.#firstDay + this.#rows - 1 };
  }

  /** Adds (sign +1) or removes (-1) an order's contribution bits on its days. */
  addOrder(bits: number, placedDay: number, shippedDay: number, sign: number): void {
    if (bits === 0) return;
    const fbm = bits & ORDER_BITS.fbm ? 1 : 0;
    this.add(placedDay, COLUMN.orders + fbm, sign);
    if (bits & DEFECT_BITS) this.add(placedDay, COLUMN.defective + fbm, sign);
    if (bits & ORDER_BITS.claim) this.add(placedDay, COLUMN.claims + fbm, sign);
    if (bits & ORDER_BITS.negativeFeedback)
      this.add(placedDay, COLUMN.negativeFeedback + fbm, sign);
    if (bits & ORDER_BITS.chargeback) this.add(placedDay, COLUMN.chargebacks + fbm, sign);
    if (bits & ORDER_BITS.invoiceOnTime) this.add(placedDay, COLUMN.invoiceOnTime, sign);
    if (bits & ORDER_BITS.invoiceLate) this.add(placedDay, COLUMN.invoiceLate, sign);
    if (bits & ORDER_BITS.invoiceMissing) this.add(placedDay, COLUMN.invoiceMissing, sign);
    if (bits & ORDER_BITS.pcrCounted) this.add(placedDay, COLUMN.pcrCounted, sign);
    if (bits & ORDER_BITS.pcrCancelled) this.add(placedDay, COLUMN.pcrCancelled, sign);
    if (bits & ORDER_BITS.lsrCounted) this.add(shippedDay, COLUMN.lsrCounted, sign);
    if (bits & ORDER_BITS.lsrLate) this.add(shippedDay, COLUMN.lsrLate, sign);
    if (bits & ORDER_BITS.vtrCounted) this.add(shippedDay, COLUMN.vtrCounted, sign);
    if (bits & ORDER_BITS.vtrValid) this.add(shippedDay, COLUMN.vtrValid, sign);
  }

  /** Adds (+1) or removes (-1) a message's contribution bits on its receipt day. */
  addMessage(bits: number, receivedDay: number, sign: number): void {
    if (bits & MESSAGE_BITS.counted) this.add(receivedDay, COLUMN.messages, sign);
    if (bits & MESSAGE_BITS.late) this.add(receivedDay, COLUMN.lateMessages, sign);
  }

  #grow(day: number): void {
    if (this.#rows === 0) {
      this.#firstDay = day - 64;
      this.#rows = 192;
      this.#cells = new Int32Array(this.#rows * COLUMNS);
      return;
    }
    const lastDay = this.#firstDay + this.#rows - 1;
    const newFirst = day < this.#firstDay ? day - Math.max(64, this.#rows) : this.#firstDay;
    const newLast = day > lastDay ? day + Math.max(64, this.#rows) : lastDay;
    const rows = newLast - newFirst + 1;
    const cells = new Int32Array(rows * COLUMNS);
    cells.set(this.#cells, (this.#firstDay - newFirst) * COLUMNS);
    this.#firstDay = newFirst;
    this.#rows = rows;
    this.#cells = cells;
  }
}
