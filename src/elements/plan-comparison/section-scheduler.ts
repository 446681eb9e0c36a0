import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cancelIdle, whenIdle } from '../shared/idle.js';

/**
 * Sections on demand. The overview (the first sections, e.g. summaries and matrix) renders with the
 * comparison; every other section first stands as a placeholder that keeps its heading and reserves
 * space, and renders
 * - when it comes near the viewport (an IntersectionObserver, one screen ahead),
 * - when it is the target of a contents link or a permalink (with every section above it, so that the
 *   target does not move as those render),
 * - before printing (print always gets the full report),
 * - and otherwise one section per idle period after the first paint, in page order, so that the whole
 *   report is in the page (the accessibility tree, find-in-page) a moment after load without one long task.
 * Nothing but the overview renders before the first paint: the placeholders are watched from then on.
 * With `report` set every section renders at once.

 */
export class SectionScheduler<K extends string> implements ReactiveController {
  private readonly ready = new Set<K>();
  private order: readonly K[] = [];
  private timer: number | undefined;
  private frame = 0;
  /** The overview has been painted: from then on placeholders near the viewport render at once. */
  private painted = false;
  private observer: IntersectionObserver | undefined;
  private readonly observed = new Set<Element>();

  /** Render every section (the `layout="report"` attribute). */
  report = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly overview: readonly K[],
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof window === 'undefined') return;
    window.addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    if (typeof window === 'undefined') return;
    window.removeEventListener('beforeprint', this.all);
    this.stop();
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
  }

  /** Whether `key` renders now (the overview always does). */
  isReady(key: K): boolean {
    return this.report || this.overview.includes(key) || this.ready.has(key);
  }

  /** Whether a section still waits to render. */
  get pending(): boolean {
    return this.order.some((k) => !this.isReady(k));
  }

  /** The sections shown, in page order; call from render. */
  setOrder(order: readonly K[]): void {
    this.order = order;
  }

  /** Render `key` and every section before it; resolves after the host's update. */
  async upTo(key: K): Promise<void> {
    const at = this.order.indexOf(key);
    let added = false;
    for (const k of at < 0 ? [key] : this.order.slice(0, at + 1))
      if (!this.isReady(k)) {
        this.ready.add(k);
        added = true;
      }
    if (added) this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Every section at once (before printing). */
  private all = (): void => {
    let added = false;
    for (const k of this.order)
      if (!this.isReady(k)) {
        this.ready.add(k);
        added = true;
      }
    if (added) this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (typeof window === 'undefined') return;
    if (this.painted) this.observe();
    if (this.pending && this.timer === undefined && this.frame === 0) {
      // After the frame that paints this update: watch the placeholders, and render the next one when idle.
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.timer = whenIdle(() => {
          this.painted = true;
          this.observe();
          this.next();
        });
      });
    }
  }

  private next(): void {
    this.timer = undefined;
    const key = this.order.find((k) => !this.isReady(k));
    if (key === undefined) return;
    this.ready.add(key);
    this.host.requestUpdate();
  }

  private stop(): void {
    if (this.timer !== undefined) cancelIdle(this.timer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.timer = undefined;
    this.frame = 0;
  }

  /** Watch the placeholders: one coming within a screen of the viewport renders now. */
  private observe(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        let added = false;
        for (const e of entries) {
          const key = (e.target as HTMLElement).dataset.section as K | undefined;
          if (e.isIntersecting && key && !this.isReady(key)) {
            this.ready.add(key);
            added = true;
          }
        }
        if (added) this.host.requestUpdate();
      },
      { rootMargin: '100% 0px' },
    );
    const placeholders = new Set(this.root().querySelectorAll('section[data-pending]'));
    for (const el of this.observed)
      if (!placeholders.has(el)) {
        this.observer.unobserve(el);
        this.observed.delete(el);
      }
    for (const el of placeholders)
      if (!this.observed.has(el)) {
        this.observer.observe(el);
        this.observed.add(el);
      }
  }
}
