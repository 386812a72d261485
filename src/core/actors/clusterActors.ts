import { TREATY_HEADS } from '../entities/lexicons';
import type { Actor, EntitySpan, EntityType } from '../model';
import { GENERIC_HEADS, idSlug, initials, nameKey, sameAsKey } from './actorKeys';
import { POLL_EVERY, type Pause, type Stepwise } from '../stepwise';

/** A mention as the clustering sees it: a typed span with the honorific and role written beside it. */
export interface ContextMention extends EntitySpan {
  readonly honorific?: string;
  readonly role?: string;
}

/**
 * Groups mentions into actors. Returns the actors in order of first mention.
 *
 * This runs on every edit of a large document (thousands of mentions, far fewer distinct texts), so
 * the keys of a text are computed once per call, and the group each mention ended up in is followed
 * through the merges rather than indexed again. It may pause (see `stepwise.ts`) between its passes
 * and inside its loops over mentions and groups.
 */
export function* clusterActors(text: string, mentions: readonly ContextMention[], pause: Pause): Stepwise<Actor[]> {
  const keys = new GroupKeys();
  const groups = yield* groupByKey(mentions, keys, pause);

  const mergedInto = new Map<string, string>(); // a group merged away → the group it joined
  const merge = (from: string, to: string) => {
    groups.set(to, mergeInTextOrder(groups.get(to)!, groups.get(from)!));
    groups.delete(from);
    mergedInto.set(from, to);
  };
  const groupOf = (key: string) => {
    for (let to = mergedInto.get(key); to !== undefined; to = mergedInto.get(key)) key = to;
    return key;
  };
  yield* mergeSurnames(groups, merge, pause);
  yield* mergeAcronymsAndParts(groups, merge, pause);
  yield* mergeBracketedAcronyms(text, mentions, m => groupOf(keys.of(m)), merge, pause);
  yield* mergeGenericReferences(groups, merge, pause);

  const actors: UnnamedActor[] = [];
  let n = 0;
  for (const ms of groups.values()) {
    if (++n % POLL_EVERY === 0 && pause()) yield;
    actors.push(toActor(ms));
  }
  if (pause()) yield;
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  if (pause()) yield;
  return withUniqueIds(actors, keys);
}

type Groups = Map<string, ContextMention[]>;
type Merge = (from: string, to: string) => void;
/** An actor before `withUniqueIds` gives it its id. */
type UnnamedActor = Omit<Actor, 'id'> & { id: string };

const words = (key: string) => key.slice(2).split(' ');
/** One word after the "P:"/"N:" prefix; cheaper than splitting the key. */
const isOneWord = (key: string) => key.indexOf(' ', 2) < 0;

/**
 * The keys of one clustering, memoised by text: a call meets each text many times. A mention's group
 * key is "P:" (person) or "N:" and the canonical key of its text.
 */
class GroupKeys {
  private readonly personKeys = new Map<string, string>();
  private readonly otherKeys = new Map<string, string>();
  private readonly nameKeys = new Map<string, string>();

  of(m: ContextMention): string {
    const isPerson = m.type === 'PERSON';
    const known = isPerson ? this.personKeys : this.otherKeys;
    let key = known.get(m.text);
    if (key === undefined) known.set(m.text, (key = `${isPerson ? 'P' : 'N'}:${sameAsKey(this.nameKey(m.text))}`));
    return key;
  }

  nameKey(s: string): string {
    let key = this.nameKeys.get(s);
    if (key === undefined) this.nameKeys.set(s, (key = nameKey(s)));
    return key;
  }
}

/** Mentions by group key, in order of first mention. Each text's group is found by key once, then by text. */
function* groupByKey(mentions: readonly ContextMention[], keys: GroupKeys, pause: Pause): Stepwise<Groups> {
  const groups: Groups = new Map();
  const personGroups = new Map<string, ContextMention[]>(); // text → its group
  const otherGroups = new Map<string, ContextMention[]>();
  for (let i = 0; i < mentions.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const m = mentions[i];
    const byText = m.type === 'PERSON' ? personGroups : otherGroups;
    let group = byText.get(m.text);
    if (group === undefined) {
      const key = keys.of(m);
      group = groups.get(key);
      if (group === undefined) groups.set(key, (group = []));
      byText.set(m.text, group);
    }
    group.push(m);
  }
  return groups;
}

/**
 * Two mention lists as one in text order, `a`'s first on a tie: what a stable sort of `a` then `b`
 * gives. Groups are in text order whenever the mentions are, so a linear merge is the rule.
 */
function mergeInTextOrder(a: readonly ContextMention[], b: readonly ContextMention[]): ContextMention[] {
  if (!inTextOrder(a) || !inTextOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out: ContextMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function inTextOrder(ms: readonly ContextMention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i - 1].start > ms[i].start) return false;
  return true;
}

/** "Stoltenberg" joins "Jens Stoltenberg" when only one person has that surname (or first name). */
function* mergeSurnames(groups: Groups, merge: Merge, pause: Pause): Stepwise<void> {
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  let n = 0;
  for (const k of groups.keys()) {
    if (++n % POLL_EVERY === 0 && pause()) yield;
    if (!k.startsWith('P:') || isOneWord(k)) continue;
    const w = words(k);
    addTo(byLast, w[w.length - 1], k);
    addTo(byFirst, w[0], k);
  }
  for (const key of [...groups.keys()]) {
    if (++n % POLL_EVERY === 0 && pause()) yield;
    if (!key.startsWith('P:') || !isOneWord(key)) continue;
    const name = key.slice(2);
    const owners = byLast.get(name);
    const firsts = byFirst.get(name);
    const target = owners ? (owners.length === 1 ? owners[0] : undefined) : firsts?.length === 1 ? firsts[0] : undefined;
    if (target) merge(key, target);
  }
}

function addTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const items = index.get(key);
  if (items) items.push(item);
  else index.set(key, [item]);
}

/**
 * "Treaty on the … forces (INF)": the bracketed acronym names the same thing as what precedes it.
 * `groupOf` gives the key of the group a mention is in now, after the merges so far.
 */
function* mergeBracketedAcronyms(
  text: string,
  mentions: readonly ContextMention[],
  groupOf: (m: ContextMention) => string,
  merge: Merge,
  pause: Pause,
): Stepwise<void> {
  const all = inTextOrder(mentions) ? mentions : mentions.slice().sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const prev = all[i - 1];
    const cur = all[i];
    if (text[cur.end] !== ')' || cur.type !== prev.type || !/^\s*\($/.test(text.slice(prev.end, cur.start))) continue;
    const from = groupOf(cur);
    const to = groupOf(prev);
    if (from !== to) merge(from, to);
  }
}

/** "NATO" ≡ "North Atlantic Treaty Organization"; "INF" (MISC) joins the one "INF Treaty". */
function* mergeAcronymsAndParts(groups: Groups, merge: Merge, pause: Pause): Stepwise<void> {
  // Acronyms are what merge away here, so the longer names can be indexed once, by initials and by word.
  const byInitials = new Map<string, string[]>();
  const byWord = new Map<string, string[]>();
  let n = 0;
  for (const k of groups.keys()) {
    if (++n % POLL_EVERY === 0 && pause()) yield;
    if (k.startsWith('P:') || isOneWord(k)) continue;
    addTo(byInitials, initials(k.slice(2)), k);
    for (const w of new Set(words(k))) addTo(byWord, w, k);
  }
  for (const key of [...groups.keys()]) {
    if (++n % POLL_EVERY === 0 && pause()) yield;
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
function* mergeGenericReferences(groups: Groups, merge: Merge, pause: Pause): Stepwise<void> {
  let n = 0;
  for (const key of [...groups.keys()]) {
    if (++n % POLL_EVERY === 0 && pause()) yield;
    if (key.startsWith('P:') || !isOneWord(key)) continue;
    const head = key.slice(2);
    const fits = TREATY_HEADS.has(head) ? (name: string) => name.split(' ').some(w => TREATY_HEADS.has(w)) : GENERIC_HEADS.get(head);
    if (!fits) continue;
    const type = groups.get(key)![0].type;
    const candidates = [...groups.keys()].filter(k => k !== key && groups.get(k)![0].type === type && fits(k.slice(2)));
    if (candidates.length === 1) merge(key, candidates[0]);
  }
}

function toActor(ms: readonly ContextMention[]): UnnamedActor {
  const type = majorityType(ms);
  const name = canonicalName(type, ms);
  const aliases: string[] = [];
  const roles: string[] = [];
  for (const m of ms) {
    addAlias(aliases, name, m.text);
    if (m.honorific) addAlias(aliases, name, `${m.honorific} ${m.text}`);
    if (m.role && !roles.some(r => r.toLowerCase() === m.role!.toLowerCase())) roles.push(m.role);
  }
  return { id: '', type, name, aliases, roles, mentions: ms.map(m => ({ start: m.start, end: m.end, text: m.text })) };
}

function addAlias(aliases: string[], name: string, form: string): void {
  if (form !== name && !aliases.includes(form)) aliases.push(form);
}

/** The most frequent type, the first seen on a tie. Nearly every actor has one type, so that is checked first. */
function majorityType(ms: readonly ContextMention[]): EntityType {
  if (oneType(ms)) return ms[0].type;
  const counts = new Map<EntityType, number>();
  for (const m of ms) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * A person's form with the most words (then characters), capitalised; otherwise the most frequent
 * full form (then most words, then characters). The first form in text order wins a tie.
 */
function canonicalName(type: EntityType, ms: readonly ContextMention[]): string {
  const only = oneText(ms) ? ms[0].text : undefined; // most actors have one form
  if (type === 'PERSON') {
    const longest = only ?? longestForm([...new Set(ms.map(m => m.text))]);
    return longest.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  }
  if (only !== undefined) return only; // the one form is the name, full or not
  const forms = new Map<string, number>();
  for (const m of ms) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
  const isAcronym = (f: string) => /^[\p{Lu}.]+$/u.test(f);
  const isGeneric = (f: string) => !/\s/.test(f) && (GENERIC_HEADS.has(f.toLowerCase()) || TREATY_HEADS.has(f.toLowerCase()));
  const full = [...forms.keys()].filter(f => !isAcronym(f) && !isGeneric(f));
  const pool = full.length > 0 ? full : [...forms.keys()];
  let best = pool[0];
  let bestCount = forms.get(best)!;
  let bestWords = wordCount(best);
  for (let i = 1; i < pool.length; i++) {
    const count = forms.get(pool[i])!;
    if (count < bestCount) continue;
    const n = wordCount(pool[i]);
    if (count > bestCount || n > bestWords || (n === bestWords && pool[i].length > best.length)) {
      best = pool[i];
      bestCount = count;
      bestWords = n;
    }
  }
  return best;
}

/** The form with the most words, then the most characters; the first on a tie. */
function longestForm(forms: readonly string[]): string {
  let best = forms[0];
  let bestWords = wordCount(best);
  for (let i = 1; i < forms.length; i++) {
    const n = wordCount(forms[i]);
    if (n > bestWords || (n === bestWords && forms[i].length > best.length)) {
      best = forms[i];
      bestWords = n;
    }
  }
  return best;
}

const wordCount = (s: string) => s.split(/\s+/).length;

function oneType(ms: readonly ContextMention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i].type !== ms[0].type) return false;
  return true;
}

function oneText(ms: readonly ContextMention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i].text !== ms[0].text) return false;
  return true;
}

/** Ids from type and name ("person:jens-stoltenberg"), numbered on a clash; set in place, in actor order. */
function withUniqueIds(actors: UnnamedActor[], keys: GroupKeys): Actor[] {
  const used = new Set<string>();
  for (const a of actors) {
    // Most names are a mention text whose key the clustering computed already.
    const base = `${a.type.toLowerCase()}:${idSlug(keys.nameKey(a.name))}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    a.id = id;
  }
  return actors;
}
