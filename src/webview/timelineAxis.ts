/**
 * The timeline's time axis and zoom, with d3: a UTC time scale built from the core's layout (so the marks
 * the core placed sit on it), d3-axis for the ticks, d3-zoom for wheel, drag and keyboard zoom. A zoom moves
 * the marks in place (their x and width); the lanes stay as the core laid them out at full view.
 * Why not vis-timeline: it draws HTML (nothing to export as SVG), needs its styles injected as a <style>
 * element or four more libraries bundled, parses item content as HTML, and its items take no focus.
 */
import { axisBottom } from 'd3-axis';
import { type ScaleTime, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { utcMonth, utcYear } from 'd3-time';
import { zoom, type ZoomBehavior, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimelineLayout } from '../core/storyView';

const DAY_MS = 86_400_000;
/** How far in a reader may zoom: a day of a three-year span then fills about a tenth of the width. */
const MAX_ZOOM = 64;
/** As the core's layout: a mark is at least this wide, so it can be clicked. */
const MIN_WIDTH = 10;

/** A day number (days since 1970-01-01) as a UTC date. */
export const dateOfDay = (day: number): Date => new Date(day * DAY_MS);

/** One drawn mark: its span of days, and the elements a zoom moves. */
export interface Movable {
  readonly from: number;
  readonly to: number;
  readonly mark: SVGRectElement;
  readonly label: SVGTextElement;
}

export class TimelineAxis {
  private base: ScaleTime<number, number> = scaleUtc();
  private current: ScaleTime<number, number> = scaleUtc();
  private layout: TimelineLayout | undefined;
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;

  constructor(
    private readonly picture: SVGSVGElement,
    private readonly axisGroup: SVGGElement,
    private readonly marks: () => Iterable<Movable>,
    private readonly monthName: (month: number) => string,
  ) {
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      // A double click is two clicks on a mark (reveal its clause), not a zoom.
      .filter(event => (!event.ctrlKey || event.type === 'wheel') && !event.button && event.type !== 'dblclick')
      .on('zoom', event => this.zoomed((event as { transform: ZoomTransform }).transform));
    select(picture).call(this.behaviour).on('dblclick.zoom', null);
  }

  /** Sets the scale for a new layout, keeping the reader's zoom when the span is the same. */
  update(layout: TimelineLayout): void {
    const { from, to, x0, x1 } = layout.scale;
    const same = this.layout && this.layout.scale.from === from && this.layout.scale.to === to && this.layout.width === layout.width;
    this.layout = layout;
    this.base = scaleUtc()
      .domain([dateOfDay(from), dateOfDay(to)])
      .range([x0, x1]);
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [layout.width, layout.height],
    ];
    this.behaviour.extent(extent).translateExtent(extent);
    // The same span at the same width: the marks drawn stay where they are (an edit redraws only what it
    // changed); the axis follows the lanes' height.
    if (same) this.drawAxis();
    else select(this.picture).call(this.behaviour.transform, zoomIdentity);
  }

  /** Where day `day` is drawn now. */
  x(day: number): number {
    return this.current(dateOfDay(day));
  }

  /** Places one mark at the current zoom. */
  place(m: Movable): void {
    const x = round(this.x(m.from));
    const width = Math.max(round(this.x(m.to) - x), MIN_WIDTH);
    m.mark.setAttribute('x', String(x));
    m.mark.setAttribute('width', String(width));
    m.label.setAttribute('x', String(x + width + 4));
  }

  /** Zooms by `factor` around day `day` (keyboard: + and -), or back to the whole span (factor 0). */
  zoomAround(day: number, factor: number): void {
    const target = select(this.picture);
    if (factor === 0) target.call(this.behaviour.transform, zoomIdentity);
    else target.call(this.behaviour.scaleBy, factor, [this.x(day), 0]);
  }

  /** Scrolls a zoomed axis so that day `day` is in view (a mark reached with the keyboard). */
  show(day: number): void {
    const x = this.x(day);
    if (!this.layout || (x >= 0 && x <= this.layout.width - 40)) return;
    select(this.picture).call(this.behaviour.translateTo, this.base(dateOfDay(day)), 0);
  }

  private zoomed(transform: ZoomTransform): void {
    if (!this.layout) return;
    this.current = transform.rescaleX(this.base);
    this.drawAxis();
    for (const m of this.marks()) this.place(m);
  }

  private drawAxis(): void {
    const layout = this.layout;
    if (!layout) return;
    const showYears = layout.showYears;
    const axis = axisBottom(this.current)
      .ticks(Math.max(2, Math.floor(layout.width / 110)))
      .tickSizeInner(-layout.axisY)
      .tickSizeOuter(0)
      .tickPadding(8)
      .tickFormat((d, i) => this.tickText(d as Date, i, showYears));
    this.axisGroup.setAttribute('transform', `translate(0,${layout.axisY})`);
    select(this.axisGroup).call(axis);
  }

  /** "15 Jan" for a day, "Feb" for a month, with its year at January and at the first tick when the text states years. */
  private tickText(date: Date, index: number, showYears: boolean): string {
    const month = this.monthName(date.getUTCMonth() + 1);
    if (utcMonth.floor(date) < date) return `${date.getUTCDate()} ${month}`;
    if (showYears && (index === 0 || utcYear.floor(date).getTime() === date.getTime())) return `${month} ${date.getUTCFullYear()}`;
    return month;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
