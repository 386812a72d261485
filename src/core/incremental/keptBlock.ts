import type { AnalysisSteps, Block, LocalFindings } from '../analysisSteps';
import type { EntitySpan, Span } from '../model';
import { sentencePosition } from '../entities/tagger/tokenFeatures';
import { readBlock } from '../localPass';
import { detach, type LruCache } from './lruCache';
import type { Stepwise } from '../stepwise';

/** What the block store keeps of a block: its findings, and the place and layout they were found with. */
export interface KeptBlock {
  readonly place: number;
  readonly after: string;
  /** Start and end of each unit and each sentence, from the block's start. */
  readonly units: readonly number[];
  readonly sentences: readonly number[];
  /** Offsets from the block's start. */
  readonly findings: LocalFindings;
}

/**
 * The block step (`readBlock`), kept by all it depends on: its text, keyed on the text alone, and its
 * place, the character after it (the rules read one character past a sentence) and where its units and
 * sentences lie, checked on a hit (a key joined from the text and these would be copied whole to be
 * hashed). Offsets are kept from the block's start and the texts are copies, so a kept block holds no
 * version of the whole text.
 */
export function keptBlockStep(store: LruCache<KeptBlock>): AnalysisSteps['block'] {
  return function* (text: string, block: Block, tagger, steps, checkpoint, pause): Stepwise<LocalFindings> {
    const at = block.units[0].start;
    const end = block.units[block.units.length - 1].end;
    const place = sentencePosition(block.firstIndex);
    const after = text[end] ?? '';
    const key = text.slice(at, end);
    const known = store.get(
      key,
      k => k.place === place && k.after === after && sameOffsets(k.units, block.units, at) && sameOffsets(k.sentences, block.sentences, at),
    );
    if (known) return shifted(known.findings, at);
    const found = yield* readBlock(text, block, tagger, steps, checkpoint, pause);
    const findings = {
      // Date texts are cut from the unit store's own copy of the unit (see `memoisedSteps`), not from the document.
      dates: found.dates.map(d => ({ ...d, start: d.start - at, end: d.end - at })),
      names: keptSpans(found.names, at),
      surnameWords: found.surnameWords.map(group => ({ at: group.at - at, words: group.words.map(w => ({ ...w, text: detach(w.text) })) })),
    };
    store.set(key, { place, after, units: relativeOffsets(block.units, at), sentences: relativeOffsets(block.sentences, at), findings });
    return shifted(findings, at);
  };
}

/** Spans as a store keeps them: offsets from `at`, and texts that do not hold this version of the whole text. */
export function keptSpans(spans: readonly EntitySpan[], at: number): EntitySpan[] {
  return spans.map(s => ({ ...s, start: s.start - at, end: s.end - at, text: detach(s.text) }));
}

/** Start and end of each span, from `at`. */
function relativeOffsets(spans: readonly Span[], at: number): number[] {
  const out: number[] = [];
  for (const s of spans) out.push(s.start - at, s.end - at);
  return out;
}

function sameOffsets(offsets: readonly number[], spans: readonly Span[], at: number): boolean {
  if (offsets.length !== 2 * spans.length) return false;
  for (let i = 0; i < spans.length; i++) {
    if (offsets[2 * i] !== spans[i].start - at || offsets[2 * i + 1] !== spans[i].end - at) return false;
  }
  return true;
}

/**
 * Copies of a kept block's `found`, their offsets moved on by `by` (written out per shape: one generic
 * shift called with three shapes is slow).
 */
function shifted(found: LocalFindings, by: number): LocalFindings {
  const out: LocalFindings = { dates: [], names: [], surnameWords: [] };
  for (const d of found.dates) out.dates.push({ ...d, start: d.start + by, end: d.end + by });
  for (const n of found.names) out.names.push({ ...n, start: n.start + by, end: n.end + by });
  for (const group of found.surnameWords) out.surnameWords.push({ at: group.at + by, words: group.words });
  return out;
}
