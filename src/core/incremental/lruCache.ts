/**
 * A bounded map that forgets the least recently used entries first. It counts hits and misses, so callers
 * (and tests) can see how much work a cache saved.
 *
 * Two bounds: `capacity` entries, and `maxChars` characters of keys (a cache keyed by texts holds values
 * that grow with their text, so one huge key weighs as much as many small ones). A hit only stamps the
 * entry with the time of use (moving it within the Map on every hit costs more than the lookup). When
 * either bound is passed by a tenth, the entries with the oldest stamps are dropped until both hold
 * again, so eviction is rare and cheap over time.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private clock = 0;
  private chars = 0;
  private hitCount = 0;
  private missCount = 0;

  constructor(
    readonly capacity: number,
    readonly maxChars = Infinity,
  ) {
    if (!(capacity >= 1)) throw new RangeError(`an LRU cache needs a capacity of at least 1, not ${capacity}`);
    if (!(maxChars >= 1)) throw new RangeError(`an LRU cache needs room for at least 1 character, not ${maxChars}`);
  }

  /**
   * The value for `key`, now the most recently used; undefined (a miss) when absent, or when `accept`
   * turns the stored value down (a key that is only part of what the value depends on).
   */
  get(key: string, accept?: (value: V) => boolean): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || (accept !== undefined && !accept(entry.value))) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    entry.used = ++this.clock;
    return entry.value;
  }

  /** The value for `key`, computing and storing it on a miss (see `get` for `accept`). */
  getOrSet(key: string, compute: () => V, accept?: (value: V) => boolean): V {
    const known = this.get(key, accept);
    if (known !== undefined) return known;
    const value = compute();
    this.set(key, value);
    return value;
  }

  /**
   * Stores `value` as the most recently used entry, evicting the least recently used beyond the capacity.
   * The key is stored as its own copy: a key cut from a document would keep the whole document alive.
   */
  set(key: string, value: V): void {
    const known = this.entries.get(key);
    if (known) known.value = value;
    else this.chars += key.length;
    this.entries.set(known ? key : detach(key), { value, used: ++this.clock });
    if (this.entries.size > this.capacity * 1.1 || this.chars > this.maxChars * 1.1) this.evict();
  }

  /** How many entries it holds (at most a tenth over the capacity between evictions). */
  get size(): number {
    return this.entries.size;
  }

  /** How many characters its keys hold. */
  get keyChars(): number {
    return this.chars;
  }

  get hits(): number {
    return this.hitCount;
  }

  get misses(): number {
    return this.missCount;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  /** Drops the least recently used entries until both bounds hold. */
  private evict(): void {
    const byAge = [...this.entries].sort((a, b) => a[1].used - b[1].used);
    let drop = 0;
    for (; drop < byAge.length - 1 && (byAge.length - drop > this.capacity || this.chars > this.maxChars); drop++) {
      this.chars -= byAge[drop][0].length;
      this.entries.delete(byAge[drop][0]);
    }
  }
}

/**
 * A copy of `s` that does not share memory with the string it was cut from. V8 keeps a slice (and a string
 * joined from slices) as a view of its source, so a cached slice of one version of a document would keep
 * that whole version in memory; values kept in a cache must not hold such views either.
 */
export function detach(s: string): string {
  return ` ${s}`.slice(1);
}
