/**
 * Line and column of offsets in a text that is not open in an editor (a seed the workspace index read from
 * disk), counted as VS Code counts them: lines end at "\r\n", "\n" or "\r", columns in UTF-16 code units.
 */

/** The offset at which each line starts; the first is 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** `[line, column]` (both from 0) of `offset`, given the text's `lineStarts`. */
export function lineAndColumn(starts: readonly number[], offset: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo, offset - starts[lo]];
}
