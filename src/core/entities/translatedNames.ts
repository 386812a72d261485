import { lexiconTags } from '../nlp/compromise';
import type { EntitySpan, EntityType } from '../model';
import { ORG_ACRONYMS, ORG_HEADS, PLACE_ACRONYMS, TITLE_HEADS } from './lexicons';
import { isCountryDemonym, placeKind } from './places';
import { type Word, isCapitalised, make, place } from './spanEdit';

/**
 * Sentence rules for names as machine-translated news writes them: bodies with lower-cased inner words and
 * their country word in one span ("Russian foreign Ministry", "state border service of Ukraine"), metonyms
 * ("the Kremlin" acting), platforms, peoples, "us" as the country, and types the place data knows better
 * than the tagger. `spans` are the sentence's spans so far (in text order, not overlapping); returns them changed.
 */
export function translatedNames(text: string, words: readonly Word[], spans: EntitySpan[]): EntitySpan[] {
  let out = spans.flatMap(s => withoutRole(text, s)).map(s => retypeByData(reshape(text, s)));
  for (const c of bodyPhrases(text, words, out)) out = place(out, c, 'retype');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.text.toLowerCase();
    if (PLATFORMS.has(lower) && isCapitalised(w.text)) out = place(out, make(text, w.start, w.end, 'ORG'), 'retype');
    else if (PEOPLES.has(w.text)) out = place(out, make(text, w.start, w.end, 'MISC'), 'retype');
    else if (w.text === 'us' && isCountryUs(words, i)) out = place(out, make(text, w.start, w.end, 'PLACE'), 'fill');
    else if (METONYMS.has(w.text)) {
      const end = w.text === 'White' ? (words[i + 1]?.text === 'House' ? words[i + 1].end : -1) : w.end;
      if (end < 0) continue;
      const the = words[i - 1]?.text.toLowerCase() === 'the';
      const building = the && LOCATIVES.has(words[i - 2]?.text.toLowerCase() ?? '');
      out = place(out, make(text, w.start, end, building ? 'PLACE' : 'ORG'), 'retype');
    }
  }
  return out;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Heads of named bodies: the organisation heads and the bodies of states ("service", "Rada"). */
const BODY_HEADS = new Set([...ORG_HEADS, ...words('service staff directorate duma rada sejm knesset treasury airlines ministry')]);

/** Heads that count also when lower-cased ("state border service", "General staff"); "police", "government" do not. */
const LOWER_HEADS = words('service staff directorate airlines ministry committee department duma rada');

/** Lower-case words that machine translation leaves inside a body's name ("foreign", "security"). */
const DOMAIN_WORDS = words(
  'foreign security state border national international federal general defense defence interior internal ' +
    'information press armed emergency emergencies finance justice economic economy trade energy health ' +
    'intelligence investigative customs tax migration public main affairs relations policy development ' +
    'central supreme constitutional civil aviation nuclear space military naval air forces guard',
);

/** Platforms and social networks, named as organisations. */
const PLATFORMS = words('facebook twitter instagram telegram youtube vkontakte whatsapp tiktok linkedin odnoklassniki');

/** Peoples by religion or order, which are MISC like demonyms. */
const PEOPLES = words(
  'Muslim Muslims Christian Christians Jew Jews Catholic Catholics Protestant Protestants Orthodox Buddhist ' +
    'Buddhists Hindu Hindus Sikh Sikhs Sunni Sunnis Shia Shiite Shiites Jesuit Jesuits',
);

/** Buildings that stand for the body inside them ("the Kremlin said"); "White" only before "House". */
const METONYMS = words('Kremlin Pentagon White');
/** Before "the Kremlin", these make it the building ("a tree in the Kremlin"). */
const LOCATIVES = words('in at inside into near outside around within');

/** Before a lower-case "us", the words after which it is the country ("of us sanctions"), not the pronoun. */
const BEFORE_US = words('the of recent new latest these those their our any further tough');
/** Lexicon tags of a word after "us" that make "us" the pronoun ("of us believe"). */
const NOT_AFTER_US = new Set(['Infinitive', 'PastTense', 'Verb', 'Gerund', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb', 'Modal']);

function isCountryUs(ws: readonly Word[], i: number): boolean {
  const before = ws[i - 1]?.text.toLowerCase();
  const after = ws[i + 1];
  if (!before || !BEFORE_US.has(before) || !after || !/^\p{Ll}{3,}$/u.test(after.text) || after.start !== ws[i].end + 1) return false;
  return !lexiconTags(after.text).some(t => NOT_AFTER_US.has(t));
}

/**
 * "Ambassador", "Senator" tagged ORG alone, or "foreign Affairs" in "Minister of foreign Affairs of …": a role,
 * not a body, so no name; when the role's complement is a country ("Affairs of Georgia"), the country stays.
 */
function withoutRole(text: string, s: EntitySpan): EntitySpan[] {
  if (s.type !== 'ORG' && s.type !== 'MISC') return [s];
  if (!/\s/.test(s.text) && (TITLE_HEADS.has(s.text.toLowerCase()) || s.text === 'MP')) return [];
  // Only a domain's words ("foreign Affairs"), not a body's name ("Ministers of NATO countries").
  const first = s.text.split(/\s+/)[0].toLowerCase();
  if (s.type !== 'ORG' || !DOMAIN_WORDS.has(first) || BODY_HEADS.has(s.text.split(/\s+/).pop()!.toLowerCase())) return [s];
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  const m = /(\p{L}+) of (?:the )?(?:\p{Ll}+ )*$/u.exec(before);
  if (!m || !TITLE_HEADS.has(m[1].toLowerCase().replace(/s$/, ''))) return [s];
  const of = /^(?:\p{L}+ )*?\p{L}+ of (?:the )?/u.exec(s.text);
  const country = of ? s.text.slice(of[0].length) : '';
  return of && isCountry(country) ? [make(text, s.start + of[0].length, s.end, 'PLACE')] : [];
}

/**
 * What the place data says of a span the tagger typed: a country or capital is a place ("DPRK", "Chisinau"),
 * a city the tagger called MISC is a place, a demonym is MISC ("Moldovan", "Russian-American"), and an
 * acronym the tagger called MISC that is no demonym is a body ("CSTO").
 */
function retypeByData(s: EntitySpan): EntitySpan {
  const kind = placeKind(s.text);
  let type: EntityType = s.type;
  if ((kind === 'country' || kind === 'capital') && (s.type === 'MISC' || s.type === 'ORG')) type = 'PLACE';
  else if (kind === 'city' && s.type === 'MISC') type = 'PLACE';
  else if (s.type !== 'MISC' && isCapitalised(s.text) && !/\s/.test(s.text) && isCountryDemonym(s.text)) type = 'MISC';
  else if (s.type === 'MISC' && ORG_ACRONYMS.has(s.text)) type = 'ORG';
  return type === s.type ? s : { ...s, type };
}

/** Heads no person's name ends with: a PERSON span ending in one is a body ("Main Directorate"). */
const NEVER_SURNAMES = words('Ministry Directorate Committee Commission Council Agency Department Service Embassy Duma Rada Sejm');

/**
 * Spans whose extent the rules know better: a PERSON ending in a body head is that body; "US Ambassador" is
 * the country and a role; "New Russia" in a title-cased headline is the country.
 */
function reshape(text: string, s: EntitySpan): EntitySpan {
  const parts = s.text.split(' ');
  if (parts.length < 2 || parts.some(p => p === '' || /\s/.test(p))) return s;
  const last = parts[parts.length - 1];
  if (s.type === 'PERSON' && NEVER_SURNAMES.has(last)) return { ...s, type: 'ORG' };
  const rest = parts.slice(0, -1).join(' ');
  if (s.type === 'ORG' && TITLE_HEADS.has(last.toLowerCase()) && !BODY_HEADS.has(last.toLowerCase()) && isCountry(rest)) {
    return make(text, s.start, s.start + rest.length, 'PLACE');
  }
  const tail = parts.slice(1).join(' ');
  if (parts[0] === 'New' && isCountry(tail) && !placeKind(s.text)) return make(text, s.end - tail.length, s.end, 'PLACE');
  return s;
}

/** A country by the place data, or by its acronym ("US", "UK"). */
const isCountry = (name: string): boolean => placeKind(name) === 'country' || PLACE_ACRONYMS.has(name);

/** A word that may stand inside a body's name: capitalised, a domain word, a country or "us". */
function bodyWord(w: Word): 'name' | 'lower' | undefined {
  if (w.text === 'us') return 'lower';
  if (/['’]s$/u.test(w.text)) return undefined; // "Bonn's foreign ministry": a possessive is outside
  const lower = w.text.toLowerCase();
  if (/^\p{Ll}/u.test(w.text)) return DOMAIN_WORDS.has(lower) || LOWER_HEADS.has(lower) ? 'lower' : undefined;
  if (lower === 'the' || lower === 'a' || lower === 'an') return undefined;
  if (TITLE_HEADS.has(lower) && !BODY_HEADS.has(lower)) return undefined; // "Minister", "Chairman" are roles
  return isCapitalised(w.text) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w.text) ? 'name' : undefined;
}

/**
 * "Russian foreign Ministry", "state border service of Ukraine", "Federation Council Committee on international
 * Affairs", "Department of information and press of the Russian foreign Ministry": a body head with the words
 * before it that can name it (capitalised, a country word, lower-case domain words) and its "of"/"on"
 * complements. Only phrases with a lower-cased word inside are taken (well-cased bodies are the tagger's and
 * the organisation rule's), and only when they hold a capitalised word. The longest phrases win.
 */
function bodyPhrases(text: string, ws: readonly Word[], spans: readonly EntitySpan[]): EntitySpan[] {
  const inPerson = (w: Word): boolean => spans.some(s => s.type === 'PERSON' && s.start <= w.start && w.end <= s.end);
  const found: Array<[number, number]> = [];
  const spaced = (a: number): boolean => text.slice(ws[a].end, ws[a + 1].start) === ' ';
  for (let i = 0; i < ws.length; i++) {
    if (!BODY_HEADS.has(ws[i].text.toLowerCase()) || !bodyWord(ws[i])) continue;
    // "the Embassy staff": a lower-case head after another head is the staff of that body.
    if (/^\p{Ll}/u.test(ws[i].text) && i > 0 && BODY_HEADS.has(ws[i - 1].text.toLowerCase())) continue;
    let first = i;
    while (
      first > 0 &&
      spaced(first - 1) &&
      bodyWord(ws[first - 1]) &&
      !(first - 1 === 0 && !BODY_HEADS.has(ws[0].text.toLowerCase()) && isOpener(ws[0].text))
    ) {
      first--;
    }
    let last = i;
    // Complements: "of (the) …" after any head, "on …" after a committee; words of a name, "and", "of the".
    const link = ws[last + 1]?.text;
    if ((link === 'of' || (link === 'on' && /^(?:committee|commission|council)$/i.test(ws[i].text))) && spaced(last)) {
      let j = last + 2;
      let end = last;
      for (let prev = last + 1; j < ws.length && spaced(j - 1); prev = j++) {
        const t = ws[j].text;
        if (t === 'the' && ws[prev].text !== 'of') break;
        if (t !== 'the' && t !== 'of' && t !== 'and' && (!bodyWord(ws[j]) || inPerson(ws[j]))) break;
        if (isCapitalised(t) || LOWER_HEADS.has(t) || placeKind(t)) end = j;
        if (j - last > 12) break;
      }
      last = end;
    }
    const inside = ws.slice(first, last + 1);
    const hasLower = inside.some(w => /^\p{Ll}/u.test(w.text) && w.text !== 'of' && w.text !== 'the' && w.text !== 'and' && w.text !== 'on');
    const hasName = inside.some(w => isCapitalised(w.text) || /\p{N}/u.test(w.text));
    if (last > first && hasLower && hasName) found.push([first, last]);
  }
  found.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  const taken: Array<[number, number]> = [];
  for (const f of found) if (!taken.some(t => t[0] <= f[1] && f[0] <= t[1])) taken.push(f);
  return taken.sort((a, b) => a[0] - b[0]).map(([f, l]) => make(text, ws[f].start, ws[l].end, 'ORG'));
}

/** A capitalised sentence opener that is a function word ("The", "In"), not a name. */
function isOpener(w: string): boolean {
  const tags = lexiconTags(w.toLowerCase());
  return tags.length > 0 && !tags.includes('Demonym') && !tags.includes('Country') && !tags.includes('ProperNoun');
}
