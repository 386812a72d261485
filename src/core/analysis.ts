import { type Actor, clusterActors, type ContextMention } from './actors/clusterActors';
import { readNameContext } from './actors/roles';
import { findDates } from './dates/findDates';
import { findMentions, type MentionTagger } from './entities/findMentions';
import { buildEvents, dateValue, type SeedEvent } from './events/buildEvents';
import { chooseReference, type ReferenceDate } from './events/referenceDate';
import { parseSeed, type SeeAlsoItem, type SeedStructure } from './seed/parseSeed';
import { inputProblem } from './inputProblem';
import type { DateMention, EntityType, Span } from './types';

/** A named mention, with the actor it belongs to. */
export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly actorId: string;
  readonly honorific?: string;
  readonly role?: string;
}

/** Everything the UI reads about one text. Read-only; a new text gives a new Analysis. */
export interface Analysis {
  readonly length: number;
  /** Set when the text was not analysed (binary, empty), saying why in one line. */
  readonly problem?: string;
  readonly structure: SeedStructure;
  readonly title?: Span & { readonly text: string };
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
  /** Dates with values against the reference date. */
  readonly dates: readonly DateMention[];
  /** Chronological. */
  readonly events: readonly SeedEvent[];
  readonly seeAlso: readonly SeeAlsoItem[];
  readonly reference: ReferenceDate;
}

export interface AnalyzeOptions {
  /** The mention tagger (the bundled model in the app; a stand-in in tests). */
  readonly tagger: MentionTagger;
  /** Reference date 'YYYY-MM-DD'; without it the dateline or the tenses decide. */
  readonly ref?: string;
  /** Per-unit date results, keyed by the unit's text; pass the same map between calls to reuse work. */
  readonly cache?: Map<string, readonly DateMention[]>;
}

/** Analyses a seed. Never throws on any text; a text it will not read comes back empty with a `problem`. */
export function analyzeSeed(text: string, options: AnalyzeOptions): Analysis {
  const problem = inputProblem(text);
  if (problem) return freeze(emptyAnalysis(text.length, problem));
  const structure = parseSeed(text);
  const units: Span[] = [
    ...(structure.title ? [structure.title] : []),
    ...structure.titleRepeats,
    ...structure.paragraphs,
    ...structure.seeAlso,
  ].sort((a, b) => a.start - b.start);
  const bodySentences = structure.paragraphs.flatMap(p => p.sentences);
  const sentences = units.flatMap(u => ('sentences' in u ? (u as { sentences: Span[] }).sentences : [u]));

  const rawDates = units.flatMap(u => unitDates(text, u, options.cache));
  // A name inside a longer date expression ("GMT" in "9:00 GMT") is part of the date; "Labor Day" is both.
  const found = findMentions(text, sentences, units, options.tagger).filter(
    m => !rawDates.some(d => d.start <= m.start && m.end <= d.end && d.end - d.start > m.end - m.start),
  );
  const withContext: ContextMention[] = found.map(m => {
    if (m.type !== 'PERSON') return m;
    const sentence = sentences.find(s => s.start <= m.start && m.end <= s.end) ?? m;
    return { ...m, ...readNameContext(text, sentence, m) };
  });
  const actors = clusterActors(text, withContext);
  const actorOf = new Map<number, string>();
  for (const a of actors) for (const m of a.mentions) actorOf.set(m.start, a.id);
  const mentions: Mention[] = withContext.map(m => ({ ...m, actorId: actorOf.get(m.start)! }));

  const datelineEnd = structure.paragraphs[0]?.sentences[0]?.end ?? structure.title?.end ?? 0;
  const { reference, anchor } = chooseReference(rawDates, datelineEnd, options.ref);
  const dates = rawDates.map(d => ({ ...d, value: dateValue(d, reference) }));
  const bodyDates = rawDates.filter(d => structure.paragraphs.some(p => p.start <= d.start && d.end <= p.end));
  const events = buildEvents(text, bodySentences, bodyDates, actors, reference, anchor);

  return freeze({
    length: text.length,
    structure,
    title: structure.title,
    mentions,
    actors,
    dates,
    events,
    seeAlso: structure.seeAlso,
    reference,
  });
}

/** Dates of one unit, found on its own text (so the result can be reused for the same text elsewhere). */
function unitDates(text: string, unit: Span, cache: Map<string, readonly DateMention[]> | undefined): DateMention[] {
  const unitText = text.slice(unit.start, unit.end);
  let local = cache?.get(unitText);
  if (!local) {
    local = findDates(unitText);
    cache?.set(unitText, local);
  }
  return local.map(d => ({ ...d, start: d.start + unit.start, end: d.end + unit.start }));
}

export function emptyAnalysis(length: number, problem?: string): Analysis {
  return {
    length,
    problem,
    structure: { titleRepeats: [], paragraphs: [], seeAlso: [] },
    mentions: [],
    actors: [],
    dates: [],
    events: [],
    seeAlso: [],
    reference: { source: 'none', note: 'nothing to analyse' },
  };
}

/** Deep-freezes plain data, so no reader can change what others read. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freeze(v);
  }
  return value;
}
