/** What both story pages share: the VS Code API, elements built as text (never HTML), the SVG export. */

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes and text: document text goes in as a text node only. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** An SVG element with attributes and text. */
export function svg(tag: string, attributes: Record<string, string | number> = {}, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Posts the picture as a standalone SVG: the theme's colours, read from the page, written into it. */
export function exportSvg(picture: SVGSVGElement): void {
  const copy = picture.cloneNode(true) as SVGSVGElement;
  const from = picture.querySelectorAll('*');
  const to = copy.querySelectorAll('*');
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = to[i];
    for (const property of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size']) {
      target.setAttribute(property, style.getPropertyValue(property));
    }
  });
  copy.setAttribute('xmlns', SVG);
  const background = getComputedStyle(document.body).backgroundColor;
  copy.insertBefore(svg('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: background }), copy.firstChild);
  vscode.postMessage({ type: 'export', svg: new XMLSerializer().serializeToString(copy) });
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Node[]): void {
  parent.replaceChildren(...children);
}
