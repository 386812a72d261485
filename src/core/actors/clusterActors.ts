import { TREATY_HEADS } from '../entities/lexicons';
import type { EntitySpan, EntityType, Span } from '../types';
import { GENERIC_HEADS, canonicalKey, initials, nameKey } from './actorKeys';

/** A mention as the clustering sees it: a typed span with the honorific and role written beside it. */
export interface ContextMention extends EntitySpan {
  readonly honorific?: string;
  readonly role?: string;
}

/** An actor: every mention of one person, organisation, place or thing. */
export interface Actor {
  readonly id: string;
  readonly type: EntityType;
  /** The fullest name the text gives, with the case of a person's name set right ("Donald Trump"). */
  readonly name: string;
  /** Other forms the text uses, with honorifics ("Mr. Stoltenberg"); not the name itself. */
  readonly aliases: readonly string[];
  /** Roles the text gives ("Secretary General"), in order of appearance. */
  readonly roles: readonly string[];
  /** Mentions in text order; the first is the first mention. */
  readonly mentions: readonly (Span & { readonly text: string })[];
}

/** Groups mentions into actors. Returns the actors in order of first mention. */
export function clusterActors(text: string, mentions: readonly ContextMention[]): Actor[] {
  const groups = new Map<string, ContextMention[]>();
  const keys = new Map<string, string>(); // mention text → canonical key: names recur
  for (const m of mentions) {
    let canonical = keys.get(m.text);
    if (canonical === undefined) keys.set(m.text, (canonical = canonicalKey(m.text)));
    addTo(groups, `${m.type === 'PERSON' ? 'P' : 'N'}:${canonical}`, m);
  }
  const merge = (from: string, to: string) => {
    groups.set(to, [...groups.get(to)!, ...groups.get(from)!].sort((a, b) => a.start - b.start));
    groups.delete(from);
  };
  mergeSurnames(groups, merge);
  mergeAcronymsAndParts(groups, merge);
  mergeBracketedAcronyms(text, mentions, groups, merge);
  mergeGenericReferences(groups, merge);

  const actors = [...groups.values()].map(ms => toActor(ms)).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return withUniqueIds(actors);
}

type Groups = Map<string, ContextMention[]>;
type Merge = (from: string, to: string) => void;
const words = (key: string) => key.slice(2).split(' ');

/** "Stoltenberg" joins "Jens Stoltenberg" when only one person has that surname (or first name). */
function mergeSurnames(groups: Groups, merge: Merge): void {
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const k of groups.keys()) {
    const w = words(k);
    if (!k.startsWith('P:') || w.length < 2) continue;
    addTo(byLast, w[w.length - 1], k);
    addTo(byFirst, w[0], k);
  }
  for (const key of [...groups.keys()]) {
    if (!key.startsWith('P:') || words(key).length > 1) continue;
    const name = words(key)[0];
    const owners = byLast.get(name) ?? [];
    const firsts = byFirst.get(name) ?? [];
    const target = owners.length === 1 ? owners[0] : owners.length === 0 && firsts.length === 1 ? firsts[0] : undefined;
    if (target) merge(key, target);
  }
}

function addTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const items = index.get(key);
  if (items) items.push(item);
  else index.set(key, [item]);
}

/** "Treaty on the … forces (INF)": the bracketed acronym names the same thing as what precedes it. */
function mergeBracketedAcronyms(text: string, mentions: readonly ContextMention[], groups: Groups, merge: Merge): void {
  const all = mentions.slice();
  if (all.some((m, i) => i > 0 && all[i - 1].start > m.start)) all.sort((a, b) => a.start - b.start);
  let keyOf: Map<ContextMention, string> | undefined; // built at the first bracketed pair: most texts have none
  for (let i = 1; i < all.length; i++) {
    const [prev, cur] = [all[i - 1], all[i]];
    if (text[cur.end] !== ')' || !/^\s*\($/.test(text.slice(prev.end, cur.start))) continue;
    if (!keyOf) {
      keyOf = new Map();
      for (const [k, ms] of groups) for (const m of ms) keyOf.set(m, k);
    }
    const [from, to] = [keyOf.get(cur)!, keyOf.get(prev)!];
    if (from !== to && groups.has(from) && groups.has(to) && cur.type === prev.type) {
      merge(from, to);
      for (const m of groups.get(to)!) keyOf.set(m, to);
    }
  }
}

/** "NATO" ≡ "North Atlantic Treaty Organization"; "INF" (MISC) joins the one "INF Treaty". */
function mergeAcronymsAndParts(groups: Groups, merge: Merge): void {
  // Acronyms are what merge away here, so the longer names can be indexed once, by initials and by word.
  const byInitials = new Map<string, string[]>();
  const byWord = new Map<string, string[]>();
  for (const k of groups.keys()) {
    const kw = words(k);
    if (k.startsWith('P:') || kw.length < 2) continue;
    addTo(byInitials, initials(k.slice(2)), k);
    for (const w of new Set(kw)) addTo(byWord, w, k);
  }
  for (const key of [...groups.keys()]) {
    const ms = groups.get(key);
    if (!ms || key.startsWith('P:') || !/^[\p{Lu}.]+$/u.test(ms[0].text)) continue;
    const acronym = nameKey(ms[0].text);
    // An indexed name may itself have merged away already (a dotted acronym such as "U.S." has two words).
    const candidates = new Set((byInitials.get(acronym) ?? []).filter(k => groups.has(k)));
    for (const k of byWord.get(acronym) ?? []) if (groups.get(k)?.[0].type === ms[0].type) candidates.add(k);
    candidates.delete(key);
    if (candidates.size === 1) merge(key, [...candidates][0]);
  }
}

/** "the Alliance", "the Treaty": a bare generic head joins the one actor of its kind in the text. */
function mergeGenericReferences(groups: Groups, merge: Merge): void {
  for (const key of [...groups.keys()]) {
    const head = words(key);
    if (head.length !== 1 || key.startsWith('P:')) continue;
    const type = groups.get(key)![0].type;
    const fits = TREATY_HEADS.has(head[0])
      ? (name: string) => name.split(' ').some(w => TREATY_HEADS.has(w))
      : GENERIC_HEADS[head[0]];
    if (!fits) continue;
    const candidates = [...groups.keys()].filter(k => k !== key && groups.get(k)![0].type === type && fits(k.slice(2)));
    if (candidates.length === 1) merge(key, candidates[0]);
  }
}

function toActor(ms: readonly ContextMention[]): Omit<Actor, 'id'> & { id: string } {
  const type = majorityType(ms);
  const name = canonicalName(type, ms);
  const aliases: string[] = [];
  const add = (s: string) => {
    if (s !== name && !aliases.includes(s)) aliases.push(s);
  };
  for (const m of ms) {
    add(m.text);
    if (m.honorific) add(`${m.honorific} ${m.text}`);
  }
  const roles: string[] = [];
  for (const m of ms) if (m.role && !roles.some(r => r.toLowerCase() === m.role!.toLowerCase())) roles.push(m.role);
  return { id: '', type, name, aliases, roles, mentions: ms.map(m => ({ start: m.start, end: m.end, text: m.text })) };
}

function majorityType(ms: readonly ContextMention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of ms) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function canonicalName(type: EntityType, ms: readonly ContextMention[]): string {
  const forms = new Map<string, number>();
  for (const m of ms) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
  const byLength = (a: string, b: string) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length;
  if (type === 'PERSON') {
    const longest = [...forms.keys()].sort(byLength)[0];
    return longest.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  }
  const isAcronym = (f: string) => /^[\p{Lu}.]+$/u.test(f);
  const isGeneric = (f: string) => !/\s/.test(f) && (f.toLowerCase() in GENERIC_HEADS || TREATY_HEADS.has(f.toLowerCase()));
  const full = [...forms.keys()].filter(f => !isAcronym(f) && !isGeneric(f));
  const pool = full.length > 0 ? full : [...forms.keys()];
  return pool.sort((a, b) => forms.get(b)! - forms.get(a)! || byLength(a, b))[0];
}

function withUniqueIds(actors: Array<Omit<Actor, 'id'> & { id: string }>): Actor[] {
  const used = new Set<string>();
  return actors.map(a => {
    const base = `${a.type.toLowerCase()}:${nameKey(a.name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...a, id };
  });
}
