import { ENTITY_TYPES, LABEL_NAMES, decodeRuns, labelType } from './bilou';
import { isTitleWord, type DocumentContext } from './documentContext';

const SLOTS = 1 + ENTITY_TYPES.length; // slot 0 = outside any entity
const TYPE_CODE = ['O', ...ENTITY_TYPES.map((_, t) => String(t))];

/**
 * Second-pass features from the first pass's labels: the token's own and neighbouring labels, and how the
 * same capitalised word was labelled elsewhere in the document (majority type, any type, and whether it
 * was part of a longer name), so that "Simmons" agrees with an earlier "Phil Simmons".
 */
export function documentFeatures(doc: DocumentContext, firstPass: readonly Uint8Array[]): string[][][] {
  const votes = documentVotes(doc, firstPass);
  return doc.sentences.map((sentence, s) => sentence.tokens.map((_, i) => voteFeatures(firstPass[s], votes[s], i)));
}

/**
 * What the rest of the document says of each token's word, one code per token: -1 for a word that does
 * not vote (not capitalised); else bits 0-3 the types it has elsewhere, bits 4-7 the types it has inside
 * longer names elsewhere, and from bit 8 one plus the majority slot (0 = none). Two sentences with the
 * same first-pass labels and the same codes get the same second-pass features.
 */
export function documentVotes(doc: DocumentContext, firstPass: readonly Uint8Array[]): Int16Array[] {
  const seen = new Map<string, Int32Array>(); // word → [single-token counts by slot ..., in-long-name counts by slot ...]
  const slotOf = doc.sentences.map((sentence, s) => {
    const slots = new Int8Array(sentence.tokens.length);
    const long = new Uint8Array(sentence.tokens.length);
    for (const run of decodeRuns(firstPass[s])) {
      for (let i = run.first; i <= run.last; i++) {
        slots[i] = 1 + run.type;
        long[i] = run.last > run.first ? 1 : 0;
      }
    }
    sentence.tokens.forEach((token, i) => {
      if (!counts(sentence.capsLine, token.text)) return;
      const c = seen.get(sentence.lower[i]) ?? new Int32Array(2 * SLOTS);
      seen.set(sentence.lower[i], c);
      c[slots[i]]++;
      if (long[i]) c[SLOTS + slots[i]]++;
    });
    return { slots, long };
  });

  const c = new Int32Array(2 * SLOTS);
  return doc.sentences.map((sentence, s) => {
    const { slots, long } = slotOf[s];
    const codes = new Int16Array(sentence.tokens.length).fill(-1);
    sentence.tokens.forEach((token, i) => {
      if (!counts(sentence.capsLine, token.text)) return;
      c.set(seen.get(sentence.lower[i])!);
      c[slots[i]]--; // this occurrence does not vote for itself
      if (long[i]) c[SLOTS + slots[i]]--;
      let best = -1;
      let code = 0;
      for (let k = 0; k < SLOTS; k++) {
        if (c[k] > 0 && (best < 0 || c[k] > c[best])) best = k;
        if (k > 0 && c[k] > 0) code |= 1 << (k - 1);
        if (k > 0 && c[SLOTS + k] > 0) code |= 1 << (3 + k);
      }
      codes[i] = code | ((best + 1) << 8);
    });
    return codes;
  });
}

/** The second-pass features of token `i` from its sentence's first-pass labels and vote codes. */
export function voteFeatures(labels: Uint8Array, codes: Int16Array, i: number): string[] {
  const n = labels.length;
  const f = [`p=${LABEL_NAMES[labels[i]]}`, `p-1=${i > 0 ? LABEL_NAMES[labels[i - 1]] : '<s>'}`, `p+1=${i + 1 < n ? LABEL_NAMES[labels[i + 1]] : '</s>'}`];
  const code = codes[i];
  if (code < 0) return f;
  for (let k = 1; k < SLOTS; k++) {
    if (code & (1 << (k - 1))) f.push(`da=${TYPE_CODE[k]}`);
    if (code & (1 << (3 + k))) f.push(`dL=${TYPE_CODE[k]}`);
  }
  const best = (code >> 8) - 1;
  if (best >= 0) f.push(`dm=${TYPE_CODE[best]}|${labelType(labels[i]) + 1}`);
  return f;
}

/** Only capitalised words (or every word of a capitals headline) vote and are voted on. */
function counts(capsLine: boolean, word: string): boolean {
  return /\p{L}/u.test(word) && (capsLine || isTitleWord(word));
}
