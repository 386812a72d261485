import { clusterActors, type ContextMention } from './actors/clusterActors';
import { oneTypePerSurface, propagateSurnames } from './entities/documentConsistency';
import { firstStartingFrom } from './entities/spanEdit';
import { buildEvents, dateValue } from './events/buildEvents';
import { chooseReference } from './events/referenceDate';
import { resolveAnaphoricDates } from './dates/anaphoricValues';
import { parseSeed } from './seed/parseSeed';
import { inputProblem } from './inputProblem';
import { lexiconTags } from './nlp/compromise';
import { localPass } from './localPass';
import type { AnalysisSteps, MentionTagger } from './analysisSteps';
import { AnalysisCancelled } from './analysisCancelled';
import { PURE_STEPS } from './pureSteps';
import type { Analysis, DateMention, Dateline, EntitySpan, Mention, Span } from './model';

export interface AnalyzeOptions {
  /** The mention tagger (the bundled model in the app; a stand-in in tests). */
  readonly tagger: MentionTagger;
  /** Reference date 'YYYY-MM-DD'; without it the dateline or the tenses decide. */
  readonly ref?: string;
  /**
   * How the steps that read a small stretch of text are computed (`PURE_STEPS` when absent): an
   * incremental analyser passes versions that reuse what earlier calls found (`AnalysisCache.steps`).
   */
  readonly steps?: AnalysisSteps;
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
  const steps = options.steps ?? PURE_STEPS;
  // Splitting a long text's paragraphs into sentences takes a while too: a checkpoint every few paragraphs.
  let paragraphs = 0;
  const structure = parseSeed(text, (source, paragraph) => {
    if (++paragraphs % 8 === 0) checkpoint();
    return steps.sentences(source, paragraph);
  });
  const window = options.window;
  const units: Span[] = [...(structure.title ? [structure.title] : []), ...structure.titleRepeats, ...structure.paragraphs, ...structure.seeAlso]
    .filter(u => !window || (u.start < window.end && window.start < u.end))
    .sort((a, b) => a.start - b.start);
  // Only the body's paragraphs are the article: the page's other lines keep their names and dates, but make no events.
  const body = structure.paragraphs.filter(p => p.kind === 'body' && (!window || units.includes(p)));
  const bodySentences = body.flatMap(p => p.sentences);
  const sentences = units.flatMap(u => ('sentences' in u ? (u as { sentences: Span[] }).sentences : [u]));

  const local = localPass(text, units, sentences, options.tagger, steps, checkpoint);
  const agency = structure.dateline?.agency;
  const names = agency && units.some(u => u.start <= agency.start && agency.end <= u.end) ? withAgency(local.names, agency) : local.names;
  const [named, rawDates] = namedDays(text, oneTypePerSurface(text, propagateSurnames(text, names, local.surnameWords), units), local.dates);
  const found = withoutNamesInsideDates(named, rawDates);
  checkpoint();
  let at = 0;
  const withContext: ContextMention[] = found.map(m => {
    if (m.type !== 'PERSON') return m;
    // Mentions and sentences are both in text order: walk forward to the sentence holding the name.
    while (at < sentences.length && sentences[at].end < m.end) at++;
    const sentence = at < sentences.length && sentences[at].start <= m.start ? sentences[at] : m;
    const context = steps.nameContext(text, sentence, m);
    return context.honorific === undefined && context.role === undefined ? m : { ...m, ...context };
  });
  const actors = clusterActors(text, withContext);
  // Every mention is in one actor; mentions are in text order, so each is found by its start.
  const actorIds = new Array<string>(withContext.length);
  for (const a of actors) for (const m of a.mentions) actorIds[firstStartingFrom(withContext, m.start)] = a.id;
  const mentions: Mention[] = withContext.map((m, i) => ({ ...m, actorId: actorIds[i] }));
  checkpoint();

  const leadEnd = structure.paragraphs.find(p => p.kind === 'body')?.sentences[0]?.end ?? structure.title?.end ?? 0;
  const { reference, anchor } = chooseReference(rawDates, { dateline: structure.dateline?.date, leadEnd }, options.ref);
  const dates = resolveAnaphoricDates(rawDates.map(d => ({ ...d, value: dateValue(d, reference) })));
  const bodyDates = datesInside(rawDates, body);
  const events = buildEvents(text, bodySentences, bodyDates, mentions, reference, anchor, steps.summary);
  checkpoint();

  return freeze({
    length: text.length,
    ...(window ? { partial: { start: units[0]?.start ?? window.start, end: units.at(-1)?.end ?? window.start } } : {}),
    structure,
    mentions,
    actors,
    dates,
    events,
    reference,
  });
}

/**
 * The names with the dateline's agency as one ORG mention in place of whatever the tagger made of it
 * ("INTERFAX" and "RU" of "INTERFAX.RU"). Names are in text order.
 */
function withAgency(names: readonly EntitySpan[], agency: Dateline['agency'] & object): EntitySpan[] {
  const out = names.filter(n => n.end <= agency.start || agency.end <= n.start);
  const at = out.findIndex(n => n.start >= agency.end);
  out.splice(at < 0 ? out.length : at, 0, { start: agency.start, end: agency.end, type: 'ORG', text: agency.text });
  return out;
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

/**
 * A name of the same extent as a date ("Christmas", "Labor Day") is a named day, MISC. Before a lower-case
 * word ("the Christmas tree", "Christmas holidays") it is not a date at all, so that date is dropped;
 * elsewhere both stay ("on Christmas" is a day that has a value).
 * Both lists are in text order; names do not overlap each other, nor dates each other.
 */
function namedDays(text: string, names: readonly EntitySpan[], dates: readonly DateMention[]): [EntitySpan[], DateMention[]] {
  const dateAt = new Map(dates.map(d => [`${d.start}:${d.end}`, d]));
  const keptNames: EntitySpan[] = [];
  const dropped = new Set<DateMention>();
  for (const n of names) {
    const date = dateAt.get(`${n.start}:${n.end}`);
    if (!date) keptNames.push(n);
    else {
      keptNames.push(n.type === 'MISC' ? n : { ...n, type: 'MISC' });
      if (modifiesNoun(text, n.end)) dropped.add(date);
    }
  }
  return [keptNames, dropped.size === 0 ? dates.slice() : dates.filter(d => !dropped.has(d))];
}

/** Lexicon tags of a word that is no noun: after a named day it ends the day's phrase ("Christmas and …"). */
const NOT_NOUN = new Set(['Conjunction', 'Preposition', 'Gerund', 'Copula', 'PastTense', 'PresentTense', 'Adverb', 'Determiner', 'Pronoun', 'Modal', 'Verb']);

/** Whether the word right after `end` is a lower-case noun the name before it modifies ("Christmas tree"). */
function modifiesNoun(text: string, end: number): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(end, end + 40))?.[1];
  return !!next && !/(?:ing|ed|ly)$/.test(next) && !lexiconTags(next).some(t => NOT_NOUN.has(t));
}

/** The dates that lie inside one of `ranges` (both in text order). */
function datesInside(dates: readonly DateMention[], ranges: readonly Span[]): DateMention[] {
  let r = 0;
  return dates.filter(d => {
    while (r < ranges.length && ranges[r].end < d.end) r++;
    return r < ranges.length && ranges[r].start <= d.start;
  });
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
    reference: { source: 'none', note: 'nothing to analyse' },
  };
}

/** Deep-freezes plain data, so no reader can change what others read. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) freezeObject(value);
  return value;
}

/**
 * Freezes `value` and every unfrozen object under it. Plain loops, and primitives skipped without a call:
 * a big analysis has a hundred thousand objects, most of them holding only numbers and strings.
 */
function freezeObject(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) freezeObject(item);
    }
  } else {
    for (const key in value) {
      const field: unknown = (value as Record<string, unknown>)[key];
      if (typeof field === 'object' && field !== null && !Object.isFrozen(field)) freezeObject(field);
    }
  }
}
