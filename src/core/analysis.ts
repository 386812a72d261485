import { type Actor, clusterActors, type ContextMention } from './actors/clusterActors';
import { type NameContext, nameReach, readNameContext } from './actors/roles';
import { findDates } from './dates/findDates';
import { findMentions, type MentionTagger } from './entities/findMentions';
import { buildEvents, dateValue, type SeedEvent } from './events/buildEvents';
import { chooseReference, type ReferenceDate } from './events/referenceDate';
import { parseSeed, type SeeAlsoItem, type SeedStructure } from './seed/parseSeed';
import { inputProblem } from './inputProblem';
import type { AnalysisCache } from './analysisCache';
import { AnalysisCancelled } from './analysisCancelled';
import { detach } from './lruCache';
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
  /**
   * Set when only part of the text was analysed (a first look at what the reader sees): the range of
   * the units read. Actors, dates and events then cover that range only.
   */
  readonly partial?: Span;
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
  /** Work kept between calls (per unit and per sentence text); pass the same cache to reuse it. */
  readonly cache?: AnalysisCache;
  /** Analyse only the units (title, paragraphs, see-also items) that overlap this range. */
  readonly window?: Span;
  /** Polled between steps; when it returns true the analysis stops by throwing `AnalysisCancelled`. */
  readonly isCancelled?: () => boolean;
}

/** Analyses a seed. Never throws on any text; a text it will not read comes back empty with a `problem`. */
export function analyzeSeed(text: string, options: AnalyzeOptions): Analysis {
  const problem = inputProblem(text);
  if (problem) return freeze(emptyAnalysis(text.length, problem));
  const checkpoint = () => {
    if (options.isCancelled?.()) throw new AnalysisCancelled();
  };
  const structure = parseSeed(text, options.cache?.paragraphs);
  const window = options.window;
  const units: Span[] = [
    ...(structure.title ? [structure.title] : []),
    ...structure.titleRepeats,
    ...structure.paragraphs,
    ...structure.seeAlso,
  ]
    .filter(u => !window || (u.start < window.end && window.start < u.end))
    .sort((a, b) => a.start - b.start);
  const paragraphs = structure.paragraphs.filter(p => !window || units.includes(p));
  const bodySentences = paragraphs.flatMap(p => p.sentences);
  const sentences = units.flatMap(u => ('sentences' in u ? (u as { sentences: Span[] }).sentences : [u]));

  const rawDates: DateMention[] = [];
  for (let i = 0; i < units.length; i++) {
    if (i % 64 === 0) checkpoint();
    rawDates.push(...unitDates(text, units[i], options.cache));
  }
  checkpoint();
  const found = withoutNamesInsideDates(findMentions(text, sentences, units, options.tagger, options.cache, checkpoint), rawDates);
  checkpoint();
  let at = 0;
  const withContext: ContextMention[] = found.map(m => {
    if (m.type !== 'PERSON') return m;
    // Mentions and sentences are both in text order: walk forward to the sentence holding the name.
    while (at < sentences.length && sentences[at].end < m.end) at++;
    const sentence = at < sentences.length && sentences[at].start <= m.start ? sentences[at] : m;
    return { ...m, ...nameContext(text, sentence, m, options.cache) };
  });
  const actors = clusterActors(text, withContext);
  const actorOf = new Map<number, string>();
  for (const a of actors) for (const m of a.mentions) actorOf.set(m.start, a.id);
  const mentions: Mention[] = withContext.map(m => ({ ...m, actorId: actorOf.get(m.start)! }));
  checkpoint();

  const datelineEnd = structure.paragraphs[0]?.sentences[0]?.end ?? structure.title?.end ?? 0;
  const { reference, anchor } = chooseReference(rawDates, datelineEnd, options.ref);
  const dates = rawDates.map(d => ({ ...d, value: dateValue(d, reference) }));
  const bodyDates = datesInside(rawDates, paragraphs);
  const events = buildEvents(text, bodySentences, bodyDates, mentions, reference, anchor, options.cache?.summaries);
  checkpoint();

  return freeze({
    length: text.length,
    ...(window ? { partial: { start: units[0]?.start ?? window.start, end: units.at(-1)?.end ?? window.start } } : {}),
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

/**
 * Drops the names that lie inside a longer date expression ("GMT" in "9:00 GMT" is part of the date;
 * "Labor Day", as long as its date, is both). Both lists are in text order and dates do not overlap,
 * so one forward walk does it.
 */
function withoutNamesInsideDates<T extends Span>(names: readonly T[], dates: readonly Span[]): T[] {
  let d = 0;
  return names.filter(m => {
    while (d < dates.length && dates[d].end < m.end) d++;
    const date = dates[d];
    return !(date && date.start <= m.start && m.end <= date.end && date.end - date.start > m.end - m.start);
  });
}

/** The dates that lie inside one of `ranges` (both in text order). */
function datesInside(dates: readonly DateMention[], ranges: readonly Span[]): DateMention[] {
  let r = 0;
  return dates.filter(d => {
    while (r < ranges.length && ranges[r].end < d.end) r++;
    return r < ranges.length && ranges[r].start <= d.start;
  });
}

/** `readNameContext`, kept per the words it reads around the name (see `nameReach`). */
function nameContext(text: string, sentence: Span, name: Span, cache: AnalysisCache | undefined): NameContext {
  if (!cache) return readNameContext(text, sentence, name);
  const reach = nameReach(text, sentence, name);
  const key = `${name.start - reach.start} ${name.end - reach.start}\u0000${text.slice(reach.start, reach.end)}`;
  return cache.nameContexts.getOrSet(key, () => {
    const { honorific, role } = readNameContext(text, reach, name);
    return { ...(honorific ? { honorific: detach(honorific) } : {}), ...(role ? { role: detach(role) } : {}) };
  });
}

/** Dates of one unit, found on its own text (so the result can be reused for the same text elsewhere). */
function unitDates(text: string, unit: Span, cache: AnalysisCache | undefined): DateMention[] {
  const unitText = text.slice(unit.start, unit.end);
  // A kept result reads a copy of the unit, so it does not hold this version of the whole text in memory.
  const local = cache ? cache.dates.getOrSet(unitText, () => findDates(detach(unitText))) : findDates(unitText);
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
    // Plain loops: a big analysis has a hundred thousand objects, and Object.values would copy each one's fields.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freeze(value[i]);
    else for (const key in value) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
