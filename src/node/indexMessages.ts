/**
 * The messages between IndexPool (the CLI's main thread) and indexWorker (worker threads). Only plain data
 * crosses: a file name in, the content hash and the seed's facts (or why it was skipped) out.
 */
import type { Correction, SeedFacts } from '../core';

/** Read `file`, analyse it and reply with its facts. */
export interface IndexFileRequest {
  readonly id: number;
  readonly file: string;
  /** A larger file is skipped unread, as `analyze` refuses it: a news seed is a few KB. */
  readonly maxBytes: number;
  /** The reader's corrections of this seed, applied before its facts are taken. */
  readonly corrections?: readonly Correction[];
}

/**
 * Analyse `text` (the extension read it, from disk or an open editor) and reply with its facts: the
 * extension's workspace index asks this way, since its files may not be on this machine's disk.
 */
export interface IndexTextRequest {
  readonly id: number;
  readonly text: string;
  /** The reference date 'YYYY-MM-DD' of the settings, if any. */
  readonly ref?: string;
  /** The reader's corrections of this seed, applied before its facts are taken. */
  readonly corrections?: readonly Correction[];
}

export type IndexRequest = IndexFileRequest | IndexTextRequest;

/** Replies carry the id of their request. */
export type IndexReply =
  | { readonly id: number; readonly hash: string; readonly facts: SeedFacts }
  /** The file is not a seed that can be read (empty, binary, not UTF-8, gone): one line saying why. */
  | { readonly id: number; readonly skipped: string }
  | { readonly id: number; readonly error: string };
