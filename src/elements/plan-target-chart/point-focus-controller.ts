import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartLayout } from '../../model/chart-layout.js';
import { isPointKey, movePoint } from '../../model/chart.js';

/** A point of a chart: the chart's id and the point's index in it (reading order). */
export interface PointRef {
  chart: string;
  index: number;
}

/** How long a tooltip stays after the pointer leaves its point (ms): time to move onto the tooltip. */
const HIDE_DELAY = 200;

const same = (a: PointRef | undefined, b: PointRef | undefined) =>
  a === b || (!!a && !!b && a.chart === b.chart && a.index === b.index);

/**
 * Which point of the chart is looked at, and the handlers that move it. The points are `g.point`
 * elements with `data-chart` and `data-index`: the options of one listbox per chart (one tab stop, arrow
 * keys between the options, the picked one selected), not tabbable images.
 *
 * - `tip`: the point whose tooltip shows — the hovered or focused one. Leaving a point hides it after a
 *   moment (unless the point keeps focus or the pointer moved onto the tooltip); a touch keeps it until
 *   the next touch elsewhere; Escape hides it.
 * - `picked`: the point whose citation shows under its chart — the last one focused or pressed.
 * - the active point of each chart: the one that holds the chart's tab stop (roving tabindex). Arrow
 *   keys, Home and End move focus between points (`movePoint`).
 *
 * The focus and key handlers belong on an HTML element around the SVG: Chromium makes an SVG element
 * with focus listeners focusable, which would add a stray tab stop.
 */
export class PointFocusController implements ReactiveController {
  private tip_?: PointRef;
  private picked_?: PointRef;
  private active_ = new Map<string, number>();
  private hideTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** The layout of a chart as last drawn. */
    private readonly layoutOf: (chart: string) => ChartLayout | undefined,
  ) {
    host.addController(this);
  }

  /** The point whose tooltip shows. */
  get tip(): PointRef | undefined {
    return this.tip_;
  }

  /** The point whose citation shows under its chart. */
  get picked(): PointRef | undefined {
    return this.picked_;
  }

  /** The index of the point of `chart` that holds its tab stop, among its `count` points. */
  activeIndex(chart: string, count: number): number {
    return Math.min(this.active_.get(chart) ?? 0, count - 1);
  }

  /** Hide the tooltip (the view changed under it). */
  hideTip(): void {
    this.setTip(undefined);
  }

  hostDisconnected(): void {
    clearTimeout(this.hideTimer);
  }

  onFocusIn = (e: FocusEvent): void => {
    const p = pointOf(e);
    if (!p) return;
    clearTimeout(this.hideTimer);
    if (!same(this.picked_, p)) this.picked_ = p;
    if (this.active_.get(p.chart) !== p.index) this.active_ = new Map(this.active_).set(p.chart, p.index);
    this.setTip(p, true);
  };

  onFocusOut = (e: FocusEvent): void => {
    const p = pointOf(e);
    if (p && same(this.tip_, p)) this.setTip(undefined);
  };

  onPointerEnter = (e: PointerEvent): void => {
    const p = pointOf(e);
    if (!p) return;
    clearTimeout(this.hideTimer);
    this.setTip(p, true);
  };

  onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return; // a tap keeps the tooltip until the next tap elsewhere
    const el = (e.target as Element | null)?.closest?.('g.point');
    if (el && this.activeElement() === el) return; // focused: stays
    this.scheduleHide();
  };

  /** Hide the tooltip after a moment, unless a point has focus by then (its tooltip shows instead). */
  scheduleHide = (): void => {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      const focused = this.activeElement();
      this.setTip(
        focused instanceof SVGGElement && focused.classList.contains('point') ? refOf(focused) : undefined,
        true,
      );
    }, HIDE_DELAY);
  };

  cancelHide = (): void => clearTimeout(this.hideTimer);

  /** On the chart's SVG: pressing a point picks it; pressing anywhere else but a point or the tooltip hides the tooltip. */
  onPointerDown = (e: PointerEvent): void => {
    const target = e.target as Element;
    const point = pointOf(e);
    if (point) {
      this.picked_ = point;
      this.host.requestUpdate();
    }
    if (!target.closest('g.point') && !target.closest('g.tooltip')) this.setTip(undefined);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const p = pointOf(e);
    if (!p) return;
    if (e.key === 'Escape') {
      if (this.tip_) {
        this.setTip(undefined);
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const layout = this.layoutOf(p.chart);
    if (!layout || !isPointKey(e.key)) return;
    const next = movePoint(layout, p.index, e.key);
    e.preventDefault();
    if (next === undefined || next === p.index) return;
    this.host.renderRoot.querySelector<SVGGElement>(`g.point[data-chart="${p.chart}"][data-index="${next}"]`)?.focus();
  };

  /** Set the tooltip's point; `fresh`: a new reference even when it is the same point (the host draws again). */
  private setTip(tip: PointRef | undefined, fresh = false): void {
    if (tip === this.tip_ || (!fresh && same(tip, this.tip_))) return;
    this.tip_ = tip;
    this.host.requestUpdate();
  }

  private activeElement(): Element | null {
    return (this.host.renderRoot as ShadowRoot).activeElement;
  }
}

function refOf(el: SVGGElement): PointRef {
  return { chart: el.dataset['chart']!, index: Number(el.dataset['index']) };
}

/** The chart point an event happened on (or inside), if any. */
function pointOf(e: Event): PointRef | undefined {
  const el = (e.target as Element | null)?.closest?.<SVGGElement>('g.point');
  return el ? refOf(el) : undefined;
}
