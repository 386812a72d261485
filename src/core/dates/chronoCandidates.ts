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

/** The longest run of calendar tokens, without leading or trailing joiners; undefined when none. */
function calendarRun(toks: Tok[], text: string): Tok[] | undefined {
  let best: Tok[] | undefined;
  let run: Tok[] = [];
  const flush = () => {
    while (run.length && classify(run[run.length - 1].text) === 'joiner') run.pop();
    while (run.length && classify(run[0].text) === 'joiner') run.shift();
    if (run.length && (!best || run.length > best.length)) best = run;
    run = [];
  };
  for (const t of toks) {
    const c = classify(t.text);
    const prev = run[run.length - 1];
    // Only white space (or nothing) may separate the tokens of one expression.
    const gapOk = !prev || /^[ \t\u00a0]*$/.test(text.slice(prev.end, t.start));
    const fits = c !== 'other' && (c !== 'part' || (prev && classify(prev.text) === 'weekday'));
    if (!fits || !gapOk) flush();
    if (fits) run.push(t);
  }
  flush();
  return best;
}

/** Whether the kept words name a calendar date or a clock time rather than a bare number. */
function isCalendar(run: Tok[]): boolean {
  const classes = run.map(t => classify(t.text));
  if (classes.includes('month') || classes.includes('weekday') || classes.includes('time')) return true;
  if (classes.includes('meridiem')) return true;
  // ISO and numeric dates: 1996-08-30, 8/30/1996
  return classes.filter(c => c === 'number').length >= 3 && classes.includes('joiner');
}

/** "May" alone is usually the verb; keep it only where a month is expected. */
function plausibleMay(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== 'May') return true;
  const before = text.slice(Math.max(0, start - 12), start);
  return /\b(?:in|of|since|until|by|early|late|mid|last|next|this|through|before|after)[ \t]+$/i.test(before);
}

function candidateOf(text: string, run: Tok[]): Candidate | undefined {
  const start = run[0].start;
  let end = run[run.length - 1].end;
  // TimeML's tokenisation gives a sentence-final "a.m." its period back to the sentence ("at 6 a.m").
  if (/[ap]\.m\.$/i.test(text.slice(start, end)) && /^(?:\s*$|\s+[A-Z"`'“]|\s*\n)/.test(text.slice(end, end + 3))) end -= 1;
  if (!plausibleMay(text, start, end)) return undefined;
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
