import type { EntitySpan, Span } from '../types';
import { covers, make, overlaps, wordsIn } from './spanEdit';

/**
 * Document-level consistency: a surname once seen inside a full name is that person everywhere,
 * the title included ("Stoltenberg: NATO and …" after "Jens Stoltenberg"). The word must be
 * capitalised where it stands, and a longer name of another type that contains it is left alone.
 */
export function propagateSurnames(text: string, units: readonly Span[], spans: readonly EntitySpan[]): EntitySpan[] {
  const surnames = new Set<string>();
  for (const s of spans) {
    const parts = s.text.split(/\s+/);
    if (s.type === 'PERSON' && parts.length >= 2) {
      const last = parts[parts.length - 1].replace(/['’]s$/u, '');
      if (/^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last);
    }
  }
  if (surnames.size === 0) return spans.slice();
  let out = spans.slice();
  for (const unit of units) {
    for (const w of wordsIn(text, unit)) {
      const name = w.text.replace(/['’]s$/u, '');
      if (!surnames.has(name)) continue;
      const word = make(text, w.start, w.start + name.length, 'PERSON');
      const touching = out.filter(s => overlaps(s, word));
      if (touching.some(s => s.type === 'PERSON' || !covers(word, s))) continue;
      out = out.filter(s => !touching.includes(s)).concat(word);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
