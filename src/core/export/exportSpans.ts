import type { Analysis, MentionType } from '../model';

/** A span as the export formats write it: offsets in code points (as Python, brat and the W3C model count), and a label. */
export interface ExportSpan {
  readonly start: number;
  readonly end: number;
  readonly label: MentionType;
  readonly text: string;
  /** A date's TimeML value. */
  readonly value?: string;
}

/** One seed to export: its name (a path relative to the folder exported), its text and its (corrected) analysis. */
export interface ExportSeed {
  readonly file: string;
  readonly text: string;
  readonly analysis: Analysis;
}

/**
 * The names and dates of an analysis in text order, offsets in code points. Where two overlap (rare: the
 * core keeps names out of dates) the earlier, then the longer, is kept, so every format can hold them.
 */
export function exportSpans(text: string, analysis: Analysis): ExportSpan[] {
  const toPoint = codePointIndex(text);
  const all = [
    ...analysis.mentions.map(m => ({ start: m.start, end: m.end, label: m.type as MentionType, text: m.text })),
    ...analysis.dates.map(d => ({ start: d.start, end: d.end, label: 'DATE' as const, text: d.text, value: d.value })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExportSpan[] = [];
  let end = 0;
  for (const s of all) {
    if (s.start < end) continue;
    out.push({ ...s, start: toPoint(s.start), end: toPoint(s.end) });
    end = s.end;
  }
  return out;
}

/** Maps a JavaScript string offset (UTF-16 code units) of `text` to the number of code points before it. */
export function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return i => i;
  const points = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = n;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) points[++i] = n;
    n++;
  }
  points[text.length] = n;
  return i => points[i];
}
