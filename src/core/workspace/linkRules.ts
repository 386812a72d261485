/**
 * The rules by which seeds' actors are one workspace actor (`linkActors` says them), on groups of seeds'
 * actors that share a name's key; and how a linked group becomes a workspace actor.
 */
import { GENERIC_HEADS, idSlug, initials, nameKey } from '../actors/actorKeys';
import { TREATY_HEADS } from '../entities/lexicons';
import type { EntityType } from '../model';
import type { SeedActorFacts } from './seedFacts';

/** One person, body, place or thing across the seeds of a workspace. */
export interface WorkspaceActor {
  /** "person:donald-trump", unique in the workspace (numbered on a clash, in order of first appearance). */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Every other form the seeds use, in order of first appearance (files in order). */
  readonly aliases: readonly string[];
  /** The seeds that mention it, in file order: how many mentions, and which of the seed's own actors it is. */
  readonly seeds: readonly { readonly file: string; readonly mentions: number; readonly actors: readonly string[] }[];
}

/** A seed's own actor: in which seed, which of its actors, and its keys. */
export interface Local {
  readonly file: string;
  /** Its place among its seed's actors. */
  readonly at: number;
  readonly actor: SeedActorFacts;
  /** "P:" (a person) or "N:", then the canonical key of its name, as one seed's clustering keys a mention. */
  readonly key: string;
  /** The keys of its aliases as names of a non-person ("N:…"), but its own and generic ones; none for a person. */
  readonly claims: readonly string[];
}

/** The order of first appearance: files in order, then each seed's actor order. */
export function compareLocals(a: Local, b: Local): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.at - b.at;
}

/** Union-find over group keys: which groups are one actor. */
export class Links {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined; up = this.parent.get(root)) root = up;
    return root;
  }

  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

export type Groups = ReadonlyMap<string, readonly Local[]>;
const isOneWord = (key: string) => key.indexOf(' ', 2) < 0;
const wordsOf = (key: string) => key.slice(2).split(' ');

/** A one-word person joins the one full name with that last word (else first word) in the workspace. */
export function* linkSurnames(groups: Groups, links: Links): Generator<void, void> {
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const key of groups.keys()) {
    if (!key.startsWith('P:') || isOneWord(key)) continue;
    const words = wordsOf(key);
    addTo(byLast, words[words.length - 1], key);
    addTo(byFirst, words[0], key);
  }
  for (const key of groups.keys()) {
    if (!key.startsWith('P:') || !isOneWord(key)) continue;
    const word = key.slice(2);
    const owners = byLast.get(word) ?? byFirst.get(word);
    if (owners?.length === 1) links.join(key, owners[0]);
  }
  yield;
}

/** A non-person joins the one other that claims its name as an alias, or (an acronym) whose initials or word it is. */
export function* linkAliasesAndAcronyms(groups: Groups, links: Links, typeOf: (locals: readonly Local[]) => EntityType): Generator<void, void> {
  const claims = new Map<string, string[]>();
  const byInitials = new Map<string, string[]>();
  const byWord = new Map<string, string[]>();
  let step = 0;
  for (const [key, locals] of groups) {
    if (key.startsWith('P:')) continue;
    step += locals.length;
    if (step >= STEP) {
      step = 0;
      yield;
    }
    const group = groupFacts(key, locals);
    for (const aliasKey of group.claims) addTo(claims, aliasKey, key);
    if (group.initials === undefined) continue;
    addTo(byInitials, group.initials, key);
    for (const word of group.words) addTo(byWord, word, key);
  }
  for (const [key, locals] of groups) {
    if (key.startsWith('P:')) continue;
    const claimed = claims.get(key);
    const { acronym } = groupFacts(key, locals);
    if (!claimed && !acronym) continue;
    const candidates = new Set(claimed);
    const word = key.slice(2);
    if (acronym) {
      for (const k of byInitials.get(word) ?? []) candidates.add(k);
      const type = typeOf(locals);
      for (const k of byWord.get(word) ?? []) if (typeOf(groups.get(k)!) === type) candidates.add(k);
    }
    candidates.delete(key);
    if (candidates.size === 1) links.join(key, [...candidates][0]);
  }
}

/** Seeds' actors handled between two yields. */
const STEP = 2000;

/** The distinct names of a group's actors: a place of a thousand seeds has a handful. */
function namesOf(locals: readonly Local[]): string[] {
  return [...new Set(locals.map(l => l.actor.name))];
}

/** What a non-person's group offers the linking: the names it claims, and for a name of many words its initials and words. */
interface GroupFacts {
  /** The keys of its aliases, but its own and generic ones. */
  readonly claims: readonly string[];
  readonly initials?: string;
  readonly words: readonly string[];
  /** A one-word name some seed writes in capitals ("CSTO"). */
  readonly acronym: boolean;
}

/** By group: a group no seed's change touched is the same array from one linking to the next. */
const groupFactsMemo = new WeakMap<readonly Local[], GroupFacts>();

function groupFacts(key: string, locals: readonly Local[]): GroupFacts {
  let facts = groupFactsMemo.get(locals);
  if (!facts) {
    const claims = new Set<string>();
    for (const local of locals) for (const aliasKey of local.claims) claims.add(aliasKey);
    const one = isOneWord(key);
    facts = {
      claims: [...claims],
      initials: one ? undefined : initials(key.slice(2)),
      words: one ? [] : [...new Set(wordsOf(key))],
      acronym: one && namesOf(locals).some(name => ACRONYM.test(name)),
    };
    groupFactsMemo.set(locals, facts);
  }
  return facts;
}

const ACRONYM = /^[\p{Lu}.]+$/u;
export const isGeneric = (key: string) => isOneWord(key) && (GENERIC_HEADS.has(key.slice(2)) || TREATY_HEADS.has(key.slice(2)));

function addTo(index: Map<string, string[]>, key: string, item: string): void {
  const items = index.get(key);
  if (items) items.push(item);
  else index.set(key, [item]);
}

/** The type with the most mentions, the first seen on a tie. */
export function majorityType(locals: readonly Local[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const { actor } of locals) counts.set(actor.type, (counts.get(actor.type) ?? 0) + actor.mentions.length);
  let best: EntityType = locals[0].actor.type;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
  return best;
}

export type Unnamed = Omit<WorkspaceActor, 'id'>;

export function toWorkspaceActor(locals: readonly Local[], type: EntityType): Unnamed {
  const name = bestName(type, locals);
  const aliases = new Set<string>();
  const seeds: { file: string; mentions: number; actors: string[] }[] = [];
  const bySeed = new Map<string, { file: string; mentions: number; actors: string[] }>();
  for (const { file, actor } of locals) {
    aliases.add(actor.name);
    for (const form of actor.aliases) aliases.add(form);
    let seed = bySeed.get(file);
    if (!seed) {
      bySeed.set(file, (seed = { file, mentions: 0, actors: [] }));
      seeds.push(seed);
    }
    seed.mentions += actor.mentions.length;
    seed.actors.push(actor.id);
  }
  aliases.delete(name);
  return { type, name, aliases: [...aliases], seeds };
}

/**
 * The name the seeds give most often (by mentions) among full names, not acronyms nor generic words; a
 * person's name with the most words first, so a bare surname never names a person who has a full name.
 * Then the most words and characters, then the first seen.
 */
function bestName(type: EntityType, locals: readonly Local[]): string {
  const forms = new Map<string, number>();
  for (const { actor } of locals) forms.set(actor.name, (forms.get(actor.name) ?? 0) + actor.mentions.length);
  const full = [...forms.keys()].filter(f => !ACRONYM.test(f) && !isGeneric(`N:${nameKey(f)}`));
  const pool = full.length > 0 ? full : [...forms.keys()];
  const words = (f: string) => f.split(/\s+/).length;
  const rank = (f: string) => [type === 'PERSON' ? words(f) : 0, forms.get(f)!, words(f), f.length];
  let best = pool[0];
  for (const form of pool.slice(1)) {
    const [r, b] = [rank(form), rank(best)];
    const i = r.findIndex((x, j) => x !== b[j]);
    if (i >= 0 && r[i] > b[i]) best = form;
  }
  return best;
}

/** An actor's id before numbering: an actor the seeds' changes did not touch is the same object from one linking to the next. */
const baseIds = new WeakMap<Unnamed, string>();

/** Ids from type and name, as a seed's actors have, numbered on a clash in order of first appearance. */
export function withIds(actors: readonly Unnamed[]): WorkspaceActor[] {
  const used = new Set<string>();
  return actors.map(actor => {
    let base = baseIds.get(actor);
    if (base === undefined) baseIds.set(actor, (base = `${actor.type.toLowerCase()}:${idSlug(nameKey(actor.name))}`));
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...actor };
  });
}
