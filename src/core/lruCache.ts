/**
 * A bounded map that forgets the least recently used entry first. It counts hits and misses, so callers
 * (and tests) can see how much work a cache saved.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  private hitCount = 0;
  private missCount = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`an LRU cache needs a capacity of at least 1, not ${capacity}`);
  }

  /** The value for `key`, now the most recently used; undefined (a miss) when absent. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    // A Map iterates in insertion order: re-inserting moves the key to the young end.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used entry, evicting the oldest ones beyond the capacity. */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }

  get hits(): number {
    return this.hitCount;
  }

  get misses(): number {
    return this.missCount;
  }

  clear(): void {
    this.entries.clear();
  }
}
