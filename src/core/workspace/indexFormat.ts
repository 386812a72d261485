import type { EntityType } from '../model';
import type { SeedActorFacts, SeedEventFacts } from './seedFacts';
import { finishSteps, type Steps } from './steps';
import { WORKSPACE_FORMAT_VERSION, type WorkspaceIndex } from './workspaceIndex';

/**
 * The stored form of a workspace index: JSON of the index itself,
 * `{ formatVersion, engine, files: [{ file, hash }], entries: { [hash]: SeedFacts } }`.
 */
export function serializeIndex(index: WorkspaceIndex): string {
  return JSON.stringify(index);
}

/**
 * The stored form in pieces whose concatenation is `serializeIndex(index)`'s JSON (the same value; the same
 * text for an index built by this module): the head with the files, then one piece per entry, then the
 * end. A host that must not block its thread writes it a few pieces at a time.
 */
export function* serializeIndexParts(index: WorkspaceIndex): Generator<string> {
  const head = { formatVersion: index.formatVersion, engine: index.engine, files: index.files };
  yield `${JSON.stringify(head).slice(0, -1)},"entries":{`;
  let first = true;
  for (const [hash, facts] of Object.entries(index.entries)) {
    yield `${first ? '' : ','}${JSON.stringify(hash)}:${JSON.stringify(facts)}`;
    first = false;
  }
  yield '}}';
}

/**
 * Reads a stored index. It is read whole or not at all: another format version, another engine (when
 * `engine` is given), invalid JSON or any malformed part gives `{ problem }` in one line, and the host
 * then indexes from scratch. Nothing of a rejected index is used.
 */
export function deserializeIndex(json: string, engine?: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'the index is not valid JSON' };
  }
  return finishSteps(checkedIndex(value, engine));
}

type Read = { readonly index: WorkspaceIndex } | { readonly problem: string };

/**
 * Between the pieces of `serializeIndexParts`, a host may store this: JSON whitespace, so the text is the
 * same value for `deserializeIndex`, and `deserializeIndexSteps` reads it a piece at a time.
 */
export const INDEX_PIECE_SEPARATOR = '\n';

/**
 * `deserializeIndex` in steps, the same result: a text stored as `serializeIndexParts` joined by
 * INDEX_PIECE_SEPARATOR is parsed a piece (an entry) at a time and checked an entry at a time, so a host
 * that must not block its thread reads megabytes without holding it; any other text is read whole.
 */
export function* deserializeIndexSteps(json: string, engine?: string): Steps<Read> {
  const pieces = json.split(INDEX_PIECE_SEPARATOR);
  if (pieces.length < 3 || pieces[pieces.length - 1] !== '}}') return deserializeIndex(json, engine);
  let value: Record<string, unknown>;
  const entries: Record<string, unknown> = {};
  try {
    value = JSON.parse(`${pieces[0]}}}`) as Record<string, unknown>;
    for (let i = 1; i < pieces.length - 1; i++) {
      const piece = i === 1 ? pieces[i] : pieces[i].replace(/^,/, '');
      const entry = JSON.parse(`{${piece}}`) as Record<string, unknown>;
      const keys = Object.keys(entry);
      if (keys.length !== 1 || Object.hasOwn(entries, keys[0])) return deserializeIndex(json, engine);
      entries[keys[0]] = entry[keys[0]];
      yield;
    }
  } catch {
    // Not pieces as stored (edited by hand?): read as any JSON, whole.
    return deserializeIndex(json, engine);
  }
  if (isRecord(value)) value.entries = entries;
  return yield* checkedIndex(value, engine);
}

/** The index a parsed value is, or why it is none. */
function* checkedIndex(value: unknown, engine: string | undefined): Steps<Read> {
  if (!isRecord(value)) return { problem: 'the index is not a JSON object' };
  if (value.formatVersion !== WORKSPACE_FORMAT_VERSION) {
    return {
      problem: `the index has format version ${JSON.stringify(value.formatVersion) ?? 'none'}; this Seed Reader reads version ${WORKSPACE_FORMAT_VERSION}`,
    };
  }
  if (typeof value.engine !== 'string') return { problem: 'the index names no engine' };
  if (engine !== undefined && value.engine !== engine) return { problem: `the index was made by "${value.engine}", not "${engine}"` };
  const problem = yield* filesProblem(value.files, value.entries);
  if (problem) return { problem };
  return { index: value as unknown as WorkspaceIndex };
}

function* filesProblem(files: unknown, entries: unknown): Steps<string | undefined> {
  if (!Array.isArray(files)) return '"files" is not a list';
  if (!isRecord(entries)) return '"entries" is not an object';
  const used = new Set<string>();
  let previous: string | undefined;
  for (const [i, f] of files.entries()) {
    if (!isRecord(f) || typeof f.file !== 'string' || typeof f.hash !== 'string') return `files[${i}] is not { file, hash }`;
    if (previous !== undefined && !(previous < f.file)) return `files[${i}] (${f.file}) is out of order or repeated`;
    if (!Object.hasOwn(entries, f.hash)) return `files[${i}] (${f.file}) has no entry`;
    previous = f.file;
    used.add(f.hash);
  }
  for (const [hash, facts] of Object.entries(entries)) {
    if (!used.has(hash)) return `entry ${hash} belongs to no file`;
    const problem = factsProblem(facts);
    if (problem) return `entry ${hash}: ${problem}`;
    yield;
  }
  return undefined;
}

const TYPES: ReadonlySet<unknown> = new Set<EntityType>(['PERSON', 'ORG', 'PLACE', 'MISC']);

function factsProblem(facts: unknown): string | undefined {
  if (!isRecord(facts)) return 'not an object';
  if (typeof facts.title !== 'string') return 'no title';
  const ref = facts.reference;
  if (!isRecord(ref) || typeof ref.source !== 'string' || !(ref.value === undefined || typeof ref.value === 'string'))
    return 'reference is not { source, value? }';
  if (!isStrings(facts.seeAlso)) return 'seeAlso is not a list of strings';
  if (!Array.isArray(facts.actors)) return 'actors is not a list';
  for (const [i, a] of facts.actors.entries()) if (!isActor(a)) return `actors[${i}] is malformed`;
  if (!Array.isArray(facts.events)) return 'events is not a list';
  for (const [i, e] of facts.events.entries()) if (!isEvent(e)) return `events[${i}] is malformed`;
  return undefined;
}

function isActor(a: unknown): a is SeedActorFacts {
  return (
    isRecord(a) &&
    typeof a.id === 'string' &&
    TYPES.has(a.type) &&
    typeof a.name === 'string' &&
    isStrings(a.aliases) &&
    Array.isArray(a.mentions) &&
    a.mentions.every(m => Array.isArray(m) && m.length === 2 && isOffset(m[0]) && isOffset(m[1]) && m[0] <= m[1])
  );
}

function isEvent(e: unknown): e is SeedEventFacts {
  return (
    isRecord(e) &&
    isOffset(e.start) &&
    isOffset(e.end) &&
    typeof e.text === 'string' &&
    typeof e.summary === 'string' &&
    isRecord(e.date) &&
    typeof e.date.text === 'string' &&
    typeof e.date.value === 'string' &&
    isStrings(e.actors)
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(s => typeof s === 'string');
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
