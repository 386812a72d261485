/**
 * The story views with 1,000 events (issue 17). Host side, in Node: the timeline's items from 1,000
 * events, and their layout (what the page runs). Page side, in Debian's Chromium (headless, no VS Code):
 * the timeline page's own bundle (dist/webview/timeline.js) with its stylesheet, sent the 1,000 items as
 * the extension sends them; a draw is timed from the message to the next frame after layout (median of 5).
 * "After an edit" is the extension's work (items from the Analysis) plus the page's redraw with one event changed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { layoutTimeline, type TimelineItem, timelineItems, type TimelineSource } from '../src/core';
import { launchChromium } from '../test/harness/browser';
import { ROOT } from './corpus';
import type { Figure } from './figures';
import { median, timed } from './stats';

const EVENTS = 1000;
const RUNS = 5;
const WIDTH = 900;

/** 1,000 events over about three years, some with ranges, some year-less, some undated, each with actors. */
export function syntheticSources(n = EVENTS): TimelineSource[] {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return Array.from({ length: n }, (_, i) => {
    const year = 2017 + Math.floor(i / 340);
    const month = 1 + (Math.floor(i / 28) % 12);
    const day = 1 + (i % 28);
    const kind = i % 10;
    const pad = (v: number) => String(v).padStart(2, '0');
    const value = kind === 7 ? 'XXXX-XX-XXT09:00' : kind === 8 ? `XXXX-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
    const text = kind === 3 ? `${day}-${Math.min(day + 2, 28)} ${months[month - 1]}` : kind === 7 ? '9:00 GMT' : `${day} ${months[month - 1]} ${year}`;
    const clause = `Event ${i}: the council of city ${i % 37} met on ${text} and agreed on item ${i}.`;
    return {
      file: '',
      start: i * 100,
      end: i * 100 + clause.length,
      clause,
      summary: clause.slice(0, 60),
      date: { text, value, ...(kind === 3 ? { endDay: Math.min(day + 2, 28) } : {}) },
      actors: [`Actor ${i % 13}`, `Place ${i % 7}`],
    };
  });
}

export async function story(): Promise<Figure[]> {
  const sources = syntheticSources();
  for (let i = 0; i < 3; i++) layoutTimeline(timelineItems(sources), WIDTH);
  const itemsMs = median(Array.from({ length: RUNS }, () => timed(() => timelineItems(sources)).ms));
  const items = timelineItems(sources);
  const layoutMs = median(Array.from({ length: RUNS }, () => timed(() => layoutTimeline(items, WIDTH)).ms));
  const figures: Figure[] = [
    { figure: 'story.items', label: `timeline items from ${EVENTS} events (host)`, value: itemsMs, unit: 'ms', note: `median of ${RUNS}, Node` },
    { figure: 'story.layout', label: `layout of ${EVENTS} events (pure)`, value: layoutMs, unit: 'ms', note: `median of ${RUNS}, Node, ${WIDTH} px` },
  ];
  const page = await pageTimes(items).catch((error: unknown) => String(error));
  if (typeof page === 'string') {
    const note = `not measured in Chromium: ${page.split('\n')[0]}`;
    figures.push(
      { figure: 'story.draw', label: `${EVENTS} events drawn (Chromium)`, value: null, unit: 'ms', target: '<= 500', note },
      { figure: 'story.update', label: 'update after an edit (host + redraw)', value: null, unit: 'ms', target: '<= 100', note },
    );
    return figures;
  }
  figures.push(
    {
      figure: 'story.draw',
      label: `${EVENTS} events drawn (Chromium)`,
      value: page.drawMs,
      unit: 'ms',
      target: '<= 500',
      note: `first draw in a fresh page: layout, SVG, legend, to the next frame; median of ${RUNS}`,
    },
    {
      figure: 'story.update',
      label: 'update after an edit (host + redraw)',
      value: itemsMs + page.redrawMs,
      unit: 'ms',
      target: '<= 100',
      note: `items ${itemsMs.toFixed(1)} ms + redraw of ${EVENTS} events with one changed ${page.redrawMs.toFixed(1)} ms; median of ${RUNS}`,
    },
  );
  return figures;
}

/** Times the timeline page's first draw and a redraw in Chromium. */
async function pageTimes(items: readonly TimelineItem[]): Promise<{ drawMs: number; redrawMs: number }> {
  const script = fs.readFileSync(path.join(ROOT, 'dist', 'webview', 'timeline.js'), 'utf8');
  const style = fs.readFileSync(path.join(ROOT, 'dist', 'webview', 'story.css'), 'utf8');
  const browser = await launchChromium();
  try {
    const draws: number[] = [];
    const redraws: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { page } = browser;
      await page.setViewportSize({ width: WIDTH + 40, height: 900 });
      await page.setContent('<!DOCTYPE html><html><head></head><body><main id="root"></main></body></html>');
      await page.addStyleTag({ content: style });
      await page.evaluate('window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} })');
      await page.addScriptTag({ content: script });
      const times = await page.evaluate(async list => {
        const g = globalThis as unknown as {
          performance: { now(): number };
          requestAnimationFrame(f: () => void): void;
          setTimeout(f: () => void, ms: number): void;
          dispatchEvent(e: unknown): void;
          MessageEvent: new (type: string, init: { data: unknown }) => unknown;
          document: { body: { getBoundingClientRect(): unknown } };
        };
        const strings = {
          thisSeed: 'This seed',
          allSeeds: 'All seeds',
          export: 'Export SVG',
          keys: '',
          legend: 'Colour',
          others: 'others',
          approximate: 'a',
          yearless: 'y',
          undated: 'u',
          actors: 'Actors',
          noActors: '-',
        };
        const frame = () => new Promise<void>(resolve => g.requestAnimationFrame(() => g.setTimeout(resolve, 0)));
        const draw = async (data: unknown) => {
          const t0 = g.performance.now();
          g.dispatchEvent(new g.MessageEvent('message', { data }));
          g.document.body.getBoundingClientRect();
          await frame();
          return g.performance.now() - t0;
        };
        const first = await draw({ type: 'timeline', scope: 'seed', heading: 'bench', items: list, strings });
        const edited = list.map((item, i) => (i === 500 ? { ...item, clause: `${item.clause} (edited)` } : item));
        const again = await draw({ type: 'timeline', scope: 'seed', heading: 'bench', items: edited, strings });
        return [first, again];
      }, items as TimelineItem[]);
      draws.push(times[0]);
      redraws.push(times[1]);
    }
    return { drawMs: median(draws), redrawMs: median(redraws) };
  } finally {
    await browser.close();
  }
}
