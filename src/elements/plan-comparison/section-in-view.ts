import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which section the reader is in: the last section whose top has passed the upper third of the viewport.
 * Reported (`onChange`) when it changes by scrolling, so that a permalink opens where the reader was.
 * Observes only while `enabled()` (the comparison's permalink mode): nothing runs on scroll otherwise.
 */
export class SectionInView implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private readonly watched = new Set<Element>();
  private readonly above = new Set<string>();
  private current = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly root: () => ParentNode,
    private readonly enabled: () => boolean,
    private readonly onChange: (key: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
    this.above.clear();
  }

  hostUpdated(): void {
    if (typeof IntersectionObserver === 'undefined' || !this.enabled()) return;
    // A band from the top of the viewport to its upper third: a section "is passed" once its top is above
    // the band's bottom, i.e. it intersects the band or lies above it.
    this.observer ??= new IntersectionObserver((entries) => this.onEntries(entries), {
      rootMargin: '0px 0px -66% 0px',
    });
    const sections = [...this.root().querySelectorAll<HTMLElement>('section[data-section]')];
    for (const el of sections)
      if (!this.watched.has(el)) {
        this.observer.observe(el);
        this.watched.add(el);
      }
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const key = (e.target as HTMLElement).dataset['section'];
      if (!key) continue;
      const band = e.rootBounds;
      const passed = e.isIntersecting || (band !== null && e.boundingClientRect.bottom <= band.top);
      if (passed) this.above.add(key);
      else this.above.delete(key);
    }
    const order = [...this.root().querySelectorAll<HTMLElement>('section[data-section]')].map(
      (s) => s.dataset['section']!,
    );
    // The last passed section in page order; the first section (or none) is the top of the comparison: ''.
    const last = order.filter((k) => this.above.has(k)).pop() ?? '';
    const key = last === order[0] ? '' : last;
    if (key !== this.current) {
      this.current = key;
      this.onChange(key);
    }
  }
}
