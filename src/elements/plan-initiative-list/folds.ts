import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Which folded parts of the items (the policy goal, the source citation: `<details data-fold="…">`) have
 * their content in the DOM. Hundreds of items are rendered at once, most folded: a fold's content is made
 * when the reader first opens it (its summary pressed — before the browser opens it, so it opens full — or
 * the details opened otherwise), and for every fold when the page is printed (`beforeprint`: paper shows
 * them open) or rendered on the server (readable without JavaScript). Once made, it stays.
 */
export class Folds implements ReactiveController {
  private readonly made = new Set<string>();
  private all: boolean;

  /** `prerendered`: the host hydrates a server render, which has every fold's content. */
  constructor(
    private readonly host: ReactiveControllerHost,
    prerendered: boolean,
  ) {
    this.all = isServer || prerendered;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) window.addEventListener('beforeprint', this.onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
  }

  /** Whether the fold `key` has its content (every fold once printing, and in a server render and its hydration). */
  shown(key: string): boolean {
    return this.all || this.made.has(key);
  }

  /** On a fold's summary (click) and its details (toggle): make the content of the fold named by `data-fold`. */
  onOpen = (e: Event): void => {
    const details = (e.currentTarget as Element).closest('details');
    const key = details?.dataset['fold'];
    if (!key || this.made.has(key) || (e.type === 'toggle' && !details.open)) return;
    this.made.add(key);
    this.host.requestUpdate();
  };

  private onPrint = (): void => {
    if (this.all) return;
    this.all = true;
    this.host.requestUpdate();
  };
}
