import type { EntitySpan } from '../model';
import { make } from './spanEdit';

/**
 * A medium named in quotes after the word for its kind, as Russian news writes it and machine translation
 * keeps it, often lower-cased or translated word for word: 'TV channel “Rain”', 'the magazine
 * “international life”', 'the newspaper "Kommersant"'. The quoted name is an organisation, whatever its words.
 */
const MEDIA = new RegExp(
  String.raw`\b(?:newspaper|magazine|journal|weekly|daily|tabloid|TV[ \t-]+channel|channel|broadcaster|radio(?:[ \t]+station)?|` +
    String.raw`news[ \t]+agency|agency|publication|edition|outlet|portal|website|site)[ \t]*[“"«]([^”"»\n]{1,40})[”"»]`,
  'gi',
);

/** The quoted media names of `range` of `text`, as ORG spans. */
export function quotedMedia(text: string, start: number, end: number): EntitySpan[] {
  const slice = text.slice(start, end);
  if (!/[“"«]/.test(slice)) return [];
  const out: EntitySpan[] = [];
  for (const m of slice.matchAll(MEDIA)) {
    const name = m[1].trim();
    // A name of a few words that begins with a letter or digit; a quoted sentence is no name.
    if (!/^[\p{L}\p{N}]/u.test(name) || name.split(/\s+/).length > 5 || /[.!?,;:]$/.test(name)) continue;
    const at = start + m.index + m[0].length - 1 - m[1].length + m[1].indexOf(name);
    out.push(make(text, at, at + name.length, 'ORG'));
  }
  return out;
}
