import { clusterActors, type ContextMention } from './actors/clusterActors';
import { oneTypePerSurfaceSteps, propagateSurnames } from './entities/documentConsistency';
import { firstStartingFrom } from './entities/spanEdit';
import { buildEvents, dateValue } from './events/buildEvents';
import { chooseReference } from './events/referenceDate';
import { resolveAnaphoricDates } from './dates/anaphoricValues';
import { parseSeedSteps } from './seed/parseSeed';
import { inputProblem } from './inputProblem';
import { lexiconTags } from './nlp/compromise';
import { localPass } from './localPass';
import type { AnalysisSteps, MentionTagger } from './analysisSteps';
import { AnalysisCancelled } from './analysisCancelled';
import { freeze, freezeSteps } from './deepFreeze';
import { PURE_STEPS } from './pureSteps';
import { NEVER, POLL_EVERY, runToEnd, type Stepwise } from './stepwise';
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
  /**
   * For `analyzeSeedSteps` only: polled at its pause points; when it returns true the analysis yields,
   * and goes on where it stopped when its caller calls `next()`. `analyzeSeed` never pauses.
   */
  readonly shouldYield?: () => boolean;
}

/** Analyses a seed. Never throws on any text; a text it will not read comes back empty with a `problem`. */
export function analyzeSeed(text: string, options: AnalyzeOptions): Analysis {
  return runToEnd(analyzeSeedSteps(text, { ...options, shouldYield: undefined }));
}

/**
 * `analyzeSeed` in its cooperative form (see `stepwise.ts`), for a caller that must give its thread back
 * often (the browser build's extension host): every pass over the whole text or all its mentions pauses
 * when `options.shouldYield` says so. Driven to its end, it returns what `analyzeSeed` returns.
 */
export function* analyzeSeedSteps(text: string, options: AnalyzeOptions): Stepwise<Analysis> {
  const problem = inputProblem(text);
  if (problem) return freeze(emptyAnalysis(text.length, problem));
  const checkpoint = () => {
    if (options.isCancelled?.()) throw new AnalysisCancelled();
  };
  const pause = options.shouldYield ?? NEVER;
  const steps = options.steps ?? PURE_STEPS;
  // Splitting a long text's paragraphs into sentences takes a while too: a checkpoint every few paragraphs.
  let paragraphs = 0;
  const structure = yield* parseSeedSteps(
    text,
    (source, paragraph) => {
      if (++paragraphs % 8 === 0) checkpoint();
      return steps.sentences(source, paragraph);
    },
    pause,
  );
  const window = options.window;
  const units: Span[] = [...(structure.title ? [structure.title] : []), ...structure.titleRepeats, ...structure.paragraphs, ...structure.seeAlso]
    .filter(u => !window || (u.start < window.end && window.start < u.end))
    .sort((a, b) => a.start - b.start);
  // Only the body's paragraphs are the article: the page's other lines keep their names and dates, but make no events.
  const body = structure.paragraphs.filter(p => p.kind === 'body' && (!window || units.includes(p)));
  const bodySentences = body.flatMap(p => p.sentences);
  const sentences = units.flatMap(u => ('sentences' in u ? (u as { sentences: Span[] }).sentences : [u]));

  const local = yield* localPass(text, units, sentences, options.tagger, steps, checkpoint, pause);
  const agency = structure.dateline?.agency;
  const names = agency && units.some(u => u.start <= agency.start && agency.end <= u.end) ? withAgency(local.names, agency) : local.names;
  const consistent = yield* oneTypePerSurfaceSteps(text, yield* propagateSurnames(text, names, local.surnameWords, pause), units, pause);
  if (pause()) yield;
  const [named, rawDates] = namedDays(text, consistent, local.dates);
  if (pause()) yield;
  const found = withoutNamesInsideDates(named, rawDates);
  checkpoint();
  let at = 0;
  const withContext: ContextMention[] = [];
  for (let i = 0; i < found.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const m = found[i];
    if (m.type !== 'PERSON') {
      withContext.push(m);
      continue;
    }
    // Mentions and sentences are both in text order: walk forward to the sentence holding the name.
    while (at < sentences.length && sentences[at].end < m.end) at++;
    const sentence = at < sentences.length && sentences[at].start <= m.start ? sentences[at] : m;
    const context = steps.nameContext(text, sentence, m);
    withContext.push(context.honorific === undefined && context.role === undefined ? m : { ...m, ...context });
  }
  const actors = yield* clusterActors(text, withContext, pause);
  // Every mention is in one actor; mentions are in text order, so each is found by its start.
  const actorIds = new Array<string>(withContext.length);
  for (let i = 0; i < actors.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    for (const m of actors[i].mentions) actorIds[firstStartingFrom(withContext, m.start)] = actors[i].id;
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < withContext.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    mentions.push({ ...withContext[i], actorId: actorIds[i] });
  }
  checkpoint();
  if (pause()) yield;

  const leadEnd = structure.paragraphs.find(p => p.kind === 'body')?.sentences[0]?.end ?? structure.title?.end ?? 0;
  const { reference, anchor } = yield* chooseReference(rawDates, { dateline: structure.dateline?.date, leadEnd }, options.ref, pause);
  const valued: DateMention[] = [];
  for (let i = 0; i < rawDates.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    valued.push({ ...rawDates[i], value: dateValue(rawDates[i], reference) });
  }
  if (pause()) yield;
  const dates = resolveAnaphoricDates(valued);
  const bodyDates = datesInside(rawDates, body);
  const events = yield* buildEvents(text, bodySentences, bodyDates, mentions, reference, anchor, steps.summary, pause);
  checkpoint();

  const analysis: Analysis = {
    length: text.length,
    ...(window ? { partial: { start: units[0]?.start ?? window.start, end: units.at(-1)?.end ?? window.start } } : {}),
    structure,
    mentions,
    actors,
    dates,
    events,
    reference,
  };
  return options.shouldYield ? yield* freezeSteps(analysis, pause) : freeze(analysis);
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
