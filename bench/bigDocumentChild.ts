/**
 * The child-process side of the big-document figures: one process per size, so each peak is its own.
 * Full analysis (no cache, so the corpus's repeated paragraphs are not free), peak RSS, and for the
 * largest size also the first window, one-character edits with a warm cache, and the main-thread cost of
 * those edits' updates through the real worker.
 */
import * as fs from 'fs';
import { analyzeSeed } from '../src/core/analysis';
import { AnalysisCache } from '../src/core/incremental/analysisCache';
import { repoTagger } from '../scripts/lib/repoModel';
import { buildBigSeed, buildOneLine, offsetOfLine, paragraphsOf } from './bigSeed';
import { benchCorpus, USER_SEED } from './corpus';
import { type MainThreadCost, mainThreadCost } from './mainThread';
import { kilobytes, median, peakRssMb, timed } from './stats';

/** Lines the reader sees first: the window analysed before the rest. */
export const WINDOW_LINES = 60;
/** One-character edits made (in this process, and through the worker). */
export const EDITS = 7;
/**
 * The first edits after a full analysis also compile the code paths that reuse the cache; they are
 * reported on their own, and the edit figure is the median of the ones after them (a reader typing is
 * past them within seconds).
 */
export const WARMUP_EDITS = 2;

export interface BigDocResult {
  readonly kb: number;
  readonly lines: number;
  /** How many times the seed goes through the corpus's paragraphs. */
  readonly cycles: number;
  /** The faster of two full analyses, no cache. */
  readonly fullMs: number;
  /** Peak RSS after warming up (compromise and the model loaded) and after the full analysis, MB. */
  readonly baseRssMb: number;
  readonly peakRssMb: number;
  readonly counts: { mentions: number; dates: number; actors: number; events: number };
  readonly detail?: {
    readonly windowMs: number;
    readonly windowPartialKb: number;
    readonly fullColdCacheMs: number;
    readonly firstEditMs: number;
    readonly editMs: number;
    readonly editMisses: { dates: number; sentences: number };
    readonly mainThread: MainThreadCost;
  };
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

function warmUp(): ReturnType<typeof repoTagger> {
  const tagger = repoTagger();
  const seed = fs.readFileSync(USER_SEED, 'utf8');
  for (let i = 0; i < 3; i++) analyzeSeed(seed, { tagger });
  for (const doc of benchCorpus().docs.slice(0, 20)) analyzeSeed(doc.text, { tagger });
  return tagger;
}

export async function bigDocument(size: number, withDetail: boolean): Promise<BigDocResult> {
  const tagger = warmUp();
  const docs = benchCorpus().docs;
  const text = buildBigSeed(docs, size);
  gc();
  const baseRssMb = peakRssMb();
  const full = timed(() => analyzeSeed(text, { tagger }));
  const peak = peakRssMb();
  // The faster of two runs: less of the noise from other work on the machine.
  const again = timed(() => analyzeSeed(text, { tagger })).ms;
  const a = full.result;
  const result = {
    kb: kilobytes(text),
    lines: text.split('\n').length,
    cycles: kilobytes(text) / kilobytes(docs.flatMap(paragraphsOf).join('\n\n')),
    fullMs: Math.min(full.ms, again),
    baseRssMb,
    peakRssMb: peak,
    counts: { mentions: a.mentions.length, dates: a.dates.length, actors: a.actors.length, events: a.events.length },
  };
  if (!withDetail) return result;

  const window = { start: 0, end: offsetOfLine(text, WINDOW_LINES) };
  const windows = [0, 1, 2].map(() => timed(() => analyzeSeed(text, { tagger, window })));
  const partial = windows[0].result.partial;

  const edits: string[] = [];
  for (let i = 0, edited = text; i < EDITS; i++) edits.push((edited = editOneCharacter(edited, Math.floor(edited.length / 2) + i * 1000)));
  const cache = new AnalysisCache();
  const coldCache = timed(() => analyzeSeed(text, { tagger, steps: cache.steps }));
  const editTimes: number[] = [];
  let misses = { dates: 0, sentences: 0 };
  for (const edited of edits) {
    const before = cache.stats();
    editTimes.push(timed(() => analyzeSeed(edited, { tagger, steps: cache.steps })).ms);
    const after = cache.stats();
    misses = { dates: after.dates.misses - before.dates.misses, sentences: after.sentences.misses - before.sentences.misses };
  }
  cache.clear();
  gc();
  return {
    ...result,
    detail: {
      windowMs: median(windows.map(w => w.ms)),
      windowPartialKb: partial ? kilobytes(text.slice(partial.start, partial.end)) : 0,
      fullColdCacheMs: coldCache.ms,
      firstEditMs: editTimes[0],
      editMs: median(editTimes.slice(WARMUP_EDITS)),
      editMisses: misses,
      mainThread: await mainThreadCost([text, ...edits]),
    },
  };
}

/** Replaces the first lower-case letter at or after `at` with another letter: a typo in a word mid-paragraph. */
function editOneCharacter(text: string, at: number): string {
  let i = at;
  while (i < text.length && !/[a-z]/.test(text[i])) i++;
  const replacement = text[i] === 'e' ? 'a' : 'e';
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

export interface LongLine {
  readonly kb: number;
  readonly ms: number;
  readonly mentions: number;
  readonly dates: number;
}

/** One line of each of `sizes` bytes with no line break (the hostile-input issue's case), analysed in turn. */
export function longLines(sizes: readonly number[]): LongLine[] {
  const tagger = warmUp();
  return sizes.map(size => {
    const text = buildOneLine(benchCorpus().docs, size);
    gc();
    const run = timed(() => analyzeSeed(text, { tagger }));
    return { kb: kilobytes(text), ms: run.ms, mentions: run.result.mentions.length, dates: run.result.dates.length };
  });
}
