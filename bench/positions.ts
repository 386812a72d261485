/**
 * Offsets to line/character positions, as the extension host does for every decoration range
 * (`document.positionAt`): a line-start index built once per text, then a binary search per offset.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = Uint32Array.from(starts);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  rangeOf(span: { readonly start: number; readonly end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
