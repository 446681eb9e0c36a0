import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Copying text to the clipboard from inside a shadow root.
 *
 * `copyText` tries the asynchronous Clipboard API first. Where that is missing or refused
 * (an insecure context, a denied permission, an older browser) it falls back to a readonly
 * `<textarea>` placed off screen, selected, and copied with `document.execCommand('copy')`.
 *
 * The textarea is positioned by a class, never by an inline style attribute (pages with
 * `style-src 'self'` block those). Pass the element's shadow root as `root` and include
 * `clipboardStyles` in the element's styles; without a root the textarea goes into a small
 * private shadow root appended to `document.body` that carries the same rule.
 */

/** Class of the temporary off-screen textarea used by the fallback. */
export const COPY_BUFFER_CLASS = 'plan-copy-buffer';

/** Styles for the fallback textarea: off screen, not visible, still selectable. */
export const clipboardStyles = css`
  .plan-copy-buffer {
    position: fixed;
    top: 0;
    left: -10000px;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }
`;

function fallbackCopy(text: string, root?: ShadowRoot | Element | null): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  let container: ShadowRoot | Element;
  let cleanup: () => void;
  if (root) {
    container = root;
    cleanup = () => undefined;
  } else {
    // A private shadow root with the same rule, so the page's CSP and styles are untouched.
    const holder = document.createElement('span');
    const shadow = holder.attachShadow({ mode: 'open' });
    const sheet = clipboardStyles.styleSheet;
    if (sheet) shadow.adoptedStyleSheets = [sheet];
    document.body.append(holder);
    container = shadow;
    cleanup = () => holder.remove();
  }
  const area = document.createElement('textarea');
  area.className = COPY_BUFFER_CLASS;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.value = text;
  const active = (root?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement ?? document.activeElement;
  container.append(area);
  let ok: boolean;
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    cleanup();
    if (active instanceof HTMLElement) active.focus({ preventScroll: true });
  }
  return ok;
}

/**
 * Copy `text` to the clipboard. Resolves `true` when the text was copied, `false` when neither
 * the Clipboard API nor the fallback succeeded. Never rejects.
 *
 * @param root where the fallback textarea goes (the calling element's shadow root, whose
 *   styles include `clipboardStyles`); optional.
 */
export async function copyText(text: string, root?: ShadowRoot | Element | null): Promise<boolean> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      // A permission prompt nobody answers would keep the promise pending: give up after a moment.
      const written = await Promise.race([
        clipboard.writeText(text).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 1500)),
      ]);
      if (written) return true;
    } catch {
      // Refused (permission, focus, insecure context): try the fallback.
    }
  }
  return fallbackCopy(text, root);
}

/**
 * What an element says after a copy or a download: one message for a polite `role="status"`
 * region, and which copy button it belongs to (for a visible "Copied" beside that button).
 * The message is cleared before it is set again, so the same words are announced twice in a row.
 */
export class Announcer implements ReactiveController {
  /** Current message for the live region ('' when quiet). */
  message = '';
  /** Key of the copy button the last copy came from, while its confirmation shows. */
  key?: string;
  /** Whether that copy worked. */
  ok = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * Say `message` (and mark copy button `key`), then fall quiet after `ms`. A message without a key
   * (a finished download, say) leaves a copy button's confirmation in place.
   */
  async say(message: string, key?: string, ok = true, ms = 4000): Promise<void> {
    clearTimeout(this.timer);
    this.message = '';
    if (key !== undefined) {
      this.key = key;
      this.ok = ok;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.message = message;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.message = '';
      this.key = undefined;
      this.host.requestUpdate();
    }, ms);
  }

  /** Fall quiet now: no message, no copy confirmation. */
  quiet(): void {
    clearTimeout(this.timer);
    if (!this.message && this.key === undefined) return;
    this.message = '';
    this.key = undefined;
    this.host.requestUpdate();
  }

  /** Copy `text`; say `messages.ok` or `messages.failed`; resolves whether it was copied. */
  async copy(
    text: string,
    key: string,
    root: ShadowRoot | Element | null | undefined,
    messages: { ok: string; failed: string },
  ): Promise<boolean> {
    const ok = await copyText(text, root);
    await this.say(ok ? messages.ok : messages.failed, key, ok);
    return ok;
  }
}
