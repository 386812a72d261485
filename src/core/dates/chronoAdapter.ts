/**
 * The only file that imports chrono-node. It exposes chrono's matches as plain data with only the fields
 * the text states (chrono's knownValues), never the ones chrono implies from its reference date.
 */
import * as chrono from 'chrono-node';

/** Fields chrono read from the text itself. */
export interface ChronoFields {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

/** One chrono match. */
export interface ChronoHit {
  start: number;
  end: number;
  known: ChronoFields;
  /** The stated end of a range ("13-14 February"). */
  endKnown?: ChronoFields;
}

// A fixed, neutral reference: chrono needs one, but only its knownValues are used, so the clock is never read.
const NEUTRAL_REF = new Date(Date.UTC(2000, 0, 1, 12));

function known(component: chrono.ParsedComponents): ChronoFields {
  const out: ChronoFields = {};
  for (const key of ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const) {
    if (component.isCertain(key)) out[key] = component.get(key) ?? undefined;
  }
  return out;
}

// chrono's refiners compare matches pairwise, so a long text with many dates costs quadratic time; it is
// fed in pieces of at most this many characters, cut between sentences, which keeps the whole pass linear.
const CHUNK = 4000;

/** Where to cut `text` before `limit`: after a sentence end or line break, else at a space, else at the limit. */
function cutPoint(text: string, from: number, limit: number): number {
  const piece = text.slice(from, limit);
  let cut = -1;
  for (const m of piece.matchAll(/[.!?]["'”’)]*\s+(?=["'“(]*[A-Z])|\n/g)) cut = m.index + m[0].length;
  if (cut <= 0) cut = piece.lastIndexOf(' ') + 1;
  return cut > 0 ? from + cut : limit;
}

/**
 * Why chrono reads two-byte strings. V8 compiles a regular expression to machine code once for each kind
 * of string it meets: one-byte (Latin-1 only) or two-byte. chrono's two case-insensitive unit patterns
 * ("3 days ago", "a week later") take about 55 ms each to compile for one-byte strings, against about 7 ms
 * for two-byte ones, and a compile is one call that no time slice can cut: the first ASCII-only seed after
 * one with a curly quote held the web build's host thread 130 ms (bench `web`, the real seeds). So:
 * - every piece chrono reads is cut from `text + WIDE`, a two-byte string, and a slice keeps its parent's
 *   representation (the characters are exactly the piece's);
 * - chrono cuts what is left after each match again, and V8 turns a one-character string into a one-byte
 *   one whatever its parent: the unit patterns never run on one (`UNIT_PATTERNS`: no unit date is one
 *   character long, so they could not match it anyway).
 */
const WIDE = '\u2063';
/** The unit patterns ("…ago|before|earlier", "…later|after|from now…"), by their source. */
const UNIT_PATTERNS = /\(\?:ago\|before\|earlier\)|\(\?:later\|after\|from now/;

/** `pattern` as chrono uses it (its `exec`), never run on a one-character string. */
function skippingOneCharacter(pattern: RegExp): RegExp {
  const guarded = Object.create(pattern) as RegExp;
  guarded.exec = (s: string) => (s.length < 2 ? null : pattern.exec(s));
  return guarded;
}

/** How many of chrono's patterns met so far were guarded: 2 once a text has been read (a test checks it). */
let unitPatternsGuarded = 0;
export function chronoUnitPatternsGuarded(): number {
  return unitPatternsGuarded;
}

/** chrono's casual English parser, its unit patterns guarded (see WIDE). */
const CASUAL = new chrono.Chrono({
  parsers: chrono.casual.parsers.map(parser => {
    const guarded = new WeakMap<RegExp, RegExp>();
    return {
      pattern(context) {
        const pattern = parser.pattern(context);
        let out = guarded.get(pattern);
        if (!out) {
          out = UNIT_PATTERNS.test(pattern.source) ? skippingOneCharacter(pattern) : pattern;
          if (out !== pattern) unitPatternsGuarded++;
          guarded.set(pattern, out);
        }
        return out;
      },
      extract: (context, match) => parser.extract(context, match),
    };
  }),
  refiners: chrono.casual.refiners,
});

/** Every chrono match in `text`, with UTF-16 offsets. */
export function chronoHits(text: string): ChronoHit[] {
  const out: ChronoHit[] = [];
  const wide = text + WIDE;
  for (let from = 0; from < text.length;) {
    const to = text.length - from <= CHUNK ? text.length : cutPoint(text, from, from + CHUNK);
    for (const r of CASUAL.parse(wide.slice(from, to), NEUTRAL_REF)) {
      out.push({
        start: from + r.index,
        end: from + r.index + r.text.length,
        known: known(r.start),
        endKnown: r.end ? known(r.end) : undefined,
      });
    }
    from = to;
  }
  return out;
}

/** chrono's reading of a short snippet when one match covers all of it; undefined otherwise. */
export function chronoWhole(snippet: string): ChronoHit | undefined {
  const hits = chronoHits(snippet);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === snippet.length ? hits[0] : undefined;
}
