/**
 * The messages between IndexPool (the CLI's main thread) and indexWorker (worker threads). Only plain data
 * crosses: a file name in, the content hash and the seed's facts (or why it was skipped) out.
 */
import type { SeedFacts } from '../core';

/** Read `file`, analyse it and reply with its facts. */
export interface IndexRequest {
  readonly id: number;
  readonly file: string;
  /** A larger file is skipped unread, as `analyze` refuses it: a news seed is a few KB. */
  readonly maxBytes: number;
}

/** Replies carry the id of their request. */
export type IndexReply =
  | { readonly id: number; readonly hash: string; readonly facts: SeedFacts }
  /** The file is not a seed that can be read (empty, binary, not UTF-8, gone): one line saying why. */
  | { readonly id: number; readonly skipped: string }
  | { readonly id: number; readonly error: string };
