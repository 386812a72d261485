import type { EntityType, MentionType } from '../model';
import { CORRECTIONS_VERSION, type Correction, type CorrectionsFile } from './model';

/**
 * A corrections file as read: the corrections that could be read, and when anything is wrong, `problem`
 * saying what and where in one line. A file with a problem is read-only: nothing may overwrite it.
 */
export interface ReadCorrections {
  readonly file: CorrectionsFile;
  readonly problem?: string;
}

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];
const MENTION_TYPES: readonly MentionType[] = [...ENTITY_TYPES, 'DATE'];

/** An empty file of the current version. */
export function emptyCorrections(): CorrectionsFile {
  return { version: CORRECTIONS_VERSION, corrections: [] };
}

/** The text of a corrections file: two-space JSON, one trailing newline, so that diffs stay small. */
export function serializeCorrections(file: CorrectionsFile): string {
  return JSON.stringify({ version: file.version, corrections: file.corrections }, null, 2) + '\n';
}

/**
 * Reads the text of a corrections file. Never throws. Invalid JSON gives no corrections; a file of a newer
 * version, or with an entry it cannot read, gives the entries it can read (they still apply) and a problem.
 */
export function parseCorrections(text: string): ReadCorrections {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { file: emptyCorrections(), problem: `not valid JSON: ${(e as Error).message}` };
  }
  if (!isObject(value)) return { file: emptyCorrections(), problem: 'expected an object with "version" and "corrections"' };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { file: emptyCorrections(), problem: '"version" must be a whole number from 1' };
  }
  if (!Array.isArray(value.corrections)) return { file: { version, corrections: [] }, problem: '"corrections" must be an array' };
  const corrections: Correction[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  value.corrections.forEach((entry: unknown, i: number) => {
    const wrong = entryProblem(entry);
    const id = isObject(entry) ? entry.id : undefined;
    if (wrong === undefined && ids.has(id as string)) problems.push(`corrections[${i}]: the id "${id as string}" is used twice`);
    else if (wrong !== undefined) problems.push(`corrections[${i}]${wrong}`);
    else {
      ids.add(id as string);
      corrections.push(entry as Correction);
    }
  });
  const newer = version > CORRECTIONS_VERSION ? `written for schema version ${version}; this Seed Reader reads version ${CORRECTIONS_VERSION}` : undefined;
  const problem = newer ?? (problems.length ? problems[0] + (problems.length > 1 ? ` (and ${problems.length - 1} more)` : '') : undefined);
  return { file: { version, corrections }, ...(problem ? { problem } : {}) };
}

/** What is wrong with one entry, as a path suffix and a reason (".type: …"), or undefined when it is right. */
function entryProblem(e: unknown): string | undefined {
  if (!isObject(e)) return ': expected an object';
  if (typeof e.id !== 'string' || e.id === '') return '.id: expected a non-empty string';
  if (e.seed !== undefined && (typeof e.seed !== 'string' || e.seed === '')) return '.seed: expected a non-empty path';
  switch (e.kind) {
    case 'relabel':
      return stringField(e, 'name') ?? oneOf(e, 'type', ENTITY_TYPES);
    case 'rename':
      return stringField(e, 'name') ?? stringField(e, 'to');
    case 'dismiss':
      return stringField(e, 'name');
    case 'merge':
      return stringField(e, 'name') ?? stringField(e, 'into');
    case 'add':
      return (
        stringField(e, 'seed') ??
        anchorProblem(e.anchor) ??
        oneOf(e, 'type', MENTION_TYPES) ??
        (e.value !== undefined && typeof e.value !== 'string' ? '.value: expected a string' : undefined)
      );
    case 'dismissMention':
    case 'split':
      return stringField(e, 'seed') ?? anchorProblem(e.anchor);
    default:
      return `.kind: "${String(e.kind)}" is not one of relabel, rename, dismiss, merge, add, dismissMention, split`;
  }
}

function anchorProblem(a: unknown): string | undefined {
  if (!isObject(a)) return '.anchor: expected an object';
  for (const key of ['quote', 'prefix', 'suffix', 'textHash'] as const) {
    if (typeof a[key] !== 'string') return `.anchor.${key}: expected a string`;
  }
  if (a.quote === '') return '.anchor.quote: expected a non-empty string';
  if (typeof a.start !== 'number' || !Number.isInteger(a.start) || a.start < 0) return '.anchor.start: expected a whole number from 0';
  return undefined;
}

function stringField(e: Record<string, unknown>, key: string): string | undefined {
  return typeof e[key] === 'string' && e[key] !== '' ? undefined : `.${key}: expected a non-empty string`;
}

function oneOf(e: Record<string, unknown>, key: string, allowed: readonly string[]): string | undefined {
  return allowed.includes(e[key] as string) ? undefined : `.${key}: "${String(e[key])}" is not one of ${allowed.join(', ')}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A correction before it has an id. */
export type NewCorrection = { [K in Correction['kind']]: Omit<Extract<Correction, { kind: K }>, 'id'> }[Correction['kind']];

/**
 * `file` with `correction` appended under a fresh id (`c` and the next number after the highest in use),
 * for the editor's commands.
 */
export function withCorrection(file: CorrectionsFile, correction: NewCorrection): CorrectionsFile {
  const highest = Math.max(0, ...file.corrections.map(c => (/^c(\d+)$/.exec(c.id) ? Number(c.id.slice(1)) : 0)));
  return { version: file.version, corrections: [...file.corrections, { ...correction, id: `c${highest + 1}` }] };
}

/** `file` without the correction `id` (the Corrections view's delete); the last one when `id` is absent (Undo Last Correction). */
export function withoutCorrection(file: CorrectionsFile, id?: string): CorrectionsFile {
  const at = id === undefined ? file.corrections.length - 1 : file.corrections.findIndex(c => c.id === id);
  if (at < 0) return file;
  return { version: file.version, corrections: file.corrections.filter((_, i) => i !== at) };
}
