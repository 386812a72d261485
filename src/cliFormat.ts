import type { Analysis } from './core';

/** The JSON shape of `analyze --json`, exactly as documented in the README. */
export function toJson(a: Analysis) {
  return {
    title: a.structure.title?.text ?? '',
    actors: a.actors.map(x => ({
      id: x.id,
      type: x.type,
      name: x.name,
      aliases: x.aliases,
      roles: x.roles,
      mentions: x.mentions.map(m => ({ start: m.start, end: m.end, text: m.text })),
    })),
    dates: a.dates.map(d => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
    events: a.events.map(e => ({
      start: e.start,
      end: e.end,
      text: e.text,
      date: { text: e.date.text, value: e.date.value },
      actors: e.actors,
    })),
    seeAlso: a.structure.seeAlso.map(s => ({ title: s.title, start: s.start, end: s.end })),
    reference: { value: a.reference.value ?? null, source: a.reference.source },
    units: units(a),
  };
}

/** Every unit of the page in text order, with its kind: the title and its repeats, the paragraph-level units, the See-also heading and items. */
function units(a: Analysis) {
  const s = a.structure;
  const all = [
    ...(s.title ? [{ kind: 'title', span: s.title }] : []),
    ...s.titleRepeats.map(span => ({ kind: 'titleRepeat', span })),
    ...s.paragraphs.map(span => ({ kind: span.kind as string, span })),
    ...(s.seeAlsoHeading ? [{ kind: 'seeAlsoHeading', span: s.seeAlsoHeading }] : []),
    ...s.seeAlso.map(span => ({ kind: 'seeAlso', span })),
  ];
  return all.map(({ kind, span }) => ({ kind, start: span.start, end: span.end }));
}

const KIND_LABEL = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places', MISC: 'Other' } as const;

/**
 * Text from the seed made safe for a terminal: control characters (escape sequences that could move the
 * cursor, clear the screen or set the window title, C1 controls, DEL) become U+FFFD, and line and
 * paragraph breaks become spaces, so each item stays on its line.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this function exists to match
  return s.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** A summary for people to read in a terminal; the seed's own text in it is `printable`. */
export function formatSummary(a: Analysis): string {
  const out: string[] = [`Title: ${a.structure.title ? printable(a.structure.title.text) : '(none)'}`, `Reference date: ${a.reference.note}`, ''];
  for (const type of ['PERSON', 'ORG', 'PLACE', 'MISC'] as const) {
    const actors = a.actors.filter(x => x.type === type);
    if (actors.length === 0) continue;
    out.push(`${KIND_LABEL[type]} (${actors.length})`);
    for (const x of actors) {
      const extra = [x.roles.length ? `role: ${x.roles.join('; ')}` : '', x.aliases.length ? `also: ${x.aliases.join(', ')}` : ''].filter(Boolean);
      out.push(printable(`  ${x.name} ×${x.mentions.length}${extra.length ? ` (${extra.join('; ')})` : ''}`));
    }
    out.push('');
  }
  out.push(`Events (${a.events.length}, in time order)`);
  a.events.forEach((e, i) => out.push(`  ${i + 1}. ${printable(e.date.text)} [${e.date.value}]: ${printable(e.summary)}`));
  out.push('', `See also (${a.structure.seeAlso.length})`);
  for (const s of a.structure.seeAlso) out.push(`  • ${printable(s.title)}`);
  return out.join('\n');
}
