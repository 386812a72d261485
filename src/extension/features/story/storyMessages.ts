/**
 * What the story webviews and the extension say to each other. Type-only: the webview bundles import it
 * too. Everything from a webview is checked (`fromWebview`), since its page shows untrusted text.
 */
import type { ActorGraph, EntityType, TimelineItem } from '../../../core';

export type TimelineScope = 'seed' | 'all';

/** The extension's words a page shows, translated. */
export type Strings = Readonly<Record<string, string>>;

export type ToTimeline = {
  readonly type: 'timeline';
  readonly scope: TimelineScope;
  /** What the page says above the axis: the seed's name, or why nothing is shown. */
  readonly heading: string;
  readonly items: readonly TimelineItem[];
  readonly strings: Strings;
};

export type ToActorMap = {
  readonly type: 'actorMap';
  readonly heading: string;
  readonly graph: ActorGraph;
  readonly kinds: readonly EntityType[];
  readonly cap: number;
  readonly strings: Strings;
};

/** A page's first message, with what it kept in `setState` (its choices), so a reopened page looks as it did. */
export type FromWebview =
  | { readonly type: 'ready'; readonly scope?: TimelineScope; readonly kinds?: readonly EntityType[]; readonly cap?: number }
  | { readonly type: 'reveal'; readonly id: number; readonly mention?: number }
  | { readonly type: 'scope'; readonly scope: TimelineScope }
  | { readonly type: 'filter'; readonly kinds: readonly EntityType[]; readonly cap: number }
  | { readonly type: 'export'; readonly svg: string };

export const KINDS: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];
export const CAPS: readonly number[] = [10, 25, 50, 100];
/** An exported picture larger than this is refused. */
const MAX_SVG = 20_000_000;

const SCOPES: readonly TimelineScope[] = ['seed', 'all'];

/** A check that a value is one of `values`. */
const oneOf =
  <T>(values: readonly T[]) =>
  (x: unknown): x is T =>
    values.includes(x as T);
const isScope = oneOf(SCOPES);
const isCap = oneOf(CAPS);
const isKind = oneOf(KINDS);
const isIndex = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isKinds = (k: unknown): k is EntityType[] => Array.isArray(k) && k.length <= KINDS.length && k.every(isKind);

/** The page's choices in a message, each kept only when it is a valid one. */
function choicesOf(m: Record<string, unknown>): { scope?: TimelineScope; kinds?: readonly EntityType[]; cap?: number } {
  return {
    ...(isScope(m.scope) ? { scope: m.scope } : {}),
    ...(isKinds(m.kinds) ? { kinds: m.kinds } : {}),
    ...(isCap(m.cap) ? { cap: m.cap } : {}),
  };
}

/** The message if it is one a page may send, else undefined. */
export function fromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  const choices = choicesOf(m);
  const { scope, kinds, cap } = choices;
  switch (m.type) {
    case 'ready':
      return { type: 'ready', ...choices };
    case 'reveal':
      if (!isIndex(m.id) || (m.mention !== undefined && !isIndex(m.mention))) return undefined;
      return m.mention === undefined ? { type: 'reveal', id: m.id } : { type: 'reveal', id: m.id, mention: m.mention };
    case 'scope':
      return scope ? { type: 'scope', scope } : undefined;
    case 'filter':
      return kinds && cap ? { type: 'filter', kinds, cap } : undefined;
    case 'export':
      return typeof m.svg === 'string' && m.svg.startsWith('<svg') && m.svg.length <= MAX_SVG ? { type: 'export', svg: m.svg } : undefined;
    default:
      return undefined;
  }
}
