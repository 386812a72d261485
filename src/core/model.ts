/**
 * The core's public model: what an analysis returns (Analysis and the parts it is made of) and the plain
 * spans and date values shared by every part of the core. Offsets are JavaScript string indices (UTF-16 code
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

/**
 * What a paragraph-level unit is on the page. Only 'body' paragraphs are the article: the others keep
 * their names and dates, but make no events.
 * - 'dateline': the place, day and agency that open a wire story ("MOSCOW, July 18. /TASS/.");
 * - 'credit': a photo credit ("© Ivan Petrov/TASS", "Photo: Some Pool / Agency", "RIA Novosti" alone);
 * - 'caption': a photo caption, such as a person's name and title alone, above the lead or by a credit;
 * - 'subheading': a short line without final punctuation between body paragraphs;
 * - 'teaser': a related article's headline or excerpt mixed into the page;
 * - 'trailer': the site's own words after the article ("Comments", "Read more").
 */
export type ParagraphKind = 'body' | 'dateline' | 'credit' | 'caption' | 'subheading' | 'teaser' | 'trailer';

/** A paragraph-level unit between the title and the "See also" list, with its sentences. */
export interface Paragraph extends Span {
  readonly kind: ParagraphKind;
  readonly text: string;
  readonly sentences: readonly Span[];
}

/** A wire dateline, split off the lead it opens. */
export interface Dateline extends Span {
  readonly text: string;
  /** The place it was filed from ("MOSCOW", "NAIROBI, Kenya"). */
  readonly place: Span & { readonly text: string };
  /** The day it gives, when it gives one; the year only when it states one. */
  readonly date?: Span & { readonly year?: number; readonly month: number; readonly day: number };
  /** The news agency it names ("TASS", "RIA Novosti", "INTERFAX.RU"), an ORG mention of its own. */
  readonly agency?: Span & { readonly text: string };
}

/** One related headline of the "See also" list. */
export interface SeeAlsoItem extends Span {
  /** The headline without its bullet or number. */
  readonly title: string;
}

/** The layout of a seed: title, paragraphs and the "See also" list, all with offsets. */
export interface SeedStructure {
  /**
   * The first non-blank line, trimmed; undefined for a blank document, and for a page that starts with a
   * caption, a credit or a dateline instead of a title.
   */
  readonly title?: Span & { readonly text: string };
  /** Later lines that repeat the title, as machine-made seeds often do. */
  readonly titleRepeats: readonly Span[];
  /** The paragraph-level units in text order: the body's paragraphs and the page's other lines, each with its kind. */
  readonly paragraphs: readonly Paragraph[];
  /** The dateline, when the page has one; it is also among `paragraphs`, of kind 'dateline'. */
  readonly dateline?: Dateline;
  /** The "See also" heading line, when there is one. */
  readonly seeAlsoHeading?: Span;
  readonly seeAlso: readonly SeeAlsoItem[];
}

/** An actor: every mention of one person, organisation, place or thing. */
export interface Actor {
  readonly id: string;
  readonly type: EntityType;
  /** The fullest name the text gives, with the case of a person's name set right ("Donald Trump"). */
  readonly name: string;
  /** Other forms the text uses, with honorifics ("Mr. Stoltenberg"); not the name itself. */
  readonly aliases: readonly string[];
  /** Roles the text gives ("Secretary General"), in order of appearance. */
  readonly roles: readonly string[];
  /** Mentions in text order; the first is the first mention. */
  readonly mentions: readonly (Span & { readonly text: string })[];
}

/** A dated happening: the clause around a date, in timeline order. */
export interface SeedEvent extends Span {
  readonly text: string;
  readonly summary: string;
  /** The date expression and its value against the reference date. */
  readonly date: Span & { readonly text: string; readonly value: string };
  /** Ids of the actors mentioned in the clause, in text order. */
  readonly actors: readonly string[];
  /** How the date was placed on the timeline, in words. */
  readonly resolution: string;
}

/**
 * The date that relative expressions ("next week", "Friday") count from, and where it came from:
 * - 'given': by the caller (the `seedReader.referenceDate` setting, the CLI's `--ref`, a document's `dct`);
 * - 'dateline': the day of the dateline ("MOSCOW, July 18. /TASS/." → 'XXXX-07-18');
 * - 'lead': a full date in the first sentence of the body, when there is no dateline;
 * - 'tense': inferred from the tenses around the text's dates;
 * - 'none': nothing to go by.
 */
export interface ReferenceDate {
  readonly source: 'given' | 'dateline' | 'lead' | 'tense' | 'none';
  /** 'YYYY-MM-DD'; when the year is unknown (a dateline without one, or inferred from tense): 'XXXX-01-24'. */
  readonly value?: string;
  /** How it was chosen, in words, for a hover card. */
  readonly note: string;
}

/** A named mention, with the actor it belongs to. */
export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly actorId: string;
  readonly honorific?: string;
  readonly role?: string;
}

/** Everything the UI reads about one text. Read-only; a new text gives a new Analysis. */
export interface Analysis {
  readonly length: number;
  /** Set when the text was not analysed (binary, empty), saying why in one line. */
  readonly problem?: string;
  /**
   * Set when only part of the text was analysed (a first look at what the reader sees): the range of
   * the units read. Actors, dates and events then cover that range only.
   */
  readonly partial?: Span;
  /** Title, paragraphs, sentences and the "See also" list. */
  readonly structure: SeedStructure;
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
  /** Dates with values against the reference date. */
  readonly dates: readonly DateMention[];
  /** Chronological. */
  readonly events: readonly SeedEvent[];
  readonly reference: ReferenceDate;
}
