/**
 * The reader's corrections of an analysis, as `.seed-reader/corrections.json` keeps them (documented in the
 * README, schema in docs/corrections.schema.json). Rules about names carry no offsets; a correction tied to
 * one place carries a `TextAnchor` and is placed again on whatever the seed's text has become.
 */
import type { EntityType, MentionType, Span } from '../model';

/** The schema version this code writes; a file of a higher version is read-only. */
export const CORRECTIONS_VERSION = 1;

/** How many characters of context an anchor keeps on each side of its quote. */
export const ANCHOR_CONTEXT = 32;

/**
 * Where a correction was made, as annotation tools anchor a selection: the quoted text with the text around
 * it, its position (JavaScript string offset, UTF-16 code units) and the hash of the whole text then.
 */
export interface TextAnchor {
  readonly quote: string;
  /** Up to `ANCHOR_CONTEXT` characters just before the quote. */
  readonly prefix: string;
  /** Up to `ANCHOR_CONTEXT` characters just after the quote. */
  readonly suffix: string;
  readonly start: number;
  /** `contentHash` of the text the anchor was made on: when it still matches, `start` is taken as is. */
  readonly textHash: string;
}

interface Base {
  /** Unique in the file; the Corrections view and Undo name a correction by it. */
  readonly id: string;
  /**
   * The seed it applies to, as a path relative to the workspace folder with `/` separators; absent on a
   * rule about a name that applies in every seed.
   */
  readonly seed?: string;
}

/** The actor called `name` (its name, an alias or a mention's text) is of kind `type`. */
export interface Relabel extends Base {
  readonly kind: 'relabel';
  readonly name: string;
  readonly type: EntityType;
}

/** The actor called `name` is named `to`; the old name becomes an alias. */
export interface Rename extends Base {
  readonly kind: 'rename';
  readonly name: string;
  readonly to: string;
}

/** Every mention (name or date) whose text is `name` is not one. */
export interface Dismiss extends Base {
  readonly kind: 'dismiss';
  readonly name: string;
}

/** The actor called `name` is the actor called `into`: its mentions join it and its names become aliases. */
export interface Merge extends Base {
  readonly kind: 'merge';
  readonly name: string;
  readonly into: string;
}

/** The anchored text is a mention of kind `type` (a date with the TimeML `value` given, or 'XXXX'). */
export interface AddMention extends Base {
  readonly kind: 'add';
  readonly seed: string;
  readonly anchor: TextAnchor;
  readonly type: MentionType;
  readonly value?: string;
}

/** The mention at the anchor is not one. */
export interface DismissMention extends Base {
  readonly kind: 'dismissMention';
  readonly seed: string;
  readonly anchor: TextAnchor;
}

/** The mention at the anchor is an actor of its own, not the one it was clustered into. */
export interface Split extends Base {
  readonly kind: 'split';
  readonly seed: string;
  readonly anchor: TextAnchor;
}

export type Correction = Relabel | Rename | Dismiss | Merge | AddMention | DismissMention | Split;
export type AnchoredCorrection = AddMention | DismissMention | Split;

/** The whole file. */
export interface CorrectionsFile {
  readonly version: number;
  /** In the order they were made; later ones apply on top of earlier ones. */
  readonly corrections: readonly Correction[];
}

/**
 * What became of one correction on one text:
 * - 'applied': it changed the analysis (`at` is where, for an anchored one);
 * - 'unused': nothing in this text is what it speaks of (a name absent, no mention at the anchor);
 * - 'orphaned': its anchor cannot be placed on the text any more; it is shown, never guessed.
 */
export interface CorrectionOutcome {
  readonly id: string;
  readonly status: 'applied' | 'unused' | 'orphaned';
  readonly at?: Span;
}

export function isAnchored(c: Correction): c is AnchoredCorrection {
  return c.kind === 'add' || c.kind === 'dismissMention' || c.kind === 'split';
}
