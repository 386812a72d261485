import type { Analysis, Span } from '../../core';

/** An Analysis published for one version of a document. */
export interface Published {
  readonly version: number;
  /**
   * With the reader's corrections applied. Partial (a first look at the visible part) until the full
   * analysis of the same version replaces it.
   */
  readonly analysis: Analysis;
  /** As the engine made it, before the corrections: they are applied again when they change. */
  readonly raw: Analysis;
}

/** What the size limit knows of one document (see SizeLimit). */
export interface SizeState {
  /** Whether the reader was asked about this document, and whether they agreed to analyse it whatever its size. */
  asked: boolean;
  agreed: boolean;
  /** The version found too large and why: no need to count its bytes again. */
  tooLarge?: { readonly version: number; readonly reason: string };
}

/**
 * Everything the extension holds about one open seed, in one record, so that closing the document drops
 * it all at once (only its timers need stopping).
 */
export interface DocumentState {
  published?: Published;
  /** The full analysis asked for. */
  pending?: { readonly version: number; readonly result: Promise<Analysis | undefined> };
  /** The range of the last first look asked for. */
  firstLook?: { readonly version: number; readonly window: Span };
  /** The debounce of typing, and of scrolling. */
  editTimer?: NodeJS.Timeout;
  scrollTimer?: NodeJS.Timeout;
  /** An edit since the last analysis changed so much that the next one starts with a first look again. */
  bigEdit: boolean;
  /** A warning was shown: the next failures of this document are only logged. */
  warned: boolean;
  readonly size: SizeState;
}

export function newDocumentState(): DocumentState {
  return { bigEdit: false, warned: false, size: { asked: false, agreed: false } };
}

/** Stops a record's timers, before it is dropped. */
export function stopTimers(state: DocumentState): void {
  clearTimeout(state.editTimer);
  clearTimeout(state.scrollTimer);
  state.editTimer = undefined;
  state.scrollTimer = undefined;
}
