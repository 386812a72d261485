import type { Span } from '../types';

/** `span` moved by `by` characters (negative: towards the start), with its other fields as they are. */
export function shifted<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}
