/**
 * Big seeds made of real paragraphs: a title, paragraphs taken in order from the corpus (cycled when the
 * corpus is smaller than the seed), and a "See also" list of the corpus's headlines.
 */
import type { BenchDoc } from './corpus';

const SEE_ALSO_ITEMS = 8;

/** A document's headline: its first line. */
const headline = (doc: BenchDoc): string => doc.text.split('\n', 1)[0].trim();

/**
 * A document's paragraphs. Seeds separate paragraphs with blank lines; CoNLL documents have one sentence a
 * line, which we group three at a time. The headline, a CoNLL dateline and any "See also" part are left out.
 */
export function paragraphsOf(doc: BenchDoc): string[] {
  const blocks = /\n[ \t]*\n/.test(doc.text) ? doc.text.split(/\n[ \t]*\n/) : doc.text.split('\n');
  const body: string[] = [];
  for (const raw of blocks.slice(1)) {
    const block = raw.trim().replace(/\s*\n\s*/g, ' ');
    if (/^(see also|related|read also)\b/i.test(block)) break;
    if (block && !/^[A-Z .,'-]+ \d{4}-\d{2}-\d{2}$/.test(block)) body.push(block);
  }
  if (/\n[ \t]*\n/.test(doc.text)) return body;
  const grouped: string[] = [];
  for (let i = 0; i < body.length; i += 3) grouped.push(body.slice(i, i + 3).join(' '));
  return grouped;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A seed of about `size` bytes (UTF-8): title, paragraphs, "See also" list. */
export function buildBigSeed(docs: readonly BenchDoc[], size: number): string {
  const paragraphs = docs.flatMap(paragraphsOf);
  const seeAlso = `\n\nSee also:\n\n${docs
    .slice(1, 1 + SEE_ALSO_ITEMS)
    .map(d => `  • ${headline(d)}`)
    .join('\n')}\n`;
  const parts = [headline(docs[0])];
  let total = bytes(parts[0]) + bytes(seeAlso);
  for (let i = 0; total < size; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p);
    total += bytes(p) + 2;
  }
  return parts.join('\n\n') + seeAlso;
}

/** One line of about `size` bytes: the corpus's paragraphs joined by spaces, no line break anywhere. */
export function buildOneLine(docs: readonly BenchDoc[], size: number): string {
  const paragraphs = docs.flatMap(paragraphsOf);
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p);
    total += bytes(p) + 1;
  }
  return parts.join(' ');
}

/** The offset where line `line` (0-based) starts, or the text's length when it has fewer lines. */
export function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}
