import * as assert from 'assert';
import type { Analysis, Span } from '../../../src/core';
import { resolveDate } from '../../../src/core/dates/resolveDate';
import { sortDay } from '../../../src/core/events/sortKey';

/**
 * The contracts every Analysis keeps, whatever the text: spans inside the text with their text exact,
 * no span boundary inside a surrogate pair, ids that resolve, events in timeline order. Throws an
 * AssertionError naming the first span that breaks one.
 */
export function assertAnalysisInvariants(text: string, a: Analysis): void {
  assert.strictEqual(a.length, text.length, 'length');
  const span = (where: string, s: Span, opts: { text?: string; nonEmpty?: boolean } = {}) => {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length;
    assert.ok(ok && (opts.nonEmpty === false ? s.start <= s.end : s.start < s.end), `${where}: bad span ${s.start}-${s.end} of ${text.length}`);
    for (const b of [s.start, s.end]) assert.ok(!splitsPair(text, b), `${where}: boundary ${b} splits a surrogate pair`);
    if (opts.text !== undefined) assert.strictEqual(text.slice(s.start, s.end), opts.text, `${where}: text`);
  };

  const st = a.structure;
  if (a.structure.title) span('title', a.structure.title, { text: a.structure.title.text });
  if (st.title) span('structure.title', st.title, { text: st.title.text });
  st.titleRepeats.forEach((s, i) => span(`titleRepeats[${i}]`, s));
  st.paragraphs.forEach((p, i) => {
    span(`paragraphs[${i}]`, p, { text: p.text });
    p.sentences.forEach((s, j) => {
      span(`paragraphs[${i}].sentences[${j}]`, s);
      assert.ok(p.start <= s.start && s.end <= p.end, `paragraphs[${i}].sentences[${j}] lies outside its paragraph`);
    });
  });
  if (st.dateline) {
    const d = st.dateline;
    span('dateline', d, { text: d.text });
    for (const [where, part] of [
      ['place', d.place],
      ['date', d.date],
      ['agency', d.agency],
    ] as const) {
      if (!part) continue;
      span(`dateline.${where}`, part, 'text' in part ? { text: part.text } : {});
      assert.ok(d.start <= part.start && part.end <= d.end, `dateline.${where} lies outside the dateline`);
    }
    assert.ok(
      st.paragraphs.some(p => p.kind === 'dateline' && p.start === d.start && p.end === d.end),
      'the dateline is a paragraph of kind dateline',
    );
  }
  if (st.seeAlsoHeading) span('seeAlsoHeading', st.seeAlsoHeading);
  [...st.seeAlso, ...a.structure.seeAlso].forEach((s, i) => {
    span(`seeAlso[${i}]`, s);
    assert.strictEqual(text.slice(s.start, s.end).replace(/\s+/g, ' '), s.title, `seeAlso[${i}]: title`);
  });

  const actorIds = new Set(a.actors.map(x => x.id));
  assert.strictEqual(actorIds.size, a.actors.length, 'actor ids are unique');
  a.mentions.forEach((m, i) => {
    span(`mentions[${i}]`, m, { text: m.text });
    assert.ok(actorIds.has(m.actorId), `mentions[${i}] "${m.text}": actor "${m.actorId}" does not exist`);
  });
  a.actors.forEach(x => x.mentions.forEach((m, j) => span(`actor ${x.id}.mentions[${j}]`, m, { text: m.text })));
  a.dates.forEach((d, i) => span(`dates[${i}]`, d, { text: d.text }));
  a.events.forEach((e, i) => {
    span(`events[${i}]`, e, { text: e.text });
    span(`events[${i}].date`, e.date, { text: e.date.text });
    assert.ok(e.start <= e.date.start && e.date.end <= e.end, `events[${i}]: its date lies outside it`);
    e.actors.forEach(id => assert.ok(actorIds.has(id), `events[${i}]: actor "${id}" does not exist`));
    assert.ok(
      st.paragraphs.some(p => p.kind === 'body' && p.start <= e.start && e.end <= p.end),
      `events[${i}]: not inside a body paragraph`,
    );
  });
  assertEventsOrdered(a);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `b` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, b: number): boolean {
  return b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b));
}

/**
 * Events are chronological by the key buildEvents documents: the start of the period the date names
 * (resolved against the anchor day, when there is one), placed dates first, ties and unplaced dates in
 * text order. An inferred reference keeps no year; its anchor is in 2000 unless a one-day tense shift
 * moved it across New Year, so on 31 December or 1 January the neighbouring year is tried too; a reference
 * inferred from the tenses places dates as buildEvents does, a past-tense one before it.
 */
function assertEventsOrdered(a: Analysis): void {
  if (a.events.length < 2) return;
  const ref = a.reference.value;
  const anchors = !ref
    ? [undefined]
    : /^XXXX/.test(ref)
      ? [`2000${ref.slice(4)}`, ...(ref.endsWith('-12-31') ? ['1999-12-31'] : ref.endsWith('-01-01') ? ['2001-01-01'] : [])]
      : [ref];
  const dateAt = new Map(a.dates.map(d => [`${d.start}:${d.end}`, d]));
  // A reference inferred from the tenses reads a past-tense date as before it (see resolveDate).
  const inferred = a.reference.source === 'tense';
  const orderedUnder = (anchor: string | undefined) => {
    const keys = a.events.map(e => {
      const d = dateAt.get(`${e.date.start}:${e.date.end}`);
      assert.ok(d, `event date "${e.date.text}" at ${e.date.start} is not among the dates`);
      return anchor ? sortDay(resolveDate(d, anchor, d.tense, inferred), d.mod) : sortDay(d.value, d.mod);
    });
    return keys.every((k, i) => {
      if (i === 0) return true;
      const [pk, prev, cur] = [keys[i - 1], a.events[i - 1], a.events[i]];
      if (Number.isNaN(pk) !== Number.isNaN(k)) return !Number.isNaN(pk);
      if (!Number.isNaN(k) && pk !== k) return pk < k;
      return prev.date.start < cur.date.start;
    });
  };
  assert.ok(
    anchors.some(orderedUnder),
    `events out of order: ${JSON.stringify(a.events.map(e => [e.date.text, e.date.value, e.date.start]))} (reference ${ref})`,
  );
}
