import type { Actor, Analysis, DateMention, EntityType, Mention, SeedEvent, Span } from '../model';
import type { AddMention, Correction, CorrectionOutcome } from './model';
import { locateAnchor } from './textAnchor';

/** An analysis with the corrections applied, and what became of each correction. */
export interface CorrectedAnalysis {
  readonly analysis: Analysis;
  /** One a correction, in the order given. */
  readonly outcomes: readonly CorrectionOutcome[];
}

/** The corrections that apply to the seed at `seed` (workspace-relative, `/` separators): its own and the every-seed rules. */
export function correctionsForSeed(corrections: readonly Correction[], seed: string | undefined): Correction[] {
  return corrections.filter(c => c.seed === undefined || c.seed === seed);
}

/** `analysis` of `text` with `corrections` applied in order: a new, frozen Analysis. */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[], text: string): Analysis {
  return correctAnalysis(analysis, corrections, text).analysis;
}

interface ActorInfo {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
}

/**
 * Applies `corrections` to `analysis` of `text`, in order, and says what became of each. Mentions, actors,
 * dates and events all change together: an actor left without mentions goes, an event whose date was
 * dismissed goes, and events name the actors that remain (a merged actor by the actor it joined). The
 * analysis given is not changed. An analysis with a `problem` comes back as it is.
 */
export function correctAnalysis(analysis: Analysis, corrections: readonly Correction[], text: string): CorrectedAnalysis {
  if (analysis.problem || corrections.length === 0) {
    return { analysis, outcomes: corrections.map(c => ({ id: c.id, status: 'unused' as const })) };
  }
  const actors = new Map<string, ActorInfo>(
    analysis.actors.map(a => [a.id, { id: a.id, type: a.type, name: a.name, aliases: [...a.aliases], roles: [...a.roles] }]),
  );
  let mentions: Mention[] = [...analysis.mentions];
  let dates: DateMention[] = [...analysis.dates];
  const joined = new Map<string, string>(); // an actor merged away → the actor it joined
  const calls = (a: ActorInfo, name: string) => a.name === name || a.aliases.includes(name) || mentions.some(m => m.actorId === a.id && m.text === name);
  const named = (name: string) => [...actors.values()].filter(a => calls(a, name));
  const newId = (type: EntityType, id: string) => {
    const base = `${type.toLowerCase()}:corrected-${id}`;
    let out = base;
    for (let n = 2; actors.has(out); n++) out = `${base}-${n}`;
    return out;
  };

  const outcomes = corrections.map((c): CorrectionOutcome => {
    switch (c.kind) {
      case 'relabel': {
        const found = named(c.name);
        for (const a of found) a.type = c.type;
        const ids = new Set(found.map(a => a.id));
        mentions = mentions.map(m => (ids.has(m.actorId) && m.type !== c.type ? { ...m, type: c.type } : m));
        return { id: c.id, status: found.length ? 'applied' : 'unused' };
      }
      case 'rename': {
        const found = named(c.name);
        for (const a of found) {
          if (a.name !== c.to && !a.aliases.includes(a.name)) a.aliases.push(a.name);
          a.aliases = a.aliases.filter(x => x !== c.to);
          a.name = c.to;
        }
        return { id: c.id, status: found.length ? 'applied' : 'unused' };
      }
      case 'dismiss': {
        const before = mentions.length + dates.length;
        mentions = mentions.filter(m => m.text !== c.name);
        dates = dates.filter(d => d.text !== c.name);
        return { id: c.id, status: mentions.length + dates.length < before ? 'applied' : 'unused' };
      }
      case 'merge': {
        const from = named(c.name);
        const into = named(c.into).find(a => !from.includes(a));
        if (!into || from.length === 0) return { id: c.id, status: 'unused' };
        for (const a of from) {
          for (const alias of [a.name, ...a.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
          for (const role of a.roles) if (!into.roles.includes(role)) into.roles.push(role);
          mentions = mentions.map(m => (m.actorId === a.id ? { ...m, actorId: into.id, type: into.type } : m));
          actors.delete(a.id);
          joined.set(a.id, into.id);
        }
        return { id: c.id, status: 'applied' };
      }
      case 'add':
      case 'dismissMention':
      case 'split': {
        const at = locateAnchor(text, c.anchor);
        if (!at) return { id: c.id, status: 'orphaned' };
        if (c.kind === 'add') {
          [mentions, dates] = added(c, at, text, mentions, dates, actors, newId);
          return { id: c.id, status: 'applied', at };
        }
        if (c.kind === 'dismissMention') {
          const before = mentions.length + dates.length;
          mentions = mentions.filter(m => !same(m, at));
          dates = dates.filter(d => !same(d, at));
          return { id: c.id, status: mentions.length + dates.length < before ? 'applied' : 'unused', at };
        }
        const m = mentions.find(x => same(x, at));
        if (!m) return { id: c.id, status: 'unused', at };
        const id = newId(m.type, c.id);
        actors.set(id, { id, type: m.type, name: m.text, aliases: [], roles: m.role ? [m.role] : [] });
        mentions = mentions.map(x => (x === m ? { ...x, actorId: id } : x));
        return { id: c.id, status: 'applied', at };
      }
    }
  });

  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  dates.sort((a, b) => a.start - b.start || a.end - b.end);
  const outActors = actorsOf(actors, mentions);
  const kept = new Set(outActors.map(a => a.id));
  const finalId = (id: string) => {
    for (let to = joined.get(id); to !== undefined; to = joined.get(id)) id = to;
    return id;
  };
  const dateAt = new Set(dates.map(d => `${d.start}:${d.end}`));
  const events: SeedEvent[] = analysis.events
    .filter(e => dateAt.has(`${e.date.start}:${e.date.end}`))
    .map(e => {
      const ids = [...new Set(e.actors.map(finalId))].filter(id => kept.has(id));
      return ids.length === e.actors.length && ids.every((id, i) => id === e.actors[i]) ? e : { ...e, actors: ids };
    });
  return { analysis: deepFreeze({ ...analysis, mentions, actors: outActors, dates, events }), outcomes };
}

/** The mentions and dates with the added one in place of any it overlaps. */
function added(
  c: AddMention,
  at: Span,
  text: string,
  mentions: readonly Mention[],
  dates: readonly DateMention[],
  actors: Map<string, ActorInfo>,
  newId: (type: EntityType, id: string) => string,
): [Mention[], DateMention[]] {
  const quote = text.slice(at.start, at.end);
  const keptMentions = mentions.filter(m => !overlaps(m, at));
  const keptDates = dates.filter(d => !overlaps(d, at));
  if (c.type === 'DATE') {
    keptDates.push({ start: at.start, end: at.end, text: quote, kind: 'DATE', value: c.value ?? 'XXXX', stated: {} });
    return [keptMentions, keptDates];
  }
  const type = c.type;
  const same = [...actors.values()].find(
    a => a.type === type && (a.name === quote || a.aliases.includes(quote) || keptMentions.some(m => m.actorId === a.id && m.text === quote)),
  );
  let actorId = same?.id;
  if (actorId === undefined) {
    actorId = newId(type, c.id);
    actors.set(actorId, { id: actorId, type, name: quote, aliases: [], roles: [] });
  }
  keptMentions.push({ start: at.start, end: at.end, text: quote, type, actorId });
  return [keptMentions, keptDates];
}

/** The actors that still have mentions, each with its mentions in text order, ordered by their first mention. */
function actorsOf(actors: ReadonlyMap<string, ActorInfo>, mentions: readonly Mention[]): Actor[] {
  const byActor = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byActor.get(m.actorId);
    if (list) list.push(m);
    else byActor.set(m.actorId, [m]);
  }
  const out: Actor[] = [];
  for (const a of actors.values()) {
    const ms = byActor.get(a.id);
    if (!ms) continue;
    const aliases = a.aliases.filter(x => x !== a.name);
    out.push({ ...a, aliases, mentions: ms.map(m => ({ start: m.start, end: m.end, text: m.text })) });
  }
  return out.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
}

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
