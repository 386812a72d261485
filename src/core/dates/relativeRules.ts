/**
 * Rules for expressions anchored on the reference date: "today", "last week", "next Friday",
 * "four years ago", "now", "that same day". Durations ("two weeks", "the past 20 years") are deliberately
 * not matched: TimeML types them DURATION, not DATE.
 */
import type { Candidate } from './candidate';
import type { RelativeOffset, Tense } from '../model';
import { MONTHS, MONTH_RE, SEASONS, WEEKDAYS, WEEKDAY_RE, WS, countOf, unitOf } from './lexicon';

type Unit = RelativeOffset['unit'];

const UNIT_TEMPLATE: Record<Unit, string> = {
  day: 'XXXX-XX-XX',
  weekday: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  year: 'XXXX',
  quarter: 'XXXX-QX',
  decade: 'XXX',
};

/*
 * A part of day stays inside the extent ("Tuesday morning") but not in the value: the AQUAINT/TimeBank
 * gold mostly gives the bare day there.
 */
const DAY = 'XXXX-XX-XX';

const OFFSET: Record<string, number> = { last: -1, this: 0, current: 0, next: 1 };
const HINT: Record<string, Tense | undefined> = { last: 'past', next: 'future' };

function date(start: number, end: number, extra: Partial<Candidate> & { template: string }): Candidate {
  return { start, end, kind: 'DATE', stated: {}, priority: 2, ...extra };
}

/** Runs `re` over `text`, turning each match into at most one candidate. */
function each(text: string, re: RegExp, make: (m: RegExpExecArray) => Candidate | undefined, out: Candidate[]): void {
  for (const m of text.matchAll(re)) {
    const c = make(m as RegExpExecArray);
    if (c) out.push(c);
  }
}

/** "today", "yesterday morning", "tonight", "this afternoon", "last night". */
function deicticDays(text: string, out: Candidate[]): void {
  const offsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };
  each(
    text,
    new RegExp(`\\b(today|yesterday|tomorrow|tonight)(?:${WS}(morning|afternoon|evening|night))?\\b`, 'gi'),
    m => {
      return date(m.index, m.index + m[0].length, {
        relative: { unit: 'day', offset: offsets[m[1].toLowerCase()] },
        template: DAY,
      });
    },
    out,
  );
  each(
    text,
    new RegExp(`\\b(this${WS}(morning|afternoon|evening)|last${WS}night)\\b`, 'gi'),
    m => {
      const last = /^last/i.test(m[1]);
      return date(m.index, m.index + m[0].length, {
        relative: { unit: 'day', offset: last ? -1 : 0 },
        template: DAY,
        ...(last && { tenseHint: 'past' as Tense }),
      });
    },
    out,
  );
}

/** "last week", "this year", "next month", "last fall", "last November", "next Friday", "the current quarter". */
function lastThisNext(text: string, out: Candidate[]): void {
  const words = `(week|month|year|quarter|decade|weekend|spring|summer|fall|autumn|winter|${MONTH_RE}|${WEEKDAY_RE})`;
  each(
    text,
    new RegExp(`\\b([Tt]he${WS})?([Ll]ast|[Tt]his|[Nn]ext|current)${WS}${words}(?![\\w-])(?!${WS}\\d)`, 'g'),
    m => {
      // "the last week" / "the next month" measure a stretch or point from another event, not from now;
      // "current" goes with its article ("the current quarter").
      if (Boolean(m[1]) !== (m[2] === 'current')) return undefined;
      const key = m[2].toLowerCase();
      const offset = OFFSET[key];
      const start = m.index;
      const end = m.index + m[0].length;
      const head = m[3];
      const lower = head.toLowerCase();
      const tenseHint = HINT[key];
      const hint = tenseHint ? { tenseHint } : {};
      const unit = unitOf(lower);
      if (unit) return date(start, end, { relative: { unit, offset }, template: UNIT_TEMPLATE[unit], ...hint });
      if (lower === 'weekend') return date(start, end, { relative: { unit: 'week', offset }, template: 'XXXX-WXX-WE', ...hint });
      const season = SEASONS.get(lower);
      if (season) return date(start, end, { relative: { unit: 'year', offset }, template: `XXXX-${season}`, ...hint });
      const month = MONTHS.get(lower);
      if (month !== undefined) {
        return date(start, end, { stated: { month }, template: `XXXX-${String(month).padStart(2, '0')}`, ...hint });
      }
      const weekday = WEEKDAYS.get(lower);
      if (weekday === undefined) return undefined;
      return date(start, end, { relative: { unit: 'weekday', offset, weekday }, template: 'XXXX-XX-XX', ...hint });
    },
    out,
  );
}

/** "four years ago", "almost four years ago", "more than a decade ago", "11 days ago". */
function ago(text: string, out: Candidate[]): void {
  const approx = `(?:(?:almost|nearly|about|some|roughly|over|(?:more|less)${WS}than|at${WS}least)${WS})?`;
  each(
    text,
    new RegExp(`\\b${approx}(\\d{1,4}|[a-z]+)${WS}(days?|weeks?|months?|years?|decades?)${WS}ago\\b`, 'gi'),
    m => {
      const unit = unitOf(m[2]);
      if (!unit || unit === 'quarter') return undefined;
      const n = countOf(m[1]);
      const start = m.index;
      const end = m.index + m[0].length;
      if (n === undefined) {
        // "several years ago", "a few days ago": a past time with no computable value.
        return /^(?:several|few|many|some)$/i.test(m[1]) ? date(start, end, { template: 'PAST_REF', tenseHint: 'past' }) : undefined;
      }
      const asYears = unit === 'decade';
      const relative: RelativeOffset = { unit: asYears ? 'year' : unit, offset: -n * (asYears ? 10 : 1) };
      return date(start, end, { relative, template: UNIT_TEMPLATE[relative.unit], tenseHint: 'past' });
    },
    out,
  );
}

/** "now", "currently", "recently", "the future", "the past": TimeML's PRESENT_REF, FUTURE_REF and PAST_REF. */
function references(text: string, out: Candidate[]): void {
  each(
    text,
    /\bnow\b/gi,
    m => {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      // Sentence-initial "Now," is a discourse marker; "until now" / "from now" / "by now" measure from it.
      if (/^N/.test(m[0]) && /(?:^|[.!?"'`]\s*|\n\s*)$/.test(before)) return undefined;
      if (/\b(?:until|from|by|till)\s+$/i.test(before) || /^[-']/.test(text.slice(m.index + 3, m.index + 4))) return undefined;
      return date(m.index, m.index + 3, { template: 'PRESENT_REF', tenseHint: 'present' });
    },
    out,
  );
  // "recently", "currently", "these days", "at present", "at the moment": adverbs of the same three references.
  each(
    text,
    new RegExp(`\\b(?:(recently|lately)|(currently|nowadays|these${WS}days)|at${WS}(present|the${WS}moment))\\b(?![-'])`, 'gi'),
    m => {
      // After "at" only the noun is the date ("at present" → "present").
      const start = m[3] ? m.index + m[0].length - m[3].length : m.index;
      return date(start, m.index + m[0].length, { template: m[1] ? 'PAST_REF' : 'PRESENT_REF', tenseHint: m[1] ? 'past' : 'present' });
    },
    out,
  );
  each(
    text,
    new RegExp(
      `\\b(?:the${WS}(future|past|present)|(?<=\\bin${WS}|'s${WS})(future))\\b(?!${WS}(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|decade|year|month|week|day|hour|century))`,
      'gi',
    ),
    m => {
      const which = (m[1] ?? m[2]).toLowerCase();
      // "the present" as a noun only: "the present government" is an adjective's.
      if (which === 'present' && !/^(?:[ \t]*(?:[.,;:!?)"'”’]|\n|$)|[ \t]+(?:and|or)\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
        return undefined;
      }
      return date(m.index, m.index + m[0].length, { template: which === 'past' ? 'PAST_REF' : which === 'present' ? 'PRESENT_REF' : 'FUTURE_REF' });
    },
    out,
  );
}

/** "that day", "that same day", "later that year", "the next morning": dates anchored on another event. */
function anaphoric(text: string, out: Candidate[]): void {
  const heads = '(day|week|month|quarter|year|morning|afternoon|evening|night)';
  each(
    text,
    new RegExp(
      `\\b(?:(?:[Ee]arlier|[Ll]ater)${WS})?(?:[Tt]hat(?:${WS}same)?|[Tt]he${WS}same|[Tt]he${WS}(?:next|following|previous))${WS}${heads}\\b(?!${WS}(?:of|before|after|when|that)\\b)`,
      'g',
    ),
    m => {
      const head = m[1].toLowerCase();
      return date(m.index, m.index + m[0].length, { template: UNIT_TEMPLATE[unitOf(head) ?? 'day'], priority: 1 });
    },
    out,
  );
}

/** A weekday on its own, with an optional part of day ("Tuesday morning"). */
function weekdays(text: string, out: Candidate[]): void {
  each(
    text,
    new RegExp(`\\b(${WEEKDAY_RE})(?:${WS}(morning|afternoon|evening|night))?\\b`, 'g'),
    m => {
      return date(m.index, m.index + m[0].length, {
        relative: { unit: 'weekday', offset: 0, weekday: WEEKDAYS.get(m[1].toLowerCase()) },
        template: DAY,
        priority: 0,
      });
    },
    out,
  );
}

/** Candidates for every relative expression in `text`. */
export function relativeCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  deicticDays(text, out);
  lastThisNext(text, out);
  ago(text, out);
  references(text, out);
  anaphoric(text, out);
  weekdays(text, out);
  return out;
}
