import { whenIdle } from './idle.js';

/**
 * Updates of elements the reader cannot see wait for an idle moment. A plan toggle or a matrix tap changes
 * every element of a comparison; the ones on screen update before the next paint, the others (the
 * initiative list far below, say) in the idle time after it — at once when they come near the viewport or
 * the page is printed. One IntersectionObserver for all elements; an element it has not reported on yet
 * counts as visible.
 */
const offscreen = new WeakSet<Element>();
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
let watched = 0;
/** Between beforeprint and afterprint nothing waits: an update asked for while printing (an element opening its folded parts for print) renders at once. */
let printing = false;
const flush = (): void => {
  printing = true;
  [...waiting.keys()].forEach(release);
};
const printed = (): void => {
  printing = false;
};

function release(el: Element): void {
  const go = waiting.get(el);
  waiting.delete(el);
  go?.();
}

function observe(): IntersectionObserver {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) {
            offscreen.delete(e.target);
            release(e.target);
          } else offscreen.add(e.target);
        }
      },
      { rootMargin: '50% 0px' },
    );
  }
  return observer;
}

export function watchVisibility(el: Element): void {
  if (typeof IntersectionObserver === 'undefined') return;
  observe().observe(el);
  // printing shows every element as it is now: listen only while there are elements
  if (watched++ === 0) {
    window.addEventListener('beforeprint', flush);
    window.addEventListener('afterprint', printed);
  }
}

export function unwatchVisibility(el: Element): void {
  if (!observer) return;
  observer.unobserve(el);
  offscreen.delete(el);
  release(el);
  if (--watched === 0) {
    window.removeEventListener('beforeprint', flush);
    window.removeEventListener('afterprint', printed);
  }
}

/** For an element off screen: a promise that resolves when the main thread is idle or the element comes near. */
export function offscreenWait(el: Element): Promise<void> | undefined {
  if (printing || !offscreen.has(el)) return undefined;
  return new Promise<void>((resolve) => {
    const previous = waiting.get(el);
    waiting.set(el, () => {
      previous?.();
      resolve();
    });
    whenIdle(() => release(el));
  });
}
