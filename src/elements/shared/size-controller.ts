import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SizeOptions {
  /**
   * The elements to watch, read again when the host connects and after each of its updates (elements
   * that are gone are let go). Default: the host.
   */
  targets?: () => Iterable<Element>;
  /**
   * Called with the watched elements whose content width changed (px, unrounded) since the last call;
   * after `schedule()` possibly with none. In the next animation frame, unless `immediate()` says otherwise.
   */
  onResize: (widths: ReadonlyMap<Element, number>) => void;
  /**
   * Deliver inside the observer callback instead of the next frame. The next frame is the default:
   * changing layout inside the callback can resize what is observed in the same frame (a ResizeObserver loop).
   */
  immediate?: () => boolean;
}

/**
 * Watches the width of the host or of elements in its shadow root (a ResizeObserver), and reports new
 * widths batched into one call per animation frame. Starts when the host connects, stops when it
 * disconnects; nothing is observed on the server.
 */
export class SizeController implements ReactiveController {
  private observer?: ResizeObserver;
  /** Watched elements and their last reported width (undefined until the first observation). */
  private readonly watched = new Map<Element, number | undefined>();
  private pending = new Map<Element, number>();
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: SizeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => this.observed(entries));
    this.track();
  }

  hostUpdated(): void {
    this.track();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
    this.pending.clear();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Call `onResize` in the next frame, together with any widths observed until then. */
  schedule(): void {
    this.frame ||= requestAnimationFrame(() => this.flush());
  }

  private track(): void {
    const observer = this.observer;
    if (!observer) return;
    const now = new Set(this.options.targets ? this.options.targets() : [this.host]);
    for (const el of this.watched.keys()) {
      if (now.has(el)) continue;
      observer.unobserve(el);
      this.watched.delete(el);
      this.pending.delete(el);
    }
    for (const el of now) {
      if (this.watched.has(el)) continue;
      observer.observe(el);
      this.watched.set(el, undefined);
    }
  }

  private observed(entries: readonly ResizeObserverEntry[]): void {
    for (const e of entries) {
      const width = e.contentRect.width;
      if (!this.watched.has(e.target) || this.watched.get(e.target) === width) continue;
      this.watched.set(e.target, width);
      this.pending.set(e.target, width);
    }
    if (this.pending.size === 0) return;
    if (this.options.immediate?.()) this.flush();
    else this.schedule();
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const widths = this.pending;
    this.pending = new Map();
    this.options.onResize(widths);
  }
}
