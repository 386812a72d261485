import type { Span } from '../model';

/** The span of `line` without leading and trailing white space (empty when the line is blank). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x200b ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Whether a UTF-16 code unit is one that a pattern's `\s` matches: `isSpace` without U+200B, which `\s`
 * does not count. For code that replaced a pattern and must read the same.
 */
export function isRegExpSpace(code: number): boolean {
  return code !== 0x200b && isSpace(code);
}

/**
 * Compares lines as a reader would: case and spacing aside. The edges are trimmed by `trimSpan`, not by a
 * regular expression: /\s+$/ tries every start in a long run of spaces, which is quadratic.
 */
export function normalizeForCompare(s: string): string {
  const { start, end } = trimSpan(s, { start: 0, end: s.length });
  return s
    .slice(start, end)
    .replace(/[\s\u00a0]+/g, ' ')
    .toLowerCase();
}
