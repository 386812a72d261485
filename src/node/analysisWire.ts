/**
 * How an Analysis crosses the thread boundary. Structured clone of a 1 MB document's Analysis (about
 * 90,000 small objects) costs the receiving thread ~75 ms, and deep-freezing the copy ~40 ms more. JSON
 * parses faster, and most of its bytes are `text` fields that only repeat the document: every
 * `{start, end, text}` whose text is `source.slice(start, end)` travels as `text: 0`, and the receiver,
 * which has the source, puts the slice back in the same walk that freezes each object.
 */
import type { Analysis } from '../core';

/** Marks a `text` field left out because it equals the source between `start` and `end`. */
const SLICE = 0;

/** The wire form of `analysis` of `source` (run in the worker). */
export function encodeAnalysis(analysis: Analysis, source: string): string {
  return JSON.stringify(analysis, function (this: Record<string, unknown>, key: string, value: unknown) {
    return key === 'text' && typeof this.start === 'number' && typeof this.end === 'number' && value === source.slice(this.start, this.end as number)
      ? SLICE
      : value;
  });
}

/** The deep-frozen Analysis of `source` that `wire` encodes (run on the receiving thread). */
export function decodeAnalysis(wire: string, source: string): Analysis {
  return restore(JSON.parse(wire), source) as Analysis;
}

function restore(value: unknown, source: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) restore(value[i], source);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) restore(record[key], source);
    if (record.text === SLICE && typeof record.start === 'number' && typeof record.end === 'number') record.text = source.slice(record.start, record.end);
  }
  return Object.freeze(value);
}
