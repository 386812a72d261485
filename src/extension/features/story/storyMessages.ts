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

const isIndex = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isScope = (s: unknown): s is TimelineScope => s === 'seed' || s === 'all';
const isKinds = (k: unknown): k is EntityType[] => Array.isArray(k) && k.length <= KINDS.length && k.every(x => KINDS.includes(x as EntityType));
const isCap = (c: unknown): c is number => CAPS.includes(c as number);

/** The message if it is one a page may send, else undefined. */
export function fromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return {
        type: 'ready',
        ...(isScope(m.scope) ? { scope: m.scope } : {}),
        ...(isKinds(m.kinds) ? { kinds: m.kinds } : {}),
        ...(isCap(m.cap) ? { cap: m.cap } : {}),
      };
    case 'reveal':
      if (!isIndex(m.id) || (m.mention !== undefined && !isIndex(m.mention))) return undefined;
      return m.mention === undefined ? { type: 'reveal', id: m.id } : { type: 'reveal', id: m.id, mention: m.mention };
    case 'scope':
      return isScope(m.scope) ? { type: 'scope', scope: m.scope } : undefined;
    case 'filter':
      return isKinds(m.kinds) && isCap(m.cap) ? { type: 'filter', kinds: m.kinds, cap: m.cap } : undefined;
    case 'export':
      return typeof m.svg === 'string' && m.svg.startsWith('<svg') && m.svg.length <= MAX_SVG ? { type: 'export', svg: m.svg } : undefined;
    default:
      return undefined;
  }
}
