/**
 * A TimeML value in the words a reader uses: "XXXX-01-15" → "15 January, year not stated",
 * "2019-W05" → "week 5 of 2019", "PAST_REF" → "some time in the past". No `vscode` import.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUARTERS = ['first', 'second', 'third', 'fourth'];
const REFERENCES: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'some time in the past', FUTURE_REF: 'some time in the future' };

const yearPart = (year: string) => (year === 'XXXX' ? ', year not stated' : ` ${year}`);

export function plainDate(value: string): string {
  if (REFERENCES[value]) return REFERENCES[value];
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (m)
    return [`${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}${m[1] === 'XXXX' ? '' : ` ${m[1]}`}`, m[4], m[1] === 'XXXX' ? 'year not stated' : undefined]
      .filter(Boolean)
      .join(', ');
  m = /^(\d{4}|XXXX)-XX-XXT(\d{2}:\d{2})$/.exec(value);
  if (m) return `at ${m[2]}, day not stated`;
  m = /^(\d{4}|XXXX)-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1]}${yearPart(m[1])}`;
  m = /^(\d{4}|XXXX)-W(\d{2}|XX)$/.exec(value);
  if (m)
    return m[2] === 'XX'
      ? `a week not stated${m[1] === 'XXXX' ? '' : ` of ${m[1]}`}`
      : `week ${Number(m[2])}${m[1] === 'XXXX' ? ', year not stated' : ` of ${m[1]}`}`;
  m = /^(\d{4}|XXXX)-W(\d{2}|XX)-(\d)$/.exec(value);
  if (m)
    return `a ${['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][Number(m[3])]}${m[2] === 'XX' ? ', week not stated' : ` of week ${Number(m[2])}`}`;
  m = /^(\d{4}|XXXX)-Q([1-4])$/.exec(value);
  if (m) return `the ${QUARTERS[Number(m[2]) - 1]} quarter${yearPart(m[1])}`;
  if (/^\d{4}$/.test(value)) return value;
  if (value === 'XXXX-XX-XX') return 'a day not stated';
  if (value === 'XXXX') return 'a year not stated';
  return value;
}
