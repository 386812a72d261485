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

/** Every chrono match in `text`, with UTF-16 offsets. */
export function chronoHits(text: string): ChronoHit[] {
  const out: ChronoHit[] = [];
  for (let from = 0; from < text.length;) {
    const to = text.length - from <= CHUNK ? text.length : cutPoint(text, from, from + CHUNK);
    for (const r of chrono.parse(text.slice(from, to), NEUTRAL_REF)) {
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
