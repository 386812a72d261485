import type { EntitySpan } from '../../model';
import { ENTITY_TYPES, decodeRuns } from './bilou';
import type { DocumentContext } from './documentContext';

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Entity spans of a labelled document, in text order. Runs are trimmed of tokens without a letter or
 * digit (a stray quote or bracket at an edge), so spans never start or end with punctuation.
 */
export function entitySpans(text: string, doc: DocumentContext, labels: readonly Uint8Array[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  doc.sentences.forEach((sentence, s) => {
    for (const run of decodeRuns(labels[s])) {
      let first = run.first;
      let last = run.last;
      while (first <= last && !HAS_WORD.test(sentence.tokens[first].text)) first++;
      while (last >= first && !HAS_WORD.test(sentence.tokens[last].text)) last--;
      if (first > last) continue;
      const start = sentence.tokens[first].start + (sentence.offset ?? 0);
      const end = sentence.tokens[last].end + (sentence.offset ?? 0);
      spans.push({ start, end, type: ENTITY_TYPES[run.type], text: text.slice(start, end) });
    }
  });
  // Sentences normally come in order; sorting keeps the contract when a caller passes them otherwise.
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
