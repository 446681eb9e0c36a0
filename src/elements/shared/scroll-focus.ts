import { nothing, noChange, type ElementPart } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';

/**
 * On a box whose content may scroll (a wide table's wrapper): while the content overflows, the box is a
 * tab stop (so the keyboard can scroll it) named for assistive technology as a group — not a landmark
 * region; while the content fits, it is a plain box (no empty tab stop, no extra group). Measured in the
 * frame after each render of the box and after the window is resized, listening only while the box is in the
 * page (not with a ResizeObserver: the charts
 * redraw inside theirs, and a second observer of the same boxes would see them change in the same frame);
 * nothing happens on the server.
 *
 * `<div class="scroll" ${scrollFocus(label)}>…</div>`
 */
class ScrollFocus extends AsyncDirective {
  private box?: HTMLElement;
  private label = '';
  private frame = 0;
  private listening = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('scrollFocus() goes on an element');
  }

  render(_label: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [label]: [string]): typeof noChange {
    this.label = label;
    this.box = part.element as HTMLElement;
    // The box's content is committed after this part: measure once the render is done (and listen then, if the
    // box is in the page: a render while the host is out of it must leave no listener behind).
    this.schedule();
    return noChange;
  }

  protected override disconnected(): void {
    this.listen(false);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  protected override reconnected(): void {
    this.schedule();
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) window.addEventListener('resize', this.schedule, { passive: true });
    else window.removeEventListener('resize', this.schedule);
  }

  private schedule = (): void => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.apply();
    });
  };

  /** Tab stop and name while the content overflows (by more than rounding). */
  private apply(): void {
    const box = this.box;
    this.listen(!!box?.isConnected);
    if (!box?.isConnected) return;
    const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (scrolls) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', this.label);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
    }
  }
}

export const scrollFocus = directive(ScrollFocus);
