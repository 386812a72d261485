/**
 * A TimeML value in the words a reader uses: "XXXX-01-15" → "15 January, year not stated",
 * "2019-W05" → "week 5 of 2019", "PAST_REF" → "some time in the past". No `vscode` import; every word goes
 * through `l10n.t`, which returns the English with its placeholders filled until a bundle is configured.
 */
import * as l10n from '@vscode/l10n';

const MONTHS = () => [
  l10n.t('January'),
  l10n.t('February'),
  l10n.t('March'),
  l10n.t('April'),
  l10n.t('May'),
  l10n.t('June'),
  l10n.t('July'),
  l10n.t('August'),
  l10n.t('September'),
  l10n.t('October'),
  l10n.t('November'),
  l10n.t('December'),
];
const WEEKDAYS = () => [
  '',
  l10n.t('Monday'),
  l10n.t('Tuesday'),
  l10n.t('Wednesday'),
  l10n.t('Thursday'),
  l10n.t('Friday'),
  l10n.t('Saturday'),
  l10n.t('Sunday'),
];
const QUARTERS = () => [l10n.t('the first quarter'), l10n.t('the second quarter'), l10n.t('the third quarter'), l10n.t('the fourth quarter')];

const month = (mm: string) => MONTHS()[Number(mm) - 1];

/** What the text says besides the value: a modifier ("late October") and the last day of a range ("13-14 February"). */
export interface DateShape {
  readonly mod?: 'START' | 'MID' | 'END';
  readonly endDay?: number;
}

const withMod = (words: string, mod: DateShape['mod']) =>
  mod === 'START' ? l10n.t('early {0}', words) : mod === 'MID' ? l10n.t('mid-{0}', words) : mod === 'END' ? l10n.t('late {0}', words) : words;

/** A day of a month, with its year when known: "15 January", "15 January 2019", or a range "13–14 February". */
function day(year: string, mm: string, dd: string, endDay?: number): string {
  const days = endDay !== undefined && endDay > Number(dd) ? l10n.t('{0}–{1}', Number(dd), endDay) : String(Number(dd));
  return year === 'XXXX' ? l10n.t('{0} {1}', days, month(mm)) : l10n.t('{0} {1} {2}', days, month(mm), year);
}

/**
 * The value in words, as parts a caller joins: the time itself first, then what the text leaves unstated
 * ("year not stated"). `shape` adds what the value cannot hold. An unknown value comes back as it is.
 */
export function plainDateParts(value: string, shape: DateShape = {}): string[] {
  const notStated = l10n.t('year not stated');
  if (value === 'PRESENT_REF') return [l10n.t('now')];
  if (value === 'PAST_REF') return [l10n.t('some time in the past')];
  if (value === 'FUTURE_REF') return [l10n.t('some time in the future')];
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (m) {
    // A modifier says where in a month or year; a day has no early or late.
    const days = day(m[1], m[2], m[3], shape.endDay);
    return [m[4] ? l10n.t('{0}, {1}', days, m[4]) : days, ...(m[1] === 'XXXX' ? [notStated] : [])];
  }
  m = /^(\d{4}|XXXX)-XX-XXT(\d{2}:\d{2})$/.exec(value);
  if (m) return [l10n.t('at {0}', m[2]), l10n.t('day not stated')];
  m = /^(\d{4}|XXXX)-(\d{2})$/.exec(value);
  if (m) return m[1] === 'XXXX' ? [withMod(month(m[2]), shape.mod), notStated] : [withMod(l10n.t('{0} {1}', month(m[2]), m[1]), shape.mod)];
  m = /^(\d{4}|XXXX)-W(\d{1,2}|XX)$/.exec(value);
  if (m) {
    if (m[2] === 'XX') return [m[1] === 'XXXX' ? l10n.t('a week not stated') : l10n.t('a week not stated of {0}', m[1])];
    return m[1] === 'XXXX' ? [l10n.t('week {0}', Number(m[2])), notStated] : [l10n.t('week {0} of {1}', Number(m[2]), m[1])];
  }
  m = /^(\d{4}|XXXX)-W(\d{1,2}|XX)-(\d)$/.exec(value);
  if (m) {
    const weekday = WEEKDAYS()[Number(m[3])];
    return m[2] === 'XX' ? [l10n.t('a {0}', weekday), l10n.t('week not stated')] : [l10n.t('a {0} of week {1}', weekday, Number(m[2]))];
  }
  m = /^(\d{4}|XXXX)-Q([1-4])$/.exec(value);
  if (m) {
    const quarter = QUARTERS()[Number(m[2]) - 1];
    return m[1] === 'XXXX' ? [quarter, notStated] : [l10n.t('{0} {1}', quarter, m[1])];
  }
  if (/^\d{4}$/.test(value)) return [withMod(value, shape.mod)];
  if (value === 'XXXX-XX-XX') return [l10n.t('a day not stated')];
  if (value === 'XXXX') return [l10n.t('a year not stated')];
  return [value];
}

/** The value in words, one string: "15 January, year not stated". */
export function plainDate(value: string, shape?: DateShape): string {
  return plainDateParts(value, shape).join(', ');
}
