import { canonicalKey } from '../actors/actorKeys';
import type { EntityType } from '../model';
import {
  compareLocals,
  isGeneric,
  type Groups,
  Links,
  linkAliasesAndAcronyms,
  linkSurnames,
  type Local,
  majorityType,
  toWorkspaceActor,
  type Unnamed,
  withIds,
  type WorkspaceActor,
} from './linkRules';
import type { SeedFacts } from './seedFacts';
import { finishSteps } from './steps';
import type { WorkspaceIndex } from './workspaceIndex';

export type { WorkspaceActor } from './linkRules';

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
  return [...finishSteps(linkActorsSteps(index)).actors];
}

/**
 * The linked actors of an index, and what linking the next index reuses: each seed's facts, the groups of
 * seeds' actors by key, and the workspace actor each linked set of groups made. Opaque but for `actors`.
 */
export interface ActorLinks {
  /** `linkActors(index)`. */
  readonly actors: readonly WorkspaceActor[];
}

interface LinkState extends ActorLinks {
  readonly seeds: ReadonlyMap<string, SeedFacts>;
  readonly groups: Groups;
  /** By the keys of a component's groups: its groups (the arrays) and the actor they made. */
  readonly made: ReadonlyMap<string, Made>;
}

interface Made {
  readonly parts: readonly (readonly Local[])[];
  readonly first: Local;
  readonly actor: Unnamed;
}

/**
 * `linkActors` in steps: the generator yields now and then (every few thousand seeds' actors) and returns
 * the links, so a host that must not block its thread runs it a slice at a time. Given the links of a
 * previous index (`previous`), only the groups of the seeds that changed are made again, and only the
 * workspace actors whose groups changed: the result is the same as linking from nothing.
 */
export function* linkActorsSteps(index: WorkspaceIndex, previous?: ActorLinks): Generator<void, ActorLinks> {
  const seeds = new Map<string, SeedFacts>();
  for (const { file, hash } of index.files) seeds.set(file, index.entries[hash]);
  const before = previous as LinkState | undefined;
  const changed = before ? changedFiles(before.seeds, seeds) : undefined;
  // Many changes (a first run, a new folder): linking from nothing costs less than finding what to keep.
  const incremental = before !== undefined && changed !== undefined && changed.size <= Math.max(8, seeds.size / 8);
  const groups = incremental ? regroup(before, seeds, changed) : yield* groupAll(seeds);
  yield;
  const links = new Links();
  yield* linkSurnames(groups, links);
  yield* linkAliasesAndAcronyms(groups, links, typeOf);
  yield;

  const components = new Map<string, (readonly Local[])[]>();
  for (const [key, locals] of groups) {
    const root = links.find(key);
    const parts = components.get(root);
    if (parts) parts.push(locals);
    else components.set(root, [locals]);
  }
  const made = new Map<string, Made>();
  let done = 0;
  for (const parts of components.values()) {
    if (parts.length > 1) parts.sort((a, b) => (a[0].key < b[0].key ? -1 : 1));
    const signature = parts.length === 1 ? parts[0][0].key : parts.map(p => p[0].key).join('\n');
    let one = incremental ? before.made.get(signature) : undefined;
    if (!one || one.parts.length !== parts.length || one.parts.some((p, i) => p !== parts[i])) {
      // Each component's locals in order of first appearance (file order, then each seed's actor order).
      const locals = parts.length === 1 ? parts[0] : parts.flat().sort(compareLocals);
      one = { parts, first: locals[0], actor: toWorkspaceActor(locals, typeOf(locals)) };
      done += locals.length;
    }
    made.set(signature, one);
    if (done >= STEP) {
      done = 0;
      yield;
    }
  }
  const inOrder = [...made.values()].sort((a, b) => compareLocals(a.first, b.first));
  const actors = withIds(inOrder.map(m => m.actor));
  const mentions = (a: WorkspaceActor) => a.seeds.reduce((n, s) => n + s.mentions, 0);
  const sorted = actors
    .map((actor, order) => ({ actor, order, seeds: actor.seeds.length, mentions: mentions(actor) }))
    .sort((a, b) => b.seeds - a.seeds || b.mentions - a.mentions || a.order - b.order)
    .map(x => x.actor);
  const state: LinkState = { actors: sorted, seeds, groups, made };
  return state;
}

/** Locals handled between two yields of `linkActorsSteps`. */
const STEP = 2000;

/** The files added, removed or with other facts. */
function changedFiles(before: ReadonlyMap<string, SeedFacts>, now: ReadonlyMap<string, SeedFacts>): Set<string> {
  const changed = new Set<string>();
  for (const [file, facts] of before) if (now.get(file) !== facts) changed.add(file);
  for (const [file, facts] of now) if (before.get(file) !== facts) changed.add(file);
  return changed;
}

/** Every seed's actors grouped by key, each group in order of first appearance. */
function* groupAll(seeds: ReadonlyMap<string, SeedFacts>): Generator<void, Map<string, readonly Local[]>> {
  const groups = new Map<string, Local[]>();
  let step = 0;
  for (const [file, facts] of seeds) {
    for (const local of localsOf(file, facts)) {
      const group = groups.get(local.key);
      if (group) group.push(local);
      else groups.set(local.key, [local]);
    }
    step += facts.actors.length;
    if (step >= STEP) {
      step = 0;
      yield;
    }
  }
  return groups;
}

/** The previous groups with the changed seeds' actors taken out and put in again: untouched groups stay the same arrays. */
function regroup(before: LinkState, seeds: ReadonlyMap<string, SeedFacts>, changed: ReadonlySet<string>): Map<string, readonly Local[]> {
  const groups = new Map(before.groups);
  const added = new Map<string, Local[]>();
  for (const file of changed) {
    const old = before.seeds.get(file);
    if (old) for (const key of keysOf(old).keys) if (!added.has(key)) added.set(key, []);
    const facts = seeds.get(file);
    if (!facts) continue;
    for (const local of localsOf(file, facts)) {
      const list = added.get(local.key);
      if (list) list.push(local);
      else added.set(local.key, [local]);
    }
  }
  for (const [key, locals] of added) {
    const kept = (groups.get(key) ?? []).filter(l => !changed.has(l.file));
    const all = kept.concat(locals).sort(compareLocals);
    if (all.length > 0) groups.set(key, all);
    else groups.delete(key);
  }
  return groups;
}

function localsOf(file: string, facts: SeedFacts): Local[] {
  const { keys, claims } = keysOf(facts);
  return facts.actors.map((actor, at) => ({ file, at, actor, key: keys[at], claims: claims[at] }));
}

/** A group's type (`majorityType`), once per group: an unchanged group is the same array from one linking to the next. */
const types = new WeakMap<readonly Local[], EntityType>();

function typeOf(locals: readonly Local[]): EntityType {
  let type = types.get(locals);
  if (type === undefined) types.set(locals, (type = majorityType(locals)));
  return type;
}

/** Each actor's group key ("P:" or "N:" and its canonical name) and its aliases' keys, by seed. */
interface SeedKeys {
  readonly keys: readonly string[];
  /** Each actor's `Local.claims`. */
  readonly claims: readonly (readonly string[])[];
}

/** The keys of a seed's actors depend on its facts alone: kept with the facts (which the index shares by content). */
const seedKeys = new WeakMap<SeedFacts, SeedKeys>();

function keysOf(facts: SeedFacts): SeedKeys {
  let known = seedKeys.get(facts);
  if (!known) {
    const keys = facts.actors.map(a => `${a.type === 'PERSON' ? 'P' : 'N'}:${canonicalKey(a.name)}`);
    known = { keys, claims: facts.actors.map((a, i) => (a.type === 'PERSON' ? [] : claimsOf(keys[i], a.aliases))) };
    seedKeys.set(facts, known);
  }
  return known;
}

/** A non-person's aliases as names it claims: their keys, but its own and generic ones, each once. */
function claimsOf(key: string, aliases: readonly string[]): string[] {
  const claims = new Set<string>();
  for (const alias of aliases) {
    const aliasKey = `N:${canonicalKey(alias)}`;
    if (aliasKey !== key && !isGeneric(aliasKey)) claims.add(aliasKey);
  }
  return [...claims];
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
