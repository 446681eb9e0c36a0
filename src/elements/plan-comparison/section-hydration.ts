import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LAZY_TAGS, requestElements, undefinedLazyTags } from '../lazy.js';

/**
 * Loading the on-demand elements of the comparison's sections.
 *
 * Rendered in the browser, the comparison asks for every section's element at once when it connects: the
 * chunks arrive while the overview is read, and a section renders as soon as it is due (see SectionScheduler).
 *
 * Prerendered (its shadow root came with the page as declarative shadow DOM), every section is already on
 * screen, readable and in the accessibility tree without script; defining an element hydrates it, which costs
 * main-thread time for a section nobody may look at. So an element is loaded (and hydrates) only when its
 * section comes within half a screen of the viewport, or when the reader reaches into the section (focus,
 * pointer): the page's blocking time is the overview's.
 */
export class SectionHydration implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private readonly watched = new Set<Element>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly root: () => ParentNode,
    private readonly prerendered: boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.prerendered) requestElements(LAZY_TAGS);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
  }

  hostUpdated(): void {
    if (!this.prerendered || typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.load(e.target);
      },
      { rootMargin: '50% 0px' },
    );
    for (const section of this.root().querySelectorAll('section[data-section]')) {
      if (this.watched.has(section) || undefinedLazyTags(section).length === 0) continue;
      this.watched.add(section);
      this.observer.observe(section);
      section.addEventListener('focusin', this.reach, { once: true });
      section.addEventListener('pointerdown', this.reach, { once: true });
    }
  }

  private reach = (e: Event): void => this.load(e.currentTarget as Element);

  private load(section: Element): void {
    requestElements(undefinedLazyTags(section));
    this.observer?.unobserve(section);
  }
}
