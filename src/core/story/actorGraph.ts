import type { Analysis, EntityType, Span } from '../model';

/** One mention of an actor, with the sentence around it, for the list a click on a node shows. */
export interface GraphMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence it is in, at most `CONTEXT_CHARS` characters around the mention. */
  readonly context: string;
}

export interface ActorNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: readonly GraphMention[];
  /** Grows with the square root of the mentions, so a node's area follows its count. */
  readonly radius: number;
}

/** Two actors that share sentences or events; `source` < `target` by node order. */
export interface ActorEdge {
  readonly source: string;
  readonly target: string;
  readonly sentences: number;
  readonly events: number;
}

export interface ActorGraph {
  readonly nodes: readonly ActorNode[];
  readonly edges: readonly ActorEdge[];
  /** Actors of the chosen kinds left out by the cap. */
  readonly hidden: number;
}

export interface ActorGraphOptions {
  /** At most this many nodes: the most mentioned (ties: first mentioned). */
  readonly cap: number;
  /** Only these kinds; every kind when absent. */
  readonly kinds?: readonly EntityType[];
}

export const CONTEXT_CHARS = 120;

/** The actor map of one seed: actors as nodes, linked when they share a sentence or an event's clause. */
export function actorGraph(analysis: Analysis, options: ActorGraphOptions): ActorGraph {
  const title = analysis.structure.title;
  const sentences = [...(title ? [title] : []), ...analysis.structure.paragraphs.flatMap(p => p.sentences)].sort((a, b) => a.start - b.start);
  const chosen = analysis.actors
    .map((actor, order) => ({ actor, order }))
    .filter(({ actor }) => !options.kinds || options.kinds.includes(actor.type))
    .sort((a, b) => b.actor.mentions.length - a.actor.mentions.length || a.order - b.order);
  const kept = chosen.slice(0, Math.max(0, options.cap));
  const rank = new Map(kept.map(({ actor }, i) => [actor.id, i]));
  const text = analysisText(analysis);
  const nodes: ActorNode[] = kept.map(({ actor }) => ({
    id: actor.id,
    name: actor.name,
    type: actor.type,
    radius: Math.round((5 + 3 * Math.sqrt(actor.mentions.length)) * 10) / 10,
    mentions: actor.mentions.map(m => ({ start: m.start, end: m.end, text: m.text, context: contextOf(text, sentenceOf(sentences, m.start), m) })),
  }));
  const edges = new Map<string, { source: string; target: string; sentences: number; events: number }>();
  const link = (ids: Iterable<string>, field: 'sentences' | 'events') => {
    const present = [...new Set(ids)].filter(id => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
    for (let i = 0; i < present.length; i++)
      for (let j = i + 1; j < present.length; j++) {
        const key = `${present[i]}\n${present[j]}`;
        const edge = edges.get(key) ?? { source: present[i], target: present[j], sentences: 0, events: 0 };
        edge[field]++;
        edges.set(key, edge);
      }
  };
  const bySentence = new Map<number, string[]>();
  for (const { actor } of kept)
    for (const m of actor.mentions) {
      const s = sentenceIndex(sentences, m.start);
      if (s >= 0) bySentence.set(s, [...(bySentence.get(s) ?? []), actor.id]);
    }
  for (const s of [...bySentence.keys()].sort((a, b) => a - b)) link(bySentence.get(s)!, 'sentences');
  for (const e of analysis.events) link(e.actors, 'events');
  const order = (e: ActorEdge) => rank.get(e.source)! * kept.length + rank.get(e.target)!;
  return { nodes, edges: [...edges.values()].sort((a, b) => order(a) - order(b)), hidden: chosen.length - kept.length };
}

/**
 * The document's text as far as the Analysis holds it: the title and paragraphs, each at its offset, so a
 * sentence's words can be cut from it. (The Analysis keeps no full text; every sentence is inside a paragraph.)
 */
function analysisText(analysis: Analysis): (span: Span) => string {
  const { title } = analysis.structure;
  const paragraphs = title ? [title, ...analysis.structure.paragraphs] : analysis.structure.paragraphs;
  return span => {
    const p = paragraphs.find(q => q.start <= span.start && span.end <= q.end);
    return p ? p.text.slice(span.start - p.start, span.end - p.start) : '';
  };
}

function sentenceIndex(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function sentenceOf(sentences: readonly Span[], at: number): Span | undefined {
  const i = sentenceIndex(sentences, at);
  return i >= 0 ? sentences[i] : undefined;
}

/** The sentence around a mention, cut to CONTEXT_CHARS around it with "…" where cut; the mention alone outside a sentence. */
function contextOf(text: (span: Span) => string, sentence: Span | undefined, m: Span & { readonly text: string }): string {
  if (!sentence) return m.text;
  const whole = text(sentence);
  if (whole.length <= CONTEXT_CHARS) return whole.trim();
  const at = m.start - sentence.start;
  const from = Math.max(0, Math.min(at - Math.floor((CONTEXT_CHARS - (m.end - m.start)) / 2), whole.length - CONTEXT_CHARS));
  const cut = whole.slice(from, from + CONTEXT_CHARS).trim();
  return `${from > 0 ? '…' : ''}${cut}${from + CONTEXT_CHARS < whole.length ? '…' : ''}`;
}
