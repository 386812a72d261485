import { addDays, dayNumber, formatDay, parseYmd, type Ymd } from '../dates/calendar';
import { resolveDate } from '../dates/resolveDate';
import type { DateMention, ReferenceDate } from '../model';
import { sortDay } from './sortKey';
import type { Pause, Stepwise } from '../stepwise';

/** The year the inference counts in when the text gives none; a leap year, so 29 February exists. */
const ANCHOR_YEAR = 2000;

/** What the start of a page says of its day: the dateline's day, and where the lead's first sentence ends. */
export interface PageStart {
  readonly dateline?: { readonly year?: number; readonly month: number; readonly day: number };
  readonly leadEnd: number;
}

/**
 * The reference date: the caller's; else the dateline's day (its year unknown unless stated); else a
 * full date before the end of the lead's first sentence; else one inferred from tense: past-tense dates
 * lie before it, future-tense ones after, and news dates cluster around it, so it is the candidate day
 * that keeps the stated dates closest. `anchor` is that day, in a stand-in year when the year is unknown,
 * for ordering only.
 */
export function* chooseReference(
  dates: readonly DateMention[],
  page: PageStart,
  callerRef: string | undefined,
  pause: Pause,
): Stepwise<{ reference: ReferenceDate; anchor?: Ymd }> {
  if (callerRef && parseYmd(callerRef)) {
    return { reference: { source: 'given', value: callerRef, note: `reference date ${callerRef}, given` }, anchor: parseYmd(callerRef) };
  }
  const dateline = page.dateline;
  if (dateline) {
    const day = { year: dateline.year ?? ANCHOR_YEAR, month: dateline.month, day: dateline.day };
    const value = dateline.year ? formatDay(day) : `XXXX-${formatDay(day).slice(5)}`;
    const note = dateline.year ? `reference date ${value}, from the dateline` : `reference day ${value}, from the dateline (year not stated)`;
    return { reference: { source: 'dateline', value, note }, anchor: day };
  }
  const lead = dates.find(d => d.start < page.leadEnd && d.stated.year && d.stated.month && d.stated.day);
  if (lead) {
    const value = formatDay({ year: lead.stated.year!, month: lead.stated.month!, day: lead.stated.day! });
    return { reference: { source: 'lead', value, note: `reference date ${value}, from the first sentence` }, anchor: parseYmd(value) };
  }
  return yield* inferReference(dates, pause);
}

/** It may pause (see `stepwise.ts`) between the candidate days it weighs. */
function* inferReference(dates: readonly DateMention[], pause: Pause): Stepwise<{ reference: ReferenceDate; anchor?: Ymd }> {
  const dated = dates.filter(d => d.stated.month !== undefined && d.stated.year === undefined && !d.relative);
  if (dated.length === 0) return { reference: { source: 'none', note: 'no reference date: the text gives no year or anchor' } };
  // Dates that resolve alike count alike: weigh each distinct (date, tense, mod) once by how often it occurs,
  // so a long text with thousands of dates costs (distinct days) × (distinct dates), not dates².
  const kinds = kindsOf(dated);
  const candidates = new Map<string, Ymd>();
  for (const { date: d } of kinds) {
    const stated: Ymd = { year: ANCHOR_YEAR, month: d.stated.month!, day: d.stated.day ?? 15 };
    // A report tells of a past date after it and of a future one before it.
    const shift = d.tense === 'past' ? 1 : d.tense === 'future' ? -1 : 0;
    const candidate = addDays(stated, shift);
    candidates.set(formatDay(candidate), candidate);
  }
  let best: { day: Ymd; cost: number } | undefined;
  for (const [ref, candidate] of candidates) {
    if (pause()) yield;
    const at = dayNumber(candidate);
    let cost = 0;
    for (const { date: m, count } of kinds) cost += count * Math.abs(sortDay(resolveDate(m, ref, m.tense, true), m.mod) - at);
    if (!best || cost < best.cost || (cost === best.cost && at < dayNumber(best.day))) best = { day: candidate, cost };
  }
  const day = best!.day;
  const value = `XXXX-${formatDay(day).slice(5)}`;
  const past = dated.filter(d => d.tense === 'past').length;
  const future = dated.filter(d => d.tense === 'future').length;
  return {
    reference: {
      source: 'tense',
      value,
      note: `no year in the text: reference day inferred as ${value} from tense (${past} past, ${future} future dates)`,
    },
    anchor: day,
  };
}

interface Kind {
  readonly date: DateMention;
  count: number;
}

/**
 * The distinct dates by what they resolve from (value, stated fields, tense, modifier), in order of first
 * occurrence, each with how often it occurs. Grouped by value first: a value string keeps its hash from
 * edit to edit, where a key made of all the fields would be built and hashed anew for every date.
 */
function kindsOf(dates: readonly DateMention[]): Kind[] {
  const kinds: Kind[] = [];
  const byValue = new Map<string, Kind[]>();
  for (const d of dates) {
    let alike = byValue.get(d.value);
    if (alike === undefined) byValue.set(d.value, (alike = []));
    const known = alike.find(k => sameKind(k.date, d));
    if (known) {
      known.count++;
    } else {
      const kind = { date: d, count: 1 };
      alike.push(kind);
      kinds.push(kind);
    }
  }
  return kinds;
}

/** Whether two dates with one value resolve alike: the same stated fields, tense and modifier. */
function sameKind(a: DateMention, b: DateMention): boolean {
  const s = a.stated;
  const t = b.stated;
  return (
    a.tense === b.tense &&
    a.mod === b.mod &&
    s.year === t.year &&
    s.month === t.month &&
    s.day === t.day &&
    s.endDay === t.endDay &&
    s.hour === t.hour &&
    s.minute === t.minute
  );
}
