/**
 * The naive pipeline the issue measures us against: compromise's people()/places()/organizations() plus
 * the compromise-dates plugin's dates(), on one parse of the text.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Scored } from '../scripts/lib/score';

interface TermJson {
  readonly offset: { readonly start: number; readonly length: number };
}
interface MatchJson {
  readonly terms: readonly TermJson[];
}
/** The slice of compromise's View the pipeline uses (its own typings make plugins `any`). */
interface NaiveView {
  json(options: object): MatchJson[];
  people(): NaiveView;
  places(): NaiveView;
  organizations(): NaiveView;
  dates(): NaiveView;
}

export interface NaiveResult {
  /** PERSON, ORG and PLACE spans (people → PERSON, organizations → ORG, places → PLACE). */
  readonly entities: readonly Scored[];
  readonly dates: number;
}

let ready = false;

/** compromise + compromise-dates on `text`, with spans as exact term offsets (no surrounding punctuation). */
export function naiveAnalyze(text: string): NaiveResult {
  if (!ready) {
    nlp.plugin(datesPlugin);
    ready = true;
  }
  const doc = nlp(text) as unknown as NaiveView;
  const spans = (view: NaiveView, type: string): Scored[] =>
    view.json({ offset: true, terms: { offset: true } }).flatMap(m => {
      const first = m.terms[0]?.offset;
      const last = m.terms.at(-1)?.offset;
      return first && last ? [{ start: first.start, end: last.start + last.length, type }] : [];
    });
  const entities = [...spans(doc.people(), 'PERSON'), ...spans(doc.organizations(), 'ORG'), ...spans(doc.places(), 'PLACE')];
  return { entities, dates: doc.dates().json({ offset: true, terms: { offset: true } }).length };
}
