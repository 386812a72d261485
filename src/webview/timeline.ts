/**
 * The timeline page: lays out the items it is sent (the core's layout), draws them as SVG on a d3 time axis
 * that zooms (timelineAxis.ts), and redraws only the marks that changed.
 */
import { layoutTimeline, type TimelineItem, type TimelineLayout } from '../core/storyView';
import type { Strings, TimelineScope, ToTimeline } from '../extension/features/story/storyMessages';
import { el, exportSvg, fill, svg, vscode } from './page';
import { type Movable, TimelineAxis } from './timelineAxis';

interface State {
  scope: TimelineScope;
  focused?: number;
}
const state: State = (vscode.getState() as State | undefined) ?? { scope: 'seed' };
let last: ToTimeline | undefined;
let firstDraw = true;

const root = document.getElementById('root')!;
const heading = el('h2', { id: 'heading' });
const toolbar = el('div', { class: 'toolbar', role: 'toolbar' });
const scopeButton = el('button', { id: 'scope', type: 'button' });
const exportButton = el('button', { id: 'export', type: 'button' });
toolbar.append(scopeButton, exportButton);
const picture = svg('svg', { id: 'timeline', role: 'list' }) as SVGSVGElement;
const groupLayer = svg('g', { class: 'group-layer' });
const axisLayer = svg('g', { class: 'axis' }) as SVGGElement;
const eventLayer = svg('g', { class: 'event-layer' });
picture.append(groupLayer, axisLayer, eventLayer);
/** The drawn events by id, each with what it was drawn from: an update replaces only those that changed. */
const drawn = new Map<number, Movable & { element: SVGElement; key: string }>();
const axis = new TimelineAxis(picture, axisLayer, () => drawn.values(), monthName);
const tooltip = el('div', { id: 'tooltip', role: 'tooltip', hidden: '' });
const legend = el('div', { id: 'legend' });
const help = el('p', { class: 'help' });
root.append(heading, toolbar, picture, legend, help, tooltip);

scopeButton.addEventListener('click', () => {
  state.scope = state.scope === 'seed' ? 'all' : 'seed';
  state.focused = undefined;
  vscode.setState(state);
  vscode.postMessage({ type: 'scope', scope: state.scope });
});
exportButton.addEventListener('click', () => exportSvg(picture));
window.addEventListener('message', event => {
  const message = event.data as ToTimeline;
  if (message?.type !== 'timeline') return;
  last = message;
  state.scope = message.scope;
  vscode.setState(state);
  draw(message);
});
let resizing: number | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = window.setTimeout(() => last && draw(last), 100);
});
vscode.postMessage({ type: 'ready', scope: state.scope });

/** A seed's file name from its URI ("file:///w/seeds/a%20b.txt" → "a b.txt"). */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString(document.documentElement.lang || undefined, { month: 'short', timeZone: 'UTC' });
}

/** Draws a message's items: one pass that replaces the picture's children, so an update does not flash. */
export function draw(message: ToTimeline): void {
  const { strings, items } = message;
  heading.textContent = message.heading;
  scopeButton.textContent = message.scope === 'seed' ? strings.allSeeds : strings.thisSeed;
  scopeButton.setAttribute('aria-pressed', String(message.scope === 'all'));
  exportButton.textContent = strings.export;
  help.textContent = strings.keys;
  const width = Math.max(root.clientWidth - 8, 320);
  const layout = layoutTimeline(items, width);
  picture.setAttribute('width', String(layout.width));
  picture.setAttribute('height', String(layout.height));
  picture.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const groups = layout.groups.filter(g => g.label).map(g => svg('text', { class: 'group', x: 4, y: g.y + 13 }, fileName(g.label)));
  fill(groupLayer, ...groups);
  axis.update(layout);
  updateEvents(items, layout, strings);
  drawLegend(layout, strings);
  // A page shown again gives the keyboard back to the event it was on, only when it has the focus itself:
  // an update while the reader types in the editor must not take the focus away.
  if (firstDraw && state.focused !== undefined && document.hasFocus() && document.activeElement === document.body) focusItem(state.focused, false);
  firstDraw = false;
}

/** Keeps the marks whose item and place are unchanged, redraws the others, removes what is gone. */
function updateEvents(items: readonly TimelineItem[], layout: TimelineLayout, strings: Strings): void {
  for (const p of layout.items) {
    const item = items[p.id];
    const key = JSON.stringify([p, item, strings.actors]);
    const old = drawn.get(p.id);
    if (old?.key === key) continue;
    const { element, mark, label } = itemMark(item, p, strings);
    const entry = { element, mark, label, key, from: item.from, to: item.to };
    // A new mark takes the reader's zoom at once.
    axis.place(entry);
    if (old) old.element.replaceWith(element);
    else eventLayer.append(element);
    drawn.set(p.id, entry);
  }
  for (const [id, { element }] of drawn)
    if (id >= items.length) {
      element.remove();
      drawn.delete(id);
    }
}

function itemMark(
  item: TimelineItem,
  p: TimelineLayout['items'][number],
  strings: Strings,
): { element: SVGElement; mark: SVGRectElement; label: SVGTextElement } {
  const group = svg('g', {
    class: `event ${item.certainty} colour-${p.colour < 0 ? 'none' : p.colour}`,
    tabindex: 0,
    role: 'listitem',
    'data-id': item.id,
    'aria-label': `${item.dateText}: ${item.summary}`,
  });
  const mark = svg('rect', { class: 'mark', x: p.x, y: p.y + 4, width: p.width, height: 14, rx: 4 }) as SVGRectElement;
  const label = svg('text', { class: 'label', x: p.x + p.width + 4, y: p.y + 15 }, item.dateText) as SVGTextElement;
  group.append(mark, label);
  group.addEventListener('click', () => open(item.id));
  group.addEventListener('keydown', event => {
    const e = event as KeyboardEvent;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(item.id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      focusItem(item.id + 1, true);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusItem(item.id - 1, true);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      axis.zoomAround(item.from, 2);
    } else if (e.key === '-') {
      e.preventDefault();
      axis.zoomAround(item.from, 0.5);
    } else if (e.key === '0') {
      e.preventDefault();
      axis.zoomAround(item.from, 0);
    } else if (e.key === 'Escape') tooltip.hidden = true;
  });
  group.addEventListener('mouseenter', () => showTooltip(item, group, strings));
  group.addEventListener('focus', () => {
    axis.show(item.from);
    state.focused = item.id;
    vscode.setState(state);
    showTooltip(item, group, strings);
  });
  group.addEventListener('mouseleave', () => (tooltip.hidden = true));
  group.addEventListener('blur', () => (tooltip.hidden = true));
  return { element: group, mark, label };
}

function open(id: number): void {
  vscode.postMessage({ type: 'reveal', id });
}

function focusItem(id: number, wrap: boolean): void {
  if (!drawn.size) return;
  const index = wrap ? Math.min(Math.max(id, 0), drawn.size - 1) : id;
  picture.querySelector<SVGGElement>(`g.event[data-id="${index}"]`)?.focus();
}

function showTooltip(item: TimelineItem, anchor: SVGElement, strings: Strings): void {
  const certainty = item.certainty === 'exact' ? [] : [strings[item.certainty]];
  if (item.certainty === 'approximate' && !item.yearKnown) certainty.push(strings.yearless);
  const lines = [
    el('div', { class: 'date' }, [item.dateText, ...certainty].join(' · ')),
    el('div', { class: 'clause' }, item.clause),
    el('div', { class: 'actors' }, `${strings.actors}: ${item.actors.length ? item.actors.join(', ') : strings.noActors}`),
  ];
  if (item.file) lines.unshift(el('div', { class: 'file' }, item.file));
  fill(tooltip, ...lines);
  tooltip.hidden = false;
  const box = anchor.getBoundingClientRect();
  const left = Math.min(box.left + window.scrollX, window.innerWidth - 340);
  tooltip.style.left = `${Math.max(left, 4)}px`;
  tooltip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function drawLegend(layout: TimelineLayout, strings: Strings): void {
  const entries = layout.actors.map((name, i) => {
    const entry = el('span', { class: `legend-entry colour-${i}` });
    entry.append(el('span', { class: 'swatch' }), document.createTextNode(name));
    return entry;
  });
  const others = el('span', { class: 'legend-entry colour-none' });
  others.append(el('span', { class: 'swatch' }), document.createTextNode(strings.others));
  const kinds = (['approximate', 'yearless', 'undated'] as const).map(c => {
    const entry = el('span', { class: `legend-entry event ${c}` });
    entry.append(el('span', { class: 'swatch mark-sample' }), document.createTextNode(strings[c]));
    return entry;
  });
  const key = JSON.stringify([layout.actors, strings]);
  if (legend.dataset.key === key) return;
  legend.dataset.key = key;
  fill(legend, el('span', { class: 'legend-title' }, strings.legend), ...entries, others, ...kinds);
}
