/**
 * Plain-data types shared by every part of the core. Offsets are JavaScript string indices (UTF-16 code
 * units) into the original text, end exclusive, so `text.slice(start, end)` is the span's text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A token of the text, as the tokenizer cut it. */
export interface Token extends Span {
  readonly text: string;
}

/** The kinds of actor the entity pass finds. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'MISC';

/** Every mention type the CLI's `predict` writes. */
export type MentionType = EntityType | 'DATE';

/** A typed span found in the text. */
export interface EntitySpan extends Span {
  readonly type: EntityType;
  readonly text: string;
}

/** Calendar fields that an expression states (or resolves to); absent fields are unknown. */
export interface DateFields {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Last day of a range such as "13-14 February". */
  readonly endDay?: number;
  readonly hour?: number;
  readonly minute?: number;
}

/** How an expression is anchored in time. */
export interface RelativeOffset {
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'quarter' | 'decade' | 'weekday';
  /** Signed offset from the reference: -1 = last, 0 = this, 1 = next. For 'weekday', the weekday 0-6 is in `weekday`. */
  readonly offset: number;
  readonly weekday?: number;
}

/** Whether the sentence around a date speaks of the past or the future, as far as the text shows. */
export type Tense = 'past' | 'present' | 'future';

/** A date or time expression with its TimeML-style normalised value. */
export interface DateMention extends Span {
  readonly text: string;
  readonly kind: 'DATE' | 'TIME';
  /**
   * TimeML value: '1998-08-07', '1998-08', '1998', '1998-W32', '1998-08-07T10:35', 'PRESENT_REF',
   * 'PAST_REF', 'FUTURE_REF'. Fields the text does not state and no reference date supplies are X'd:
   * 'XXXX-01-15', 'XXXX-10', 'XXXX-XX-XXT09:00'.
   */
  readonly value: string;
  /** What the text itself states. */
  readonly stated: DateFields;
  /** Set when the expression is relative to the reference date ("next week", "Friday", "yesterday"). */
  readonly relative?: RelativeOffset;
  /** "late October" → 'END', "early 1998" → 'START', "mid-" → 'MID'. */
  readonly mod?: 'START' | 'MID' | 'END';
  /** The tense cue the date module read around the expression, if any. */
  readonly tense?: Tense;
}
