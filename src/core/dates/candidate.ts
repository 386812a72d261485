import type { DateFields, RelativeOffset, Tense } from '../model';

/**
 * A date expression found by one rule, before overlaps are settled. Besides the public mention fields it
 * keeps what the value needs: a TimeML template with X's for what the text leaves open.
 */
export interface Candidate {
  start: number;
  end: number;
  kind: 'DATE' | 'TIME';
  stated: DateFields;
  relative?: RelativeOffset;
  mod?: 'START' | 'MID' | 'END';
  /** The value when no reference date is known, e.g. 'XXXX-10', '199X', 'XXXX-XX-XXTMO', 'PRESENT_REF'. */
  template: string;
  /** Tense the words themselves imply ("last" → past, "next" → future), stronger than the sentence's. */
  tenseHint?: Tense;
  /** Higher wins an overlap of equal length. */
  priority: number;
}

/** The X'd template of a calendar-field expression: 'XXXX-01-15', '1998-08', 'XXXX-XX-XXT09:00'. */
export function fieldTemplate(f: DateFields, suffix = ''): string {
  const p = (n: number | undefined, w: number) => (n === undefined ? 'X'.repeat(w) : String(n).padStart(w, '0'));
  const time = f.hour !== undefined ? `T${p(f.hour, 2)}:${p(f.minute ?? 0, 2)}` : suffix;
  if (f.day !== undefined || time) return `${p(f.year, 4)}-${p(f.month, 2)}-${p(f.day, 2)}${time}`;
  if (f.month !== undefined) return `${p(f.year, 4)}-${p(f.month, 2)}`;
  return p(f.year, 4);
}
