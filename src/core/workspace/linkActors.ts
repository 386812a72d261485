import { canonicalKey, GENERIC_HEADS, idSlug, initials, nameKey } from '../actors/actorKeys';
import { TREATY_HEADS } from '../entities/lexicons';
import type { EntityType } from '../model';
import type { SeedActorFacts } from './seedFacts';
import { indexedSeeds, type WorkspaceIndex } from './workspaceIndex';

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

/** A seed's own actor, where it was first seen (files in order, then the seed's actor order). */
interface Local {
  readonly file: string;
  readonly actor: SeedActorFacts;
  /** "P:" (a person) or "N:", then the canonical key of its name, as one seed's clustering keys a mention. */
  readonly key: string;
  /** Its place in the order of first appearance. */
  readonly order: number;
}

/**
 * The seeds' actors linked into workspace actors, most seeds first, then most mentions, then first seen.
 *
 * The rules are those of one seed's clustering (`clusterActors`), with the same keys, applied to each
 * seed's actors by their names rather than to mentions:
 * - the same canonical name (case, dots, dashes, known short forms: "Donald trump" ≡ "Donald Trump",
 *   "US" ≡ "United States") is one actor; a person and a non-person never meet, so the place "Jordan"
 *   and the person "Jordan" stay two;
 * - a one-word person ("Trump", where a seed names no one else) joins the one full name in the workspace
 *   that ends (else starts) with that word, and stays alone when two people share it: a seed's bare
 *   "Trump" never makes Donald and Melania Trump one. A full name never joins another through its
 *   one-word aliases, for the same reason;
 * - a non-person joins the one other whose seed gave it its name as an alias ("CSTO" beside "Collective
 *   Security Treaty Organization (CSTO)"), or, as an acronym, the one whose initials or one word it is.
 *   A generic alias ("the Alliance", "the Treaty") links nothing.
 *
 * The result depends on the set of seeds, not the order they were indexed in, so shards merge exactly.
 */
export function linkActors(index: WorkspaceIndex): WorkspaceActor[] {
  const groups = new Map<string, Local[]>();
  const keys = new Map<string, string>(); // name → canonical key: the same names recur in seed after seed
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = canonicalKey(name)));
    return key;
  };
  const groupKeys = new Map<string, string>(); // "P" or "N" and a name → its group key
  let order = 0;
  for (const { file, facts } of indexedSeeds(index)) {
    for (const actor of facts.actors) {
      const kind = actor.type === 'PERSON' ? 'P' : 'N';
      let key = groupKeys.get(kind + actor.name);
      if (key === undefined) groupKeys.set(kind + actor.name, (key = `${kind}:${keyOf(actor.name)}`));
      const local = { file, actor, key, order: order++ };
      const group = groups.get(key);
      if (group) group.push(local);
      else groups.set(key, [local]);
    }
  }
  const links = new Links();
  linkSurnames(groups, links);
  linkAliasesAndAcronyms(groups, links, keyOf);

  const components = new Map<string, Local[]>();
  const joined = new Set<string>(); // components of more than one group, whose locals need sorting
  for (const [key, locals] of groups) {
    const root = links.find(key);
    const component = components.get(root);
    if (!component) components.set(root, locals);
    else {
      components.set(root, component.concat(locals));
      joined.add(root);
    }
  }
  for (const root of joined) components.get(root)!.sort((a, b) => a.order - b.order);
  // Each component's locals are in order of first appearance (file order, then each seed's actor order).
  const actors = withIds([...components.values()].map(toWorkspaceActor));
  const mentions = (a: WorkspaceActor) => a.seeds.reduce((n, s) => n + s.mentions, 0);
  return actors
    .map((actor, order) => ({ actor, order, seeds: actor.seeds.length, mentions: mentions(actor) }))
    .sort((a, b) => b.seeds - a.seeds || b.mentions - a.mentions || a.order - b.order)
    .map(x => x.actor);
}

/** Which workspace actor each seed's own actor is: file → the seed's actor id → workspace actor id. */
export function workspaceActorIds(actors: readonly WorkspaceActor[]): Map<string, Map<string, string>> {
  const ids = new Map<string, Map<string, string>>();
  for (const actor of actors) {
    for (const seed of actor.seeds) {
      let local = ids.get(seed.file);
      if (!local) ids.set(seed.file, (local = new Map()));
      for (const id of seed.actors) local.set(id, actor.id);
    }
  }
  return ids;
}

/** Union-find over group keys: which groups are one actor. */
class Links {
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

type Groups = ReadonlyMap<string, readonly Local[]>;
const isOneWord = (key: string) => key.indexOf(' ', 2) < 0;
const wordsOf = (key: string) => key.slice(2).split(' ');

/** A one-word person joins the one full name with that last word (else first word) in the workspace. */
function linkSurnames(groups: Groups, links: Links): void {
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
}

/** A non-person joins the one other that claims its name as an alias, or (an acronym) whose initials or word it is. */
function linkAliasesAndAcronyms(groups: Groups, links: Links, keyOf: (name: string) => string): void {
  const claims = new Map<string, string[]>();
  const byInitials = new Map<string, string[]>();
  const byWord = new Map<string, string[]>();
  for (const [key, locals] of groups) {
    if (key.startsWith('P:')) continue;
    for (const { actor } of locals) {
      for (const alias of actor.aliases) {
        const aliasKey = `N:${keyOf(alias)}`;
        if (aliasKey !== key && !isGeneric(aliasKey)) addTo(claims, aliasKey, key);
      }
    }
    if (isOneWord(key)) continue;
    addTo(byInitials, initials(key.slice(2)), key);
    for (const word of new Set(wordsOf(key))) addTo(byWord, word, key);
  }
  for (const [key, locals] of groups) {
    if (key.startsWith('P:')) continue;
    const candidates = new Set(claims.get(key));
    const word = key.slice(2);
    if (isOneWord(key) && locals.some(l => ACRONYM.test(l.actor.name))) {
      for (const k of byInitials.get(word) ?? []) candidates.add(k);
      const type = majorityType(locals);
      for (const k of byWord.get(word) ?? []) if (majorityType(groups.get(k)!) === type) candidates.add(k);
    }
    candidates.delete(key);
    if (candidates.size === 1) links.join(key, [...candidates][0]);
  }
}

const ACRONYM = /^[\p{Lu}.]+$/u;
const isGeneric = (key: string) => isOneWord(key) && (GENERIC_HEADS.has(key.slice(2)) || TREATY_HEADS.has(key.slice(2)));

function addTo(index: Map<string, string[]>, key: string, item: string): void {
  const items = index.get(key);
  if (items) items.push(item);
  else index.set(key, [item]);
}

/** The type with the most mentions, the first seen on a tie. */
function majorityType(locals: readonly Local[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const { actor } of locals) counts.set(actor.type, (counts.get(actor.type) ?? 0) + actor.mentions.length);
  let best: EntityType = locals[0].actor.type;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
  return best;
}

type Unnamed = Omit<WorkspaceActor, 'id'>;

function toWorkspaceActor(locals: readonly Local[]): Unnamed {
  const type = majorityType(locals);
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

/** Ids from type and name, as a seed's actors have, numbered on a clash in order of first appearance. */
function withIds(actors: readonly Unnamed[]): WorkspaceActor[] {
  const used = new Set<string>();
  return actors.map(actor => {
    const base = `${actor.type.toLowerCase()}:${idSlug(nameKey(actor.name))}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...actor };
  });
}
