/**
 * Elements that load on demand. The first view (the comparison's picker, summaries and matrix) is
 * defined statically; the charts, the initiative list (with its virtualizer), the differences,
 * the evolution, the figures and the theme comparison are separate chunks, imported when an element of theirs is on the page or a
 * comparison shows their section. Defining an element later upgrades the tags already in the page.
 */
const LOADERS = {
  'plan-target-chart': () => import('./plan-target-chart/define.js'),
  'plan-initiative-list': () => import('./plan-initiative-list/define.js'),
  'plan-differences': () => import('./plan-differences/define.js'),
  'plan-evolution': () => import('./plan-evolution/define.js'),
  'plan-figures': () => import('./plan-figures/define.js'),
  'plan-theme-compare': () => import('./plan-theme-compare/define.js'),
} as const;

export type LazyTag = keyof typeof LOADERS;
export const LAZY_TAGS = Object.keys(LOADERS) as LazyTag[];

const loading = new Map<LazyTag, Promise<void>>();

export function isLazyTag(tag: string): tag is LazyTag {
  return Object.prototype.hasOwnProperty.call(LOADERS, tag);
}

/**
 * Load and define one element. Resolves once it is defined; rejects (and may be called again) when its
 * chunk cannot be loaded, e.g. offline.
 */
export function loadElement(tag: LazyTag): Promise<void> {
  // Another copy of the library on the page may have defined it already: use that definition.
  if (customElements.get(tag)) return Promise.resolve();
  let p = loading.get(tag);
  if (!p) {
    p = LOADERS[tag]().then(
      () => undefined,
      (err: unknown) => {
        loading.delete(tag);
        throw err;
      },
    );
    loading.set(tag, p);
  }
  return p;
}

/** The lazy elements inside `root` (light DOM only) that are not defined yet. */
export function undefinedLazyTags(root: ParentNode): LazyTag[] {
  const found = new Set<LazyTag>();
  const visit = (el: Element) => {
    const tag = el.localName;
    if (isLazyTag(tag) && !customElements.get(tag)) found.add(tag);
  };
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll(LAZY_TAGS.join(','))) visit(el);
  return [...found];
}

/** Start loading `tags` without waiting; a chunk that cannot be loaded is reported on the console. */
export function requestElements(tags: Iterable<LazyTag>): void {
  for (const tag of tags)
    loadElement(tag).catch((err: unknown) =>
      console.error(`plan-compare: <${tag}> could not be loaded (${err instanceof Error ? err.message : err})`),
    );
}

function loadIn(root: ParentNode): void {
  requestElements(undefinedLazyTags(root));
}

/**
 * Load the lazy elements a document uses: those in it now and those added later (watched until every
 * lazy element is defined). Elements inside other shadow roots are not seen: call `loadElement` for those.
 */
export function autoload(doc: Document = document): void {
  loadIn(doc);
  if (LAZY_TAGS.every((t) => customElements.get(t))) return;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) loadIn(node);
    if (LAZY_TAGS.every((t) => customElements.get(t))) observer.disconnect();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}
