import type { SeedFacts } from './seedFacts';

/**
 * The workspace index: every seed of a folder, known to every other, as one immutable, JSON-serialisable
 * value. It maps each file to the content hash of its text and each hash to the seed's facts.
 *
 * How a host uses it (the extension's watchers and storage, the CLI's worker pool):
 * - **Build:** analyse each seed, then `updateIndex(emptyIndex(engine), { set: [{ file, hash, facts }] })`
 *   with `hash = contentHash(text)` and `facts = seedFacts(analyzeSeed(text, …))`. Batch the changes: one
 *   update costs time linear in the files of the index.
 * - **Warm start:** `serializeIndex` into storage; on the next start `deserializeIndex(json, engine)`
 *   gives the index back, or a reason it cannot (another format version, another engine, a damaged file)
 *   and then the host starts empty. A file whose text hashes to the stored hash needs no analysis:
 *   `factsOf(index, hash)` has its facts.
 * - **Incremental:** on a save, create, delete or rename, `updateIndex` with `set` and `remove`. Facts
 *   are shared by content, so a renamed or copied seed is never analysed again.
 * - **Shards:** indexes of disjoint sets of files combine with `mergeIndexes`; the result is the index of
 *   all of them (the same value, whatever the order of the parts).
 * - **Read:** `linkActors` (one actor across seeds), `workspaceTimeline` (every event in time order),
 *   `resolveSeeAlso` (a headline → the seed with that title), `describeWorkspace` (all three, as the CLI
 *   prints them). They are pure functions of the index, linear in its size, and recomputed after an update.
 */
export interface WorkspaceIndex {
  /** `WORKSPACE_FORMAT_VERSION` when the index was written. */
  readonly formatVersion: number;
  /**
   * What produced the facts, chosen by the host (e.g. "seed-reader 0.1.0"): facts from another analyser
   * are stale even when the format is the same, so a stored index of another engine is not read.
   */
  readonly engine: string;
  /** Every seed, sorted by file (a host's path or URI, compared as strings); `hash` keys `entries`. */
  readonly files: readonly { readonly file: string; readonly hash: string }[];
  /** The facts of each distinct text, by content hash; exactly the hashes `files` uses. */
  readonly entries: Readonly<Record<string, SeedFacts>>;
}

/** The shape of the index and its facts. Raise it with any change to them: a stored index of another version is not read. */
export const WORKSPACE_FORMAT_VERSION = 1;

/** A seed to add or replace. */
export interface IndexedSeed {
  readonly file: string;
  readonly hash: string;
  readonly facts: SeedFacts;
}

/** An index with no seeds. */
export function emptyIndex(engine: string): WorkspaceIndex {
  return { formatVersion: WORKSPACE_FORMAT_VERSION, engine, files: [], entries: {} };
}

/**
 * A new index with `set` added or replaced and the files of `remove` gone (a file both removed and set
 * is set). Entries no file uses any more are dropped. The given index is not changed.
 */
export function updateIndex(index: WorkspaceIndex, changes: { readonly set?: readonly IndexedSeed[]; readonly remove?: readonly string[] }): WorkspaceIndex {
  const files = new Map(index.files.map(f => [f.file, f.hash]));
  const facts = new Map(Object.entries(index.entries));
  for (const file of changes.remove ?? []) files.delete(file);
  for (const seed of changes.set ?? []) {
    files.set(seed.file, seed.hash);
    facts.set(seed.hash, seed.facts);
  }
  return build(index.engine, files, facts);
}

/** The content hash the index holds for `file`, or undefined. */
export function hashOf(index: WorkspaceIndex, file: string): string | undefined {
  let lo = 0;
  let hi = index.files.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = index.files[mid].file;
    if (at === file) return index.files[mid].hash;
    if (at < file) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The facts stored for a content hash, or undefined: a text the index has seen needs no analysis. */
export function factsOf(index: WorkspaceIndex, hash: string): SeedFacts | undefined {
  return Object.hasOwn(index.entries, hash) ? index.entries[hash] : undefined;
}

/** Every seed with its facts, in file order. */
export function indexedSeeds(index: WorkspaceIndex): { readonly file: string; readonly facts: SeedFacts }[] {
  return index.files.map(f => ({ file: f.file, facts: index.entries[f.hash] }));
}

/**
 * The index of all the parts' files: what indexing them together gives. Refused with a reason when the
 * parts come from different engines or give one file two different texts.
 */
export function mergeIndexes(parts: readonly WorkspaceIndex[]): { readonly index: WorkspaceIndex } | { readonly problem: string } {
  if (parts.length === 0) return { problem: 'no index to merge' };
  const engine = parts[0].engine;
  const files = new Map<string, string>();
  const facts = new Map<string, SeedFacts>();
  for (const [n, part] of parts.entries()) {
    if (part.engine !== engine) return { problem: `part ${n + 1} was made by "${part.engine}", part 1 by "${engine}"` };
    for (const { file, hash } of part.files) {
      const known = files.get(file);
      if (known !== undefined && known !== hash) return { problem: `${file} has different texts in two parts` };
      files.set(file, hash);
      facts.set(hash, part.entries[hash]);
    }
  }
  return { index: build(engine, files, facts) };
}

/** The index of `files`, sorted, with the entries they use. */
function build(engine: string, files: ReadonlyMap<string, string>, facts: ReadonlyMap<string, SeedFacts>): WorkspaceIndex {
  const sorted = [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([file, hash]) => ({ file, hash }));
  const used = [...new Set(sorted.map(f => f.hash))].sort();
  return { formatVersion: WORKSPACE_FORMAT_VERSION, engine, files: sorted, entries: Object.fromEntries(used.map(h => [h, facts.get(h)!])) };
}
