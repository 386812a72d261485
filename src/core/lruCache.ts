/**
 * A bounded map that forgets the least recently used entries first. It counts hits and misses, so callers
 * (and tests) can see how much work a cache saved.
 *
 * A hit only stamps the entry with the time of use (moving it within the Map on every hit costs more than
 * the lookup). When the map grows a tenth past its capacity, the entries with the oldest stamps are
 * dropped until it holds `capacity` again, so eviction is rare and cheap over time.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private clock = 0;
  private hitCount = 0;
  private missCount = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`an LRU cache needs a capacity of at least 1, not ${capacity}`);
  }

  /** The value for `key`, now the most recently used; undefined (a miss) when absent. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    entry.used = ++this.clock;
    return entry.value;
  }

  /** Stores `value` as the most recently used entry, evicting the least recently used beyond the capacity. */
  set(key: string, value: V): void {
    this.entries.set(key, { value, used: ++this.clock });
    if (this.entries.size > this.capacity + Math.floor(this.capacity / 10)) this.evict();
  }

  /** How many entries it holds (at most a tenth over the capacity between evictions). */
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

  private evict(): void {
    const stamps = [...this.entries.values()].map(e => e.used).sort((a, b) => a - b);
    const keepFrom = stamps[stamps.length - this.capacity];
    for (const [key, entry] of this.entries) if (entry.used < keepFrom) this.entries.delete(key);
  }
}
