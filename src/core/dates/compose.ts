/**
 * Joins what the rules found apart into the one expression TimeML reads: "12 February" + "this year" →
 * "12 February this year", "the morning of" + "2 August", "the week of" + "March 6", a sentence's leading
 * "Earlier" + "Wednesday"; gives a part of day its TimeML code ("Friday night" → …TNI); and finds the bare
 * day of a pair ("April 24 and 25", "from 2 to 8 August"). One forward walk over the sorted candidates,
 * each looking at a few characters either side, so it stays linear.
 */
import { fieldTemplate, type Candidate } from './candidate';
import { formatWeek } from './calendar';
import { PART_OF_DAY } from './lexicon';

/** A month (and day) with no year of its own, which "this year" / "last year" after it can complete. */
function yearless(c: Candidate): boolean {
  return c.stated.month !== undefined && c.stated.year === undefined && !c.relative && c.template.startsWith('XXXX-');
}

/** "this year", "last year", "next year" as the relative rules read them. */
function relativeYear(c: Candidate | undefined, text: string): c is Candidate {
  return !!c && c.relative?.unit === 'year' && c.template === 'XXXX' && /^(?:this|last|next)[ \t]+year$/i.test(text.slice(c.start, c.end));
}

/** A date that names one day (or a time on it), in words or numbers. */
function dayLevel(c: Candidate): boolean {
  return c.stated.day !== undefined || c.relative?.unit === 'day' || (c.relative?.unit === 'weekday' && !c.template.endsWith('-WE'));
}

/** The template with the part of day that ends the expression ("Friday night" → 'XXXX-XX-XXTNI'). */
function withPartOfDay(c: Candidate, text: string): Candidate {
  if (!dayLevel(c) || c.kind === 'TIME' || /T/.test(c.template)) return c;
  const m = /(?:^|[ \t])(morning|afternoon|evening|night)$|^(tonight)$/i.exec(text.slice(Math.max(c.start, c.end - 10), c.end));
  const part = m && PART_OF_DAY.get((m[1] ?? m[2]).toLowerCase());
  // A weekday's template may be chrono's bare 'XXXX'; the part of day hangs on a day.
  const day = c.stated.day !== undefined ? c.template : 'XXXX-XX-XX';
  return part ? { ...c, template: `${day}T${part}` } : c;
}

/** The start of a leading phrase that TimeML keeps in the date's extent, and what it changes. */
function leadingPhrase(c: Candidate, text: string): Candidate {
  const window = text.slice(Math.max(0, c.start - 24), c.start);
  if (dayLevel(c) && c.kind === 'DATE' && !c.template.includes('T')) {
    const part = /\b[Tt]he[ \t]+(morning|afternoon|evening|night)[ \t]+of[ \t]+$/.exec(window);
    if (part) return { ...c, start: c.start - part[0].length, template: `${c.template}T${PART_OF_DAY.get(part[1])}` };
  }
  if (c.stated.day !== undefined && c.kind === 'DATE') {
    const week = /\b[Tt]he[ \t]+week[ \t]+of[ \t]+$/.exec(window);
    // The week's value: an ISO week once the year is known ('XXXX-WXX' until then; resolveDate completes it).
    if (week) {
      const { year, month, day } = c.stated;
      const template = year !== undefined && month !== undefined ? formatWeek({ year, month, day }) : 'XXXX-WXX';
      return { ...c, start: c.start - week[0].length, template };
    }
  }
  const earlier = /(?:Earlier|Later)[ \t]+$/.exec(window);
  if (earlier && !c.template.endsWith('_REF') && sentenceStart(text, c.start - earlier[0].length)) {
    return { ...c, start: c.start - earlier[0].length };
  }
  return c;
}

/** Whether `at` begins a sentence, a line or a quotation. */
function sentenceStart(text: string, at: number): boolean {
  return at === 0 || /(?:\n[ \t]*|[.!?]["'”’)]*[ \t]+|["“‘(][ \t]*)$/.test(text.slice(Math.max(0, at - 4), at));
}

const PAIR_WORD = '(?:and|or|to|through|until)';
// A bare day number is a day only where a date list can end: punctuation, a line's end, or a new phrase.
const DAY_END = /^(?:[ \t]*(?:[,.;:!?)]|\n|$)|[ \t]+(?:and|or|in|at|on|the|when|as|this|last|next|[A-Z]))/;

/** The bare day number paired with a dated day: "2" in "from 2 to 8 August", "25" in "April 24 and 25". */
function pairedDay(c: Candidate, text: string, before: boolean): { start: number; end: number; day: number } | undefined {
  if (c.stated.day === undefined || c.stated.month === undefined || c.stated.endDay !== undefined || c.kind !== 'DATE') return undefined;
  const dayFirst = /^\d/.test(text.slice(c.start, c.start + 1));
  if (before && dayFirst) {
    const m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${PAIR_WORD}[ \\t]+$`).exec(text.slice(Math.max(0, c.start - 16), c.start));
    if (!m) return undefined;
    const start = c.start - m[0].length;
    // Not the tail of a longer number or an amount ("$2 to 8 August" is no date).
    if (/[\w$.,:/-]/.test(text.slice(start - 1, start))) return undefined;
    return { start, end: start + m[0].search(/[ \t]/), day: +m[1] };
  }
  if (!before && !dayFirst && /\d$/.test(text.slice(c.end - 1, c.end))) {
    const m = new RegExp(`^[ \\t]+${PAIR_WORD}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(text.slice(c.end, c.end + 20));
    if (!m || !DAY_END.test(text.slice(c.end + m[0].length, c.end + m[0].length + 6))) return undefined;
    return { start: c.end + m[0].search(/\d/), end: c.end + m[0].length, day: +m[1] };
  }
  return undefined;
}

function dayCandidate(c: Candidate, pair: { start: number; end: number; day: number }): Candidate | undefined {
  if (pair.day < 1 || pair.day > 31 || pair.day === c.stated.day) return undefined;
  const stated = { ...(c.stated.year !== undefined && { year: c.stated.year }), month: c.stated.month, day: pair.day };
  return {
    start: pair.start,
    end: pair.end,
    kind: 'DATE',
    stated,
    template: fieldTemplate(stated),
    priority: 1,
    ...(c.tenseHint && { tenseHint: c.tenseHint }),
  };
}

/** `candidates` (sorted, not overlapping) with the joins above made; still sorted and not overlapping. */
export function compose(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const lastEnd = () => out[out.length - 1]?.end ?? 0;
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i];
    const next = candidates[i + 1];
    // "12 February this year", "March of last year": the year's offset completes the day.
    if (yearless(c) && relativeYear(next, text) && /^(?:[ \t]+|,[ \t]*|[ \t]+of[ \t]+)$/.test(text.slice(c.end, next.start))) {
      c = { ...c, end: next.end, relative: next.relative, ...(next.tenseHint && { tenseHint: next.tenseHint }) };
      i++;
    }
    const before = pairedDay(c, text, true);
    const first = before && before.start >= lastEnd() ? dayCandidate(c, before) : undefined;
    if (first) out.push(first);
    const led = leadingPhrase(c, text);
    out.push(withPartOfDay(led.start >= lastEnd() ? led : c, text));
    const after = pairedDay(c, text, false);
    const second = after && (candidates[i + 1]?.start ?? Infinity) >= after.end ? dayCandidate(c, after) : undefined;
    if (second) out.push(second);
  }
  return out;
}
