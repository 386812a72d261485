/**
 * Word shapes: each character mapped to X (upper), x (lower), d (digit) or kept (punctuation). The long
 * shape keeps up to four characters of a run ("Xxxxx" for "Leicestershire", "dddd-dd-dd"); the short shape
 * collapses runs ("Xx", "X.X.", "d-d").
 */
export function wordShapes(word: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = classOf(ch);
    run = c === last ? run + 1 : 1;
    if (run <= 4) long += c;
    if (run === 1) short += c;
    last = c;
  }
  return { long, short };
}

function classOf(ch: string): string {
  if (ch >= 'a' && ch <= 'z') return 'x';
  if (ch >= 'A' && ch <= 'Z') return 'X';
  if (ch >= '0' && ch <= '9') return 'd';
  if (ch.length === 1 && ch < '\u0080') return ch;
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{L}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return '*';
}

/** Whether a line of text is a headline in capitals ("LEICESTERSHIRE TAKE OVER AT TOP"). */
export function isCapsLine(words: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    for (const ch of w) {
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper >= 4 && lower * 10 <= upper;
}
