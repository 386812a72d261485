/**
 * What the extension host thread does per update: receive the worker's reply (copy the message, parse
 * it, restore its text fields and deep-freeze it: AnalysisClient times that as `receiveMs`) and build the
 * decoration ranges (every mention and date grouped by kind, offsets → line/character through a fresh
 * line index, since an edit invalidates the document's). Measured through the real AnalysisClient and
 * worker, over successive one-character edits of one document, as typing produces them.
 */
import * as path from 'path';
import * as v8 from 'v8';
import type { Analysis } from '../src/core';
import { encodeAnalysis } from '../src/node/analysisWire';
import { AnalysisClient, type AnalysisTiming } from '../src/node/analysisClient';
import { ROOT } from './corpus';
import { LineIndex, type Range } from './positions';
import { median, timed } from './stats';

export interface MainThreadCost {
  /** Medians over the edits (the first, cold analysis excluded), ms. */
  readonly copyMs: number;
  readonly receiveMs: number;
  readonly rangesMs: number;
  readonly totalMs: number;
  /** Inside the worker: the analysis of an edited version with the worker's warm cache. */
  readonly workerMs: number;
  /** From analyze() to delivery of an edited version. */
  readonly roundTripMs: number;
  /** The first request: worker start, core and model load, full analysis, delivery. */
  readonly firstRoundTripMs: number;
  readonly ranges: number;
  /** Size of the reply's analysis (a JSON string without the text fields the source repeats). */
  readonly messageMb: number;
  readonly workerFile: string;
}

/** The bundled worker (`npm run bench` builds it first). */
function workerFile(): string {
  return path.join(ROOT, 'dist/analysisWorker.js');
}

/** Sends `texts` as successive versions of one document through a real worker; the first warms it. */
export async function mainThreadCost(texts: readonly string[]): Promise<MainThreadCost> {
  const timings: AnalysisTiming[] = [];
  const file = workerFile();
  const client = new AnalysisClient(file, { onTiming: t => timings.push(t) });
  const steps: Array<{ copy: number; ranges: number }> = [];
  let ranges = 0;
  let messageMb = 0;
  try {
    for (const [i, text] of texts.entries()) {
      const analysis = await client.analyze('bench', i + 1, text);
      if (!analysis) throw new Error(`version ${i + 1} was not delivered`);
      const built = timed(() => decorationRanges(text, analysis));
      ranges = built.result;
      // The reply is a string; the thread copies it out of the message before the client parses it.
      const wire = encodeAnalysis(analysis, text);
      messageMb = wire.length / 1e6;
      const serialized = v8.serialize(wire);
      steps.push({ copy: timed(() => v8.deserialize(serialized)).ms, ranges: built.ms });
    }
  } finally {
    await client.dispose();
  }
  const edits = timings.slice(1);
  const editSteps = steps.slice(1);
  return {
    copyMs: median(editSteps.map(s => s.copy)),
    receiveMs: median(edits.map(t => t.receiveMs)),
    rangesMs: median(editSteps.map(s => s.ranges)),
    totalMs: median(edits.map((t, i) => editSteps[i].copy + t.receiveMs + editSteps[i].ranges)),
    workerMs: median(edits.map(t => t.workerMs)),
    roundTripMs: median(edits.map(t => t.totalMs)),
    firstRoundTripMs: timings[0].totalMs,
    ranges,
    messageMb,
    workerFile: path.relative(ROOT, file),
  };
}

/** The ranges decorations.ts hands to setDecorations: mentions by kind, dates, repeated titles. Returns how many. */
export function decorationRanges(text: string, analysis: Analysis): number {
  const lines = new LineIndex(text);
  const byKind = new Map<string, Range[]>();
  const add = (kind: string, range: Range) => {
    const list = byKind.get(kind);
    if (list) list.push(range);
    else byKind.set(kind, [range]);
  };
  for (const m of analysis.mentions) add(m.type, lines.rangeOf(m));
  for (const d of analysis.dates) add('DATE', lines.rangeOf(d));
  for (const r of analysis.structure.titleRepeats) add('REPEAT', lines.rangeOf(r));
  let n = 0;
  for (const list of byKind.values()) n += list.length;
  return n;
}
