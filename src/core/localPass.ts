import type { AnalysisCache } from './analysisCache';
import { findDates } from './dates/findDates';
import { surnameWords, type WordGroup } from './entities/documentConsistency';
import { blockMentions, kept as keptSpans, type MentionTagger, TAGGER_BLOCK_CHARS } from './entities/findMentions';
import type { Word } from './entities/spanEdit';
import { sentencePosition } from './entities/tagger/tokenFeatures';
import { detach } from './lruCache';
import type { DateMention, EntitySpan, Span } from './model';

/**
 * What the analysis finds in each unit (title, paragraph, see-also item) on its own, before the
 * document-level passes: the dates, the tagger's and the rules' names, and the words that could be
 * surnames. All in text order, with offsets into the whole text.
 */
export interface LocalFindings {
  readonly dates: DateMention[];
  readonly names: EntitySpan[];
  /** Most are never used, so they stay as found: per block, with offsets from `at`. */
  readonly surnameWords: WordGroup[];
}

/**
 * Reads `units` (in text order, with the `sentences` inside them) in blocks of whole units of about
 * TAGGER_BLOCK_CHARS, the stretch the tagger reads as one document. With a `cache`, a block whose text,
 * layout and place were seen before is reused whole, so an edit reads its own block again and the rest
 * of the document costs one lookup a block. `checkpoint` is called between blocks and may throw to stop.
 */
export function localPass(
  text: string,
  units: readonly Span[],
  sentences: readonly Span[],
  tagger: MentionTagger,
  cache?: AnalysisCache,
  checkpoint?: () => void,
): LocalFindings {
  const out: LocalFindings = { dates: [], names: [], surnameWords: [] };
  let blockUnits: Span[] = [];
  let blockSentences: Span[] = [];
  let firstIndex = 0;
  const flush = () => {
    if (blockUnits.length === 0) return;
    checkpoint?.();
    const block = { units: blockUnits, sentences: blockSentences, firstIndex };
    if (cache) addShifted(out, cachedBlock(text, block, tagger, cache, checkpoint), blockUnits[0].start);
    else addAll(out, readBlock(text, block, tagger, undefined, checkpoint));
    firstIndex += blockSentences.length;
    blockUnits = [];
    blockSentences = [];
  };
  let k = 0;
  for (const unit of units) {
    // Every sentence lies inside a unit and both are in text order: a block ends only between units.
    blockUnits.push(unit);
    while (k < sentences.length && sentences[k].start < unit.end) blockSentences.push(sentences[k++]);
    if (blockSentences.length > 0 && blockSentences[blockSentences.length - 1].end - blockSentences[0].start >= TAGGER_BLOCK_CHARS) flush();
  }
  flush();
  return out;
}

/** What the cache keeps of a block: its findings, and the place and layout they were found with. */
export interface KeptBlock {
  readonly place: number;
  readonly after: string;
  /** Start and end of each unit and each sentence, from the block's start. */
  readonly units: readonly number[];
  readonly sentences: readonly number[];
  readonly findings: LocalFindings;
}

interface Block {
  readonly units: readonly Span[];
  readonly sentences: readonly Span[];
  /** The place of the block's first sentence in the document (the headline and dateline are tagged as such). */
  readonly firstIndex: number;
}

/**
 * A block's findings kept by all they depend on: its text, keyed on the text alone, and its place, the
 * character after it (the rules read one character past a sentence) and where its units and sentences
 * lie, checked on a hit (a key joined from the text and these would be copied whole to be hashed).
 * Offsets are from the block's start and the texts are copies, so a kept block holds no version of the
 * whole text.
 */
function cachedBlock(text: string, block: Block, tagger: MentionTagger, cache: AnalysisCache, checkpoint: (() => void) | undefined): LocalFindings {
  const at = block.units[0].start;
  const end = block.units[block.units.length - 1].end;
  const place = sentencePosition(block.firstIndex);
  const after = text[end] ?? '';
  const kept = cache.blocks.getOrSet(
    text.slice(at, end),
    () => {
      const found = readBlock(text, block, tagger, cache, checkpoint);
      const findings = {
        // Date texts are cut from the unit store's own copy of the unit (see `unitDates`), not from the document.
        dates: found.dates.map(d => ({ ...d, start: d.start - at, end: d.end - at })),
        names: keptSpans(found.names, at),
        surnameWords: found.surnameWords.map(group => ({ at: group.at - at, words: group.words })),
      };
      return { place, after, units: relativeOffsets(block.units, at), sentences: relativeOffsets(block.sentences, at), findings };
    },
    known => known.place === place && known.after === after && sameOffsets(known.units, block.units, at) && sameOffsets(known.sentences, block.sentences, at),
  );
  return kept.findings;
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

/** A block's findings, read afresh (each unit's dates and each sentence's rules from the cache when given). */
function readBlock(text: string, block: Block, tagger: MentionTagger, cache: AnalysisCache | undefined, checkpoint: (() => void) | undefined): LocalFindings {
  const at = block.units[0].start;
  const dates: DateMention[] = [];
  const words: Word[] = [];
  for (const unit of block.units) {
    for (const d of unitDates(text, unit, cache)) dates.push(d);
    for (const w of surnameWords(text.slice(unit.start, unit.end))) words.push({ start: w.start + unit.start - at, end: w.end + unit.start - at, text: w.text });
  }
  const names = block.sentences.length > 0 ? blockMentions(text, block.sentences, block.firstIndex, tagger, cache, checkpoint) : [];
  return { dates, names, surnameWords: [{ at, words }] };
}

/** Dates of one unit, found on its own text (so the result can be reused for the same text elsewhere). */
function unitDates(text: string, unit: Span, cache: AnalysisCache | undefined): DateMention[] {
  const unitText = text.slice(unit.start, unit.end);
  // A kept result reads a copy of the unit, so it does not hold this version of the whole text in memory.
  const local = cache ? cache.dates.getOrSet(unitText, () => findDates(detach(unitText))) : findDates(unitText);
  return local.map(d => ({ ...d, start: d.start + unit.start, end: d.end + unit.start }));
}

function addAll(out: LocalFindings, found: LocalFindings): void {
  for (const d of found.dates) out.dates.push(d);
  for (const n of found.names) out.names.push(n);
  for (const w of found.surnameWords) out.surnameWords.push(w);
}

/**
 * Appends copies of a kept block's `found` to `out`, their offsets moved on by `by` (written out per
 * shape: one generic shift called with three shapes is slow).
 */
function addShifted(out: LocalFindings, found: LocalFindings, by: number): void {
  for (const d of found.dates) out.dates.push({ ...d, start: d.start + by, end: d.end + by });
  for (const n of found.names) out.names.push({ ...n, start: n.start + by, end: n.end + by });
  for (const group of found.surnameWords) out.surnameWords.push({ at: group.at + by, words: group.words });
}
