/**
 * A min-heap of deadlines: the moments at which a record's metrics or violations can change
 * with time alone (a message's 24 h, an invoice deadline...). The account pops those that
 * passed and re-reads the record's rules.
 */

/** Min-heap of (instant, item) pairs. */
export class DeadlineQueue<T> {
  readonly #times: number[] = [];
  readonly #items: T[] = [];

  /** Number of queued deadlines. */
  get size(): number {
    return this.#times.length;
  }

  /** The earliest queued instant, or +Infinity. */
  peekTime(): number {
    return this.#times.length === 0 ? Infinity : this.#times[0]!;
  }

  /** Queues an item at an instant. */
  push(time: number, item: T): void {
    const times = this.#times;
    const items = this.#items;
    let i = times.length;
    times.push(time);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      items[i] = items[parent]!;
      i = parent;
    }
    times[i] = time;
    items[i] = item;
  }

  /** Removes and returns the earliest item (call only when size > 0). */
  pop(): T {
    const times = this.#times;
    const items = this.#items;
    const top = items[0]!;
    const lastTime = times.pop()!;
    const lastItem = items.pop()!;
    const n = times.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && times[right]! < times[left]! ? right : left;
        if (times[child]! >= lastTime) break;
        times[i] = times[child]!;
        items[i] = items[child]!;
        i = child;
      }
      times[i] = lastTime;
      items[i] = lastItem;
    }
    return top;
  }
}
