import { tokenize } from '../text/tokenize';
import type { MentionType } from '../model';
import { codePointIndex, exportSpans, type ExportSeed } from './exportSpans';

/** The formats `export` writes. */
export type ExportFormat = 'jsonl' | 'brat' | 'w3c' | 'conll';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'brat', 'w3c', 'conll'];

/** One line a seed, `{ text, spans: [{ start, end, label }], meta }`, as Prodigy and doccano read; offsets in code points. */
export function toJsonl(seeds: readonly ExportSeed[]): string {
  return seeds
    .map(s => {
      const spans = exportSpans(s.text, s.analysis).map(x => ({ start: x.start, end: x.end, label: x.label, ...(x.value ? { value: x.value } : {}) }));
      return JSON.stringify({ text: s.text, spans, meta: { file: s.file, title: s.analysis.structure.title?.text ?? '' } }) + '\n';
    })
    .join('');
}

/**
 * The brat standoff annotations of one seed (its `.ann`; the `.txt` is the text as it is): a `T` line a
 * span with code-point offsets, and an `#` AnnotatorNotes line with each date's value.
 */
export function toBratAnn(seed: ExportSeed): string {
  const lines: string[] = [];
  let notes = 0;
  exportSpans(seed.text, seed.analysis).forEach((s, i) => {
    lines.push(`T${i + 1}\t${s.label} ${s.start} ${s.end}\t${s.text.replace(/[\r\n\t]/g, ' ')}`);
    if (s.value) lines.push(`#${++notes}\tAnnotatorNotes T${i + 1}\t${s.value}`);
  });
  return lines.map(l => l + '\n').join('');
}

/**
 * A W3C Web Annotation `AnnotationPage`: an annotation a span, targeting the seed (its file name as the
 * source) with a TextQuoteSelector and a TextPositionSelector (code points, as the model defines them),
 * and a tagging body with the label (and a describing body with a date's value).
 */
export function toW3c(seeds: readonly ExportSeed[]): string {
  const items = seeds.flatMap(s => {
    const points = Array.from(s.text);
    return exportSpans(s.text, s.analysis).map((x, i) => ({
      id: `${s.file}#annotation-${i + 1}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: x.label }, ...(x.value ? [{ type: 'TextualBody', purpose: 'describing', value: x.value }] : [])],
      target: {
        source: s.file,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: x.text,
            prefix: points.slice(Math.max(0, x.start - 32), x.start).join(''),
            suffix: points.slice(x.end, x.end + 32).join(''),
          },
          { type: 'TextPositionSelector', start: x.start, end: x.end },
        ],
      },
    }));
  });
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }, null, 2) + '\n';
}

/** CoNLL-2003's labels for ours; DATE has none there and is kept as it is. */
const CONLL_LABEL: Record<MentionType, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', MISC: 'MISC', DATE: 'DATE' };

/**
 * CoNLL-2003 columns (token, POS, chunk, tag; `_` for the two we do not make), IOB2 tags, a `-DOCSTART-`
 * line a seed and a blank line after each sentence. Lossy: offsets, date values and the part of a span
 * before the first token that starts inside it are lost.
 */
export function toConll(seeds: readonly ExportSeed[]): string {
  const out: string[] = [];
  for (const s of seeds) {
    out.push('-DOCSTART- -X- -X- O', '');
    const st = s.analysis.structure;
    const units = [
      ...(st.title ? [st.title] : []),
      ...st.titleRepeats,
      ...st.paragraphs.flatMap(p => (p.sentences.length ? p.sentences : [p])),
      ...st.seeAlso,
    ].sort((a, b) => a.start - b.start);
    const toPoint = codePointIndex(s.text);
    const spans = exportSpans(s.text, s.analysis);
    let k = 0;
    for (const u of units) {
      const tokens = tokenize(s.text, u.start, u.end);
      if (tokens.length === 0) continue;
      let open = -1; // the span the previous token of this sentence was in
      for (const t of tokens) {
        const start = toPoint(t.start);
        while (k < spans.length && spans[k].end <= start) k++;
        const span = spans[k];
        const inside = span !== undefined && span.start <= start && start < span.end;
        const tag = inside ? `${open === k ? 'I' : 'B'}-${CONLL_LABEL[span.label]}` : 'O';
        open = inside ? k : -1;
        out.push(`${t.text.replace(/\s/g, '_')} _ _ ${tag}`);
      }
      out.push('');
    }
  }
  return out.map(l => l + '\n').join('');
}
