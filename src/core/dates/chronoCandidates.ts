/**
 * Turns chrono's matches into TimeML-shaped candidates: chrono finds calendar dates and clock times well,
 * but its spans carry prepositions ("on Friday"), trailing commas and relative words ("ten days before")
 * that TimeML leaves out or annotates differently. Each match is cut down to its run of calendar words and
 * re-read by chrono, so the fields always describe exactly the kept span.
 */
import { chronoHits, chronoWhole, type ChronoHit } from './chronoAdapter';
import { fieldTemplate, type Candidate } from './candidate';
import { MONTHS, PART_OF_DAY, WEEKDAYS } from './lexicon';
import type { DateFields } from '../model';

const TOKEN = /[ap]\.m\.?|[A-Za-z]+\.?|\d+(?::\d\d)*(?:st|nd|rd|th)?|\S/gi;
const ZONES = new Set(['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'MST', 'MDT', 'BST', 'CET', 'CEST']);
const MONTH_ABBR_WITHOUT_PERIOD = new Set(['May', 'June', 'July']);

interface Tok {
  text: string;
  start: number;
  end: number;
}

type TokClass = 'month' | 'weekday' | 'number' | 'time' | 'meridiem' | 'zone' | 'part' | 'joiner' | 'other';

function classify(t: string): TokClass {
  const lower = t.toLowerCase();
  if (/^[A-Z]/.test(t) && MONTHS.has(lower) && (t.endsWith('.') || t.length > 4 || MONTH_ABBR_WITHOUT_PERIOD.has(t))) return 'month';
  if (/^[A-Z]/.test(t) && WEEKDAYS.has(lower)) return 'weekday';
  if (/^\d{1,4}(?:st|nd|rd|th)?$/i.test(t)) return 'number';
  if (/^\d{1,2}:\d\d(?::\d\d)?$/.test(t)) return 'time';
  if (t === 'noon' || t === 'midday' || t === 'midnight') return 'time';
  if (/^[ap]\.?m\.?$/i.test(t)) return 'meridiem';
  if (ZONES.has(t)) return 'zone';
  if (PART_OF_DAY.has(lower) && lower !== 'tonight') return 'part';
  if (t === ',' || t === '-' || t === '–' || t === '/' || t === 'of') return 'joiner';
  return 'other';
}

/** Splits a word token that swallowed a sentence-final period ("Friday.") back to the word. */
function tokens(text: string, base: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    if (/^[A-Za-z]{2,}\.$/.test(t) && !MONTHS.has(t.toLowerCase())) t = t.slice(0, -1);
    out.push({ text: t, start: base + m.index!, end: base + m.index! + t.length });
  }
  return out;
}

/** A token with its class in context. */
interface ClassedTok extends Tok {
  cls: TokClass;
}

/** The longest run of calendar tokens, without leading or trailing joiners; undefined when none. */
function calendarRun(toks: Tok[], text: string): ClassedTok[] | undefined {
  let best: ClassedTok[] | undefined;
  let run: ClassedTok[] = [];
  const flush = () => {
    while (run.length && run[run.length - 1].cls === 'joiner') run.pop();
    while (run.length && run[0].cls === 'joiner') run.shift();
    if (run.length && (!best || run.length > best.length)) best = run;
    run = [];
  };
  for (const t of toks) {
    const prev = run[run.length - 1];
    let cls = classify(t.text);
    // "2 Aug", "12 APR": after a day number a month abbreviation needs no period and may be in capitals (a capital still, so "5 may" stays a verb).
    if (cls === 'other' && prev?.cls === 'number' && /^[A-Z]/.test(t.text) && MONTHS.has(t.text.toLowerCase())) cls = 'month';
    // Only white space (or nothing) may separate the tokens of one expression.
    const gapOk = !prev || /^[ \t\u00a0]*$/.test(text.slice(prev.end, t.start));
    const fits = cls !== 'other' && (cls !== 'part' || prev?.cls === 'weekday');
    if (!fits || !gapOk) flush();
    if (fits) run.push({ ...t, cls });
  }
  flush();
  return best;
}

/** Whether the kept words name a calendar date or a clock time rather than a bare number. */
function isCalendar(run: ClassedTok[]): boolean {
  const classes = run.map(t => t.cls);
  if (classes.includes('month') || classes.includes('weekday') || classes.includes('time')) return true;
  if (classes.includes('meridiem')) return true;
  // ISO and numeric dates: 1996-08-30, 8/30/1996
  return classes.filter(c => c === 'number').length >= 3 && classes.includes('joiner');
}

const MONTH_EXPECTED = /\b(?:in|of|since|until|by|early|late|mid|last|next|this|through|before|after|during|from)[ \t]+$/i;
const CLOCK_EXPECTED = /\b(?:at|by|until|till|before|after|around|about|from|since|past|near|towards?|to)[ \t]+$/i;

/**
 * Whether a lone word that is also a common noun or verb is the date here: "May" (the verb) and "March"
 * (the walk: "the March for Life") only where a month is expected, "noon" only as a clock time ("at
 * noon", not "high noon").
 */
function plausibleLoneWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 12), start);
  if (word === 'May') return MONTH_EXPECTED.test(before);
  if (word === 'March')
    return (
      MONTH_EXPECTED.test(before) || !/^[ \t]+(?:for|of|on|against)[ \t]+(?!\d|the[ \t]+year\b|(?:this|last|next)[ \t]+year\b)/.test(text.slice(end, end + 20))
    );
  if (word === 'noon' || word === 'midday' || word === 'midnight') return CLOCK_EXPECTED.test(before);
  return true;
}

function candidateOf(text: string, run: Tok[]): Candidate | undefined {
  const start = run[0].start;
  let end = run[run.length - 1].end;
  // TimeML's tokenisation gives a sentence-final "a.m." its period back to the sentence ("at 6 a.m").
  if (/[ap]\.m\.$/i.test(text.slice(start, end)) && /^(?:\s*$|\s+[A-Z"`'“]|\s*\n)/.test(text.slice(end, end + 3))) end -= 1;
  if (!plausibleLoneWord(text, start, end)) return undefined;
  const hit: ChronoHit | undefined = chronoWhole(text.slice(start, end));
  if (!hit) return undefined;
  const k = hit.known;
  const endDay = hit.endKnown?.day !== undefined && hit.endKnown.day !== k.day && (hit.endKnown.month ?? k.month) === k.month ? hit.endKnown.day : undefined;
  const stated: DateFields = {
    ...(k.year !== undefined && { year: k.year }),
    ...(k.month !== undefined && { month: k.month }),
    ...(k.day !== undefined && { day: k.day }),
    ...(endDay !== undefined && { endDay }),
    ...(k.hour !== undefined && { hour: k.hour, minute: k.minute ?? 0 }),
  };
  const onlyWeekday = k.weekday !== undefined && k.month === undefined && k.day === undefined && k.year === undefined;
  return {
    start,
    end,
    kind: k.hour !== undefined ? 'TIME' : 'DATE',
    stated,
    ...(onlyWeekday && { relative: { unit: 'weekday', offset: 0, weekday: k.weekday } }),
    template: fieldTemplate(stated),
    priority: 1,
  };
}

/** Candidates from chrono's matches in `text`. */
export function chronoCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of chronoHits(text)) {
    const run = calendarRun(tokens(text.slice(hit.start, hit.end), hit.start), text);
    if (!run || !isCalendar(run)) continue;
    const c = candidateOf(text, run);
    if (c) out.push(c);
  }
  return out;
}
