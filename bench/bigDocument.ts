/**
 * Big documents, each size in its own process: full-analysis time and peak memory at 250 KB, 500 KB and
 * 1 MB, the growth ratio, and for 1 MB the first window, a one-character edit with a warm cache and the
 * main-thread cost per update; then one 2 MB line without a line break.
 */
import type { BigDocResult, LongLine } from './bigDocumentChild';
import { EDITS, WARMUP_EDITS, WINDOW_LINES } from './bigDocumentChild';
import { runChild } from './childProcess';
import type { Figure } from './figures';

const SIZES = [250_000, 500_000, 1_000_000];
const LONG_LINE = 2_000_000;
/** Shorter lines first, in one process: their growth shows the trend even when 2 MB runs out of time. */
const SHORT_LINES = [100_000, 200_000];
const CHILD_TIMEOUT_MS = 240_000;
const LONG_LINE_TIMEOUT_MS = 60_000;

const sizeName = (bytes: number) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`);
const sizeId = (bytes: number) => (bytes >= 1e6 ? `${bytes / 1e6}mb` : `${bytes / 1e3}kb`);

export function bigDocument(): Figure[] {
  const figures: Figure[] = [];
  const results = new Map<number, BigDocResult>();
  for (const size of SIZES) {
    const last = size === SIZES.at(-1);
    const run = runChild<BigDocResult>('big', [String(size), last ? 'detail' : ''], CHILD_TIMEOUT_MS);
    const id = sizeId(size);
    if (!run.ok) {
      figures.push({ figure: `big.full_${id}`, label: `full analysis, ${sizeName(size)}`, value: null, unit: 'ms', note: run.error });
      continue;
    }
    const r = run.value;
    results.set(size, r);
    const c = r.counts;
    figures.push(
      {
        figure: `big.full_${id}`,
        label: `full analysis, ${sizeName(size)}`,
        value: r.fullMs,
        unit: 'ms',
        note: `${r.kb.toFixed(0)} KB, ${r.lines} lines (the corpus's paragraphs ×${r.cycles.toFixed(1)}), no cache: ${c.mentions} mentions, ${c.dates} dates, ${c.actors} actors, ${c.events} events`,
      },
      {
        figure: `big.peak_rss_${id}`,
        label: `peak memory, ${sizeName(size)}`,
        value: r.peakRssMb,
        unit: 'MB',
        note: `max RSS of its own process; ${r.baseRssMb.toFixed(0)} MB before the analysis (Node + compromise + model)`,
      },
    );
  }
  const small = results.get(SIZES[0]);
  const large = results.get(SIZES.at(-1)!);
  if (small && large) {
    figures.push({
      figure: 'big.growth',
      label: `growth, time(1 MB) / time(250 KB)`,
      value: large.fullMs / small.fullMs,
      unit: 'x',
      target: '≈ 4',
      note: 'linear ≈ 4',
    });
  }
  const detail = large?.detail;
  if (detail) {
    const mt = detail.mainThread;
    figures.push(
      {
        figure: 'big.first_window_1mb',
        label: `first window (${WINDOW_LINES} lines), 1 MB`,
        value: detail.windowMs,
        unit: 'ms',
        note: `median of 3; the window's units are ${detail.windowPartialKb.toFixed(1)} KB`,
      },
      {
        figure: 'big.full_cold_cache_1mb',
        label: 'full analysis filling a new cache, 1 MB',
        value: detail.fullColdCacheMs,
        unit: 'ms',
        note: 'the corpus repeats, so repeated paragraphs hit the cache',
      },
      {
        figure: 'big.first_edit_1mb',
        label: 'first one-character edit after it, 1 MB',
        value: detail.firstEditMs,
        unit: 'ms',
        note: 'the first edit also compiles the cache-reusing code paths',
      },
      {
        figure: 'big.edit_1mb',
        label: 'one-character edit, warm cache, 1 MB',
        value: detail.editMs,
        unit: 'ms',
        target: '<= 100',
        note: `median of ${EDITS - WARMUP_EDITS} edits mid-document after ${WARMUP_EDITS}; the last missed ${detail.editMisses.sentences} sentence(s), ${detail.editMisses.dates} unit(s) of dates`,
      },
      {
        figure: 'main.update_1mb',
        label: 'main-thread cost per update, 1 MB',
        value: mt.totalMs,
        unit: 'ms',
        target: '<= 50',
        note: `through AnalysisClient + ${mt.workerFile}: copy + parse + restore + deep-freeze + ${mt.ranges} decoration ranges (median of ${EDITS} edits)`,
      },
      {
        figure: 'main.copy_1mb',
        label: '  copy the reply out of the message',
        value: mt.copyMs,
        unit: 'ms',
        note: `reply ${mt.messageMb.toFixed(1)} MB (v8.deserialize of the string, as postMessage does)`,
      },
      { figure: 'main.receive_1mb', label: '  parse + restore text + deep-freeze', value: mt.receiveMs, unit: 'ms', note: "AnalysisClient's own receiveMs" },
      { figure: 'main.ranges_1mb', label: '  decoration ranges (offset → line/character)', value: mt.rangesMs, unit: 'ms' },
      {
        figure: 'main.edit_round_trip_1mb',
        label: 'edit round trip through the worker, 1 MB',
        value: mt.roundTripMs,
        unit: 'ms',
        note: `analyze() to delivery, no debounce; ${mt.workerMs.toFixed(0)} ms of it in the worker`,
      },
      {
        figure: 'main.first_round_trip_1mb',
        label: 'first analysis through a new worker, 1 MB',
        value: mt.firstRoundTripMs,
        unit: 'ms',
        note: 'worker start, core and model load, full analysis, delivery',
      },
    );
  }
  figures.push(...longLine());
  return figures;
}

/** One 2 MB line, and lines of 100 KB and 200 KB for the trend (linear ≈ 2). */
function longLine(): Figure[] {
  const figures: Figure[] = [];
  const short = runChild<LongLine[]>('lines', SHORT_LINES.map(String), CHILD_TIMEOUT_MS);
  if (short.ok) {
    const [a, b] = short.value;
    figures.push(
      { figure: 'big.one_line_100kb', label: 'one 100 KB line', value: a.ms, unit: 'ms', note: `${a.mentions} mentions, ${a.dates} dates` },
      { figure: 'big.one_line_200kb', label: 'one 200 KB line', value: b.ms, unit: 'ms', note: `${b.mentions} mentions, ${b.dates} dates` },
      {
        figure: 'big.one_line_growth',
        label: 'growth, time(200 KB line) / time(100 KB line)',
        value: b.ms / a.ms,
        unit: 'x',
        target: '≈ 2',
        note: 'linear ≈ 2, quadratic ≈ 4',
      },
    );
  } else {
    figures.push({ figure: 'big.one_line_100kb', label: 'one 100 KB line', value: null, unit: 'ms', note: short.error });
  }
  const long = runChild<LongLine[]>('lines', [String(LONG_LINE)], LONG_LINE_TIMEOUT_MS);
  figures.push(
    long.ok
      ? {
          figure: 'big.one_line_2mb',
          label: 'one 2 MB line, no line break',
          value: long.value[0].ms,
          unit: 'ms',
          note: `${long.value[0].kb.toFixed(0)} KB: ${long.value[0].mentions} mentions, ${long.value[0].dates} dates`,
        }
      : { figure: 'big.one_line_2mb', label: 'one 2 MB line, no line break', value: null, unit: 'ms', note: `not measured: ${long.error}` },
  );
  return figures;
}
