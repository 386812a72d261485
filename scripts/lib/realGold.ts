/**
 * The project's hand annotation of the shared real seeds (test/gold/real/*.jsonl): offsets and labels keyed
 * by file name and the SHA-256 of the page's text, never the text itself (see test/gold/README.md).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { type GoldDoc, readJsonl } from './evalData';
import { type Scored } from './score';

export const REAL_TYPES = ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'];

export interface RealSpan {
  start: number;
  end: number;
  type: string;
  value?: string;
}

/** One page of the gold: its file name in ../shared/seeds/real, the hash of its text, its spans. */
export interface RealGoldPage {
  file: string;
  sha256: string;
  spans: RealSpan[];
}

/** The two sets and the fixed rule that splits them: a page whose file number divides by 3 is held out. */
export const REAL_SETS = [
  { name: 'real seeds dev', file: 'dev.jsonl' },
  { name: 'real seeds test', file: 'test.jsonl' },
] as const;
export const isHeldOut = (file: string): boolean => Number(/^(\d+)_/.exec(file)?.[1]) % 3 === 0;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function readRealGold(file: string): RealGoldPage[] {
  return readJsonl<RealGoldPage>(file);
}

/**
 * What is wrong with one page of the gold, one line each, or nothing: spans sorted and apart, offsets
 * whole numbers with start < end, a known type, a value only on a DATE.
 */
export function realGoldProblems(page: RealGoldPage): string[] {
  const problems: string[] = [];
  if (!/^[0-9a-f]{64}$/.test(page.sha256)) problems.push(`${page.file}: sha256 is not 64 hex digits`);
  let prevEnd = 0;
  page.spans.forEach((s, i) => {
    const at = `${page.file} span ${i} (${s.start}-${s.end})`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start >= s.end) problems.push(`${at}: bad offsets`);
    if (!REAL_TYPES.includes(s.type)) problems.push(`${at}: unknown type ${s.type}`);
    if (s.value !== undefined && s.type !== 'DATE') problems.push(`${at}: a value on a ${s.type}`);
    if (s.start < prevEnd) problems.push(`${at}: starts before the previous span ends (${prevEnd})`);
    prevEnd = Math.max(prevEnd, s.end);
  });
  return problems;
}

/**
 * The gold pages as documents to score, each with the text read from `seedsDir`. A page whose file is
 * missing or whose text no longer has the recorded hash is left out, with one line saying so.
 */
export function realGoldDocs(pages: RealGoldPage[], seedsDir: string): { docs: GoldDoc[]; skipped: string[] } {
  const docs: GoldDoc[] = [];
  const skipped: string[] = [];
  for (const page of pages) {
    const file = path.join(seedsDir, page.file);
    if (!fs.existsSync(file)) {
      skipped.push(`${page.file}: not in ${seedsDir}; page skipped`);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    if (sha256(text) !== page.sha256) {
      skipped.push(`${page.file}: the text's SHA-256 differs from the gold's (the page changed); page skipped`);
      continue;
    }
    const entities = page.spans.map(s => ({ ...s, text: text.slice(s.start, s.end) }));
    docs.push({ id: page.file, text, entities });
  }
  return { docs, skipped };
}

export interface TypeConflict {
  doc: string;
  surface: string;
  types: string[];
}

/**
 * Surfaces (the exact text of a span) given two or more types within one document, in order of first
 * occurrence; each type listed once, in order of first use.
 */
export function typeConflicts(docs: Array<{ id: string; text: string; spans: Scored[] }>): TypeConflict[] {
  const out: TypeConflict[] = [];
  for (const doc of docs) {
    const types = new Map<string, string[]>();
    for (const s of doc.spans) {
      const surface = doc.text.slice(s.start, s.end);
      const seen = types.get(surface) ?? [];
      if (!seen.includes(s.type)) seen.push(s.type);
      types.set(surface, seen);
    }
    for (const [surface, list] of types) if (list.length > 1) out.push({ doc: doc.id, surface, types: list });
  }
  return out;
}
