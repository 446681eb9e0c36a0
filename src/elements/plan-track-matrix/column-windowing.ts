import { isServer, type ReactiveControllerHost } from 'lit';
import { columnSlots, columnWindow, type ColumnSlot, type ColumnWindow } from '../../model/matrix.js';
import { SizeController } from '../shared/size-controller.js';

/** A windowed matrix renders one column beyond each edge of the visible ones and moves its window two columns at a time. */
const WINDOW_STEP = { overscan: 1, chunk: 2 };

/** What the matrix last drew: how many plan columns, and whether it renders only some of them. */
export interface DrawnColumns {
  count: number;
  windowed: boolean;
}

/**
 * Which plan columns a matrix with many plans renders: those in and near the visible part of its
 * scrolling region, from the scroll position, the region's width (watched) and the column widths. The
 * others are stood in for by empty space. The window changes only when it no longer covers the visible
 * columns or is much wider than they are (no render for nothing).
 */
export class ColumnWindowing {
  /** The rendered columns (unset: estimated from the browser window's width until measured). */
  private columns?: ColumnWindow;
  /** The width of the scrolling region: a new width measures again in the next frame. */
  private readonly size: SizeController;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly drawn: () => DrawnColumns | undefined,
  ) {
    this.size = new SizeController(host, {
      targets: () => {
        const scroll = this.drawn()?.windowed ? this.scroll() : null;
        return scroll ? [scroll] : [];
      },
      onResize: () => this.measure(),
    });
  }

  /** The columns and gaps to render of `count` columns; the columns in `keep` always. */
  slots(count: number, keep: readonly number[]): ColumnSlot[] {
    return columnSlots(count, this.columns ?? estimated(count), keep);
  }

  /** Measure again in the next frame (new plans or rows: the window may no longer match what is in view). */
  schedule(): void {
    this.size.schedule();
  }

  /** Scrolling: the layout is clean when scroll events fire, so the new columns render in this frame. */
  onScroll = (): void => this.measure();

  private measure(): void {
    const drawn = this.drawn();
    const scroll = this.scroll();
    if (!drawn?.windowed || !scroll) return;
    const next = columnWindow({
      count: drawn.count,
      scrollX: Math.abs(scroll.scrollLeft),
      viewportWidth: scroll.clientWidth,
      firstColumnWidth: scroll.querySelector<HTMLElement>('th.corner')?.offsetWidth ?? 0,
      columnWidth: scroll.querySelector<HTMLElement>('th.plan')?.offsetWidth || 160,
      ...WINDOW_STEP,
    });
    const cur = this.columns ?? estimated(drawn.count);
    const covers = cur.start <= next.start && cur.end >= next.end && cur.end - cur.start <= next.end - next.start + 8;
    if (covers) return;
    this.columns = next;
    this.host.requestUpdate();
  }

  private scroll(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroll');
  }
}

/**
 * Before the first measurement: the columns that fit the browser window's width from the start of the
 * table (theme column at least 11.5rem, plan columns 10.5em at the default size), plus one.
 */
function estimated(count: number): ColumnWindow {
  return columnWindow({
    count,
    scrollX: 0,
    viewportWidth: isServer ? 1280 : window.innerWidth,
    firstColumnWidth: 184,
    columnWidth: 160,
    ...WINDOW_STEP,
  });
}
