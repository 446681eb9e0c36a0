// Accessibility checkers read colours and boxes from the layout. Content that `content-visibility: auto` skips
// (the initiatives off screen) has none yet: axe then takes the page's white for the background of dark text.
// The checks run on the content laid out in full — what a reader sees once it is scrolled to.

const sheet = new CSSStyleSheet();
sheet.replaceSync('* { content-visibility: visible !important; }');

/** Every shadow root under `node` (its own included), however deep. */
function shadowRoots(node: Element | ShadowRoot, out: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, out);
    }
  }
  return out;
}

/** Run `check` with nothing under `host` skipped by content-visibility; the page is as before afterwards. */
export async function laidOut<T>(host: Element, check: () => Promise<T>): Promise<T> {
  const roots = [...(host.shadowRoot ? [host.shadowRoot] : []), ...shadowRoots(host)];
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  try {
    return await check();
  } finally {
    for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
