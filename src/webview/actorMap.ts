/** The actor map page: the graph it is sent, laid out by d3-force (run to rest before drawing), as SVG. */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { ActorNode, EntityType } from '../core/storyView';
import { CAPS, KINDS, type Strings, type ToActorMap } from '../extension/features/story/storyMessages';
import { el, exportSvg, fill, svg, vscode } from './page';

interface State {
  kinds?: EntityType[];
  cap?: number;
  selected?: string;
}
const state: State = (vscode.getState() as State | undefined) ?? {};
let last: ToActorMap | undefined;

const root = document.getElementById('root')!;
const heading = el('h2', { id: 'heading' });
const toolbar = el('div', { class: 'toolbar', role: 'toolbar' });
const kindBoxes = KINDS.map(kind => {
  const box = el('input', { type: 'checkbox', id: `kind-${kind}`, 'data-kind': kind });
  box.addEventListener('change', sendFilter);
  return box;
});
const kindLabels = kindBoxes.map(box => el('label', { for: box.id }));
const capSelect = el('select', { id: 'cap' });
for (const cap of CAPS) capSelect.append(el('option', { value: String(cap) }, String(cap)));
capSelect.addEventListener('change', sendFilter);
const capLabel = el('label', { for: 'cap' });
const exportButton = el('button', { id: 'export', type: 'button' });
exportButton.addEventListener('click', () => exportSvg(picture));
kindBoxes.forEach((box, i) => toolbar.append(box, kindLabels[i]));
toolbar.append(capLabel, capSelect, exportButton);
const layoutRow = el('div', { class: 'map' });
const picture = svg('svg', { id: 'actor-map', role: 'list' }) as SVGSVGElement;
const mentions = el('section', { id: 'mentions', 'aria-live': 'polite' });
layoutRow.append(picture, mentions);
root.append(heading, toolbar, layoutRow);

window.addEventListener('message', event => {
  const message = event.data as ToActorMap;
  if (message?.type !== 'actorMap') return;
  last = message;
  state.kinds = [...message.kinds];
  state.cap = message.cap;
  vscode.setState(state);
  draw(message);
});
vscode.postMessage({ type: 'ready', kinds: state.kinds, cap: state.cap });

function sendFilter(): void {
  const kinds = kindBoxes.filter(b => b.checked).map(b => b.dataset.kind as EntityType);
  vscode.postMessage({ type: 'filter', kinds, cap: Number(capSelect.value) });
}

interface Node extends SimulationNodeDatum {
  readonly index: number;
  readonly actor: ActorNode;
}

function draw(message: ToActorMap): void {
  const { strings, graph } = message;
  heading.textContent = message.heading;
  kindBoxes.forEach((box, i) => {
    box.checked = message.kinds.includes(KINDS[i]);
    kindLabels[i].textContent = strings[KINDS[i]];
  });
  capSelect.value = String(message.cap);
  capLabel.textContent = strings.cap;
  exportButton.textContent = strings.export;
  const width = Math.max(Math.min(root.clientWidth - 8, 900), 320);
  const height = Math.max(Math.round(width * 0.6), 280);
  const nodes: Node[] = graph.nodes.map((actor, index) => ({ index, actor }));
  const byId = new Map(nodes.map(n => [n.actor.id, n]));
  const links: (SimulationLinkDatum<Node> & { weight: number; sentences: number; events: number })[] = graph.edges.map(e => ({
    source: byId.get(e.source)!,
    target: byId.get(e.target)!,
    weight: e.sentences + e.events,
    sentences: e.sentences,
    events: e.events,
  }));
  forceSimulation(nodes)
    .force(
      'link',
      forceLink(links)
        .distance(90)
        .strength(l => Math.min(1, 0.2 + 0.1 * l.weight)),
    )
    .force('charge', forceManyBody().strength(-220))
    .force('center', forceCenter(width / 2, height / 2))
    .force(
      'collide',
      forceCollide<Node>(n => n.actor.radius + 6),
    )
    // A weak pull to the middle keeps actors without links on the map, near the others.
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.1))
    .stop()
    .tick(300);
  const clamp = (v: number, r: number, max: number) => Math.min(Math.max(v, r + 2), max - r - 2);
  for (const n of nodes) {
    // Keep room for the name under the node (about 7 pixels a character, centred).
    n.x = clamp(n.x ?? 0, Math.max(n.actor.radius, Math.min(n.actor.name.length * 3.5, 80)), width);
    n.y = clamp(n.y ?? 0, n.actor.radius, height);
  }
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const children: SVGElement[] = [];
  for (const l of links) {
    const s = l.source as Node;
    const t = l.target as Node;
    const line = svg('line', { class: 'edge', x1: s.x!, y1: s.y!, x2: t.x!, y2: t.y!, 'stroke-width': Math.min(1 + l.weight, 6) });
    line.append(svg('title', {}, `${s.actor.name} — ${t.actor.name}: ${strings.shared.replace('{0}', String(l.sentences)).replace('{1}', String(l.events))}`));
    children.push(line);
  }
  for (const n of nodes) children.push(nodeMark(n, strings));
  fill(picture, ...children);
  const selected = nodes.find(n => n.actor.id === state.selected);
  if (selected) listMentions(selected, strings);
  else fill(mentions, el('p', { class: 'help' }, strings.pick));
}

function nodeMark(n: Node, strings: Strings): SVGElement {
  const { actor } = n;
  const group = svg('g', {
    class: `actor kind-${actor.type}${actor.id === state.selected ? ' selected' : ''}`,
    tabindex: 0,
    role: 'listitem',
    'data-id': actor.id,
    'aria-label': `${actor.name}, ${actor.mentions.length}`,
  });
  group.append(
    svg('circle', { class: 'node', cx: n.x!, cy: n.y!, r: actor.radius }),
    svg('text', { class: 'node-label', x: n.x!, y: n.y! + actor.radius + 12 }, actor.name),
    svg('title', {}, `${actor.name} (${actor.mentions.length})`),
  );
  const pick = () => {
    state.selected = actor.id;
    vscode.setState(state);
    picture.querySelectorAll('g.actor.selected').forEach(g => g.classList.remove('selected'));
    group.classList.add('selected');
    listMentions(n, strings);
  };
  group.addEventListener('click', pick);
  group.addEventListener('keydown', event => {
    const e = event as KeyboardEvent;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick();
    }
  });
  return group;
}

function listMentions(n: Node, strings: Strings): void {
  const list = el('ol', { class: 'mention-list' });
  n.actor.mentions.forEach((m, i) => {
    const button = el('button', { type: 'button', class: 'mention' });
    button.append(el('strong', {}, m.text), document.createTextNode(' '), el('span', { class: 'context' }, m.context));
    button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', id: n.index, mention: i }));
    const item = el('li');
    item.append(button);
    list.append(item);
  });
  fill(mentions, el('h3', {}, strings.mentions.replace('{0}', n.actor.name)), list);
  void last;
}
