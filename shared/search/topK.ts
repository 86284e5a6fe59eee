/** An item kept, with when it was offered (ties keep that order). */
interface Kept<T> {
  item: T;
  seq: number;
}

/**
 * The best `k` of a stream of items, by a comparison: a heap of at most `k`
 * items whose root is the worst kept, so each item offered costs at most
 * O(log k) and the stream is never sorted whole. Search ranks thousands of
 * hits to answer a page of twenty this way. Items that rank alike keep the
 * order they were offered in, as a stable sort would.
 */
export class TopK<T> {
  /** A heap whose root (index 0) is the worst item kept. */
  private readonly heap: Kept<T>[] = [];
  private offered = 0;

  /**
   * @param k how many items to keep (0 keeps none)
   * @param better whether `a` ranks before `b`
   */
  constructor(
    readonly k: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`A top-k keeps a whole number of items, not ${k}.`);
  }

  /** How many items are kept. */
  get size(): number {
    return this.heap.length;
  }

  /** Keeps the item if it is among the best `k` offered so far. */
  offer(item: T): void {
    const seq = this.offered++;
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ item, seq });
      this.up(heap.length - 1);
      return;
    }
    const worst = heap[0];
    // Most items offered rank below the worst kept: they cost one comparison.
    if (worst !== undefined && this.better(item, worst.item)) {
      heap[0] = { item, seq };
      this.down(0);
    }
  }

  /** The items kept, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.before(a, b) ? -1 : 1)).map((kept) => kept.item);
  }

  /** Whether one kept item ranks before another: by the comparison, then by when it was offered. */
  private before(a: Kept<T>, b: Kept<T>): boolean {
    if (this.better(a.item, b.item)) return true;
    return !this.better(b.item, a.item) && a.seq < b.seq;
  }

  private up(index: number): void {
    const heap = this.heap;
    const kept = heap[index] as Kept<T>;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = heap[parent] as Kept<T>;
      // The root is the worst: a parent ranks after its children.
      if (!this.before(above, kept)) break;
      heap[index] = above;
      index = parent;
    }
    heap[index] = kept;
  }

  private down(index: number): void {
    const heap = this.heap;
    const kept = heap[index] as Kept<T>;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const worse = right < heap.length && this.before(heap[left] as Kept<T>, heap[right] as Kept<T>) ? right : left;
      if (!this.before(kept, heap[worse] as Kept<T>)) break;
      heap[index] = heap[worse] as Kept<T>;
      index = worse;
    }
    heap[index] = kept;
  }
}
