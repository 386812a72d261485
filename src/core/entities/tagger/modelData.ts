import { LABEL_COUNT, LABEL_NAMES } from './bilou';
import { decodeBase64, encodeBase64 } from './base64';
import { LinearModel } from './linearModel';

export const MODEL_FORMAT = 'seed-reader-ner/1';

/**
 * The trained tagger as plain JSON-able data (models/ner-model.json), so the core can take it from any
 * loader: Node reads a file, a browser fetches it.
 */
export interface NerModelData {
  readonly format: typeof MODEL_FORMAT;
  /** Label names in model order; must equal LABEL_NAMES. */
  readonly labels: readonly string[];
  /** Feature strings, one a line; line k is feature k. */
  readonly features: string;
  /** Known names from the training data: "phrase\tmask" lines (mask: bits of ENTITY_TYPES indices). */
  readonly gazetteer: string;
  readonly pass1: EncodedWeights;
  readonly pass2: EncodedWeights;
}

/**
 * Quantised weights. Each feature row is base64 bytes: a scale code e (scale = 2^((e - 160) / 8)), a
 * 24-bit mask of its non-zero labels, then one signed byte per non-zero label.
 */
export interface EncodedWeights {
  readonly rows: string;
  readonly transitions: readonly number[];
}

const scaleOf = (code: number) => Math.pow(2, (code - 160) / 8);

/** Quantises a model's weights for the features kept (`keep[f]` is the row's new index or -1). */
export function encodeWeights(model: LinearModel, keep: Int32Array, keptCount: number): EncodedWeights {
  const L = LABEL_COUNT;
  const empty = Uint8Array.of(0, 0, 0, 0);
  const rows: Uint8Array[] = Array.from({ length: keptCount }, () => empty);
  for (let f = 0; f < keep.length; f++) {
    if (keep[f] < 0) continue;
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(model.weights[f * L + l]));
    const code = max === 0 ? 0 : Math.max(0, Math.min(255, Math.ceil(8 * Math.log2(max / 127) + 160)));
    const scale = scaleOf(code);
    const values: number[] = [];
    let mask = 0;
    for (let l = 0; l < L && max > 0; l++) {
      const q = Math.max(-127, Math.min(127, Math.round(model.weights[f * L + l] / scale)));
      if (q !== 0) {
        mask |= 1 << l;
        values.push(q & 0xff);
      }
    }
    rows[keep[f]] = mask === 0 ? empty : Uint8Array.of(code, mask & 0xff, (mask >> 8) & 0xff, mask >> 16, ...values);
  }
  const total = rows.reduce((sum, r) => sum + r.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const r of rows) {
    bytes.set(r, at);
    at += r.length;
  }
  return { rows: encodeBase64(bytes), transitions: Array.from(model.transitions, x => Math.round(x * 1000) / 1000) };
}

/** Rebuilds a dense model of `featureCount` rows from its encoding. */
export function decodeWeights(encoded: EncodedWeights, featureCount: number): LinearModel {
  const L = LABEL_COUNT;
  const bytes = decodeBase64(encoded.rows);
  const weights = new Float32Array(featureCount * L);
  let at = 0;
  for (let f = 0; f < featureCount; f++) {
    const scale = scaleOf(bytes[at]);
    const mask = bytes[at + 1] | (bytes[at + 2] << 8) | (bytes[at + 3] << 16);
    at += 4;
    for (let l = 0; l < L; l++) {
      if (!(mask & (1 << l))) continue;
      const q = bytes[at++];
      weights[f * L + l] = (q > 127 ? q - 256 : q) * scale;
    }
  }
  if (at !== bytes.length || encoded.transitions.length !== (L + 1) * L) throw new Error('corrupt NER model weights');
  return new LinearModel(weights, Float32Array.from(encoded.transitions));
}

/** Throws unless `data` is a model this code can read. */
export function checkModel(data: NerModelData): void {
  if (data.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${String(data.format)}`);
  if (data.labels.join(' ') !== LABEL_NAMES.join(' ')) throw new Error('NER model labels do not match this code');
}
