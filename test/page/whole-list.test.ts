// Every initiative is in the example page as soon as it has loaded — not only the rows near the viewport:
// in the accessibility tree (what a screen reader's browse mode and headings list read) and for find-in-page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import {
  collectLog,
  launchBrowser,
  newPage,
  requireCdnBuild,
  serveProject,
  waitForComparison,
  type StaticServer,
} from './harness.js';
import { planFiles, readJson } from '../node/helpers.js';

const documents: any[] = planFiles().map(readJson);
/** Every initiative of the bundled plans, as the plans key them (`plan/initiative`). */
const PRINTED = documents.flatMap((d) => d.initiatives.map((i: any) => `${d.id}/${i.id}`)).sort();
/**
 * What the list shows: a measure a plan prints twice (`sameAs`, linked either way) is one item, its first
 * printing, with the other printing cited on it (`data-also`). Grouped here by a plain union of the links.
 */
function firstPrintings(d: any): { shown: string[]; also: string[] } {
  const parent = new Map<string, string>(d.initiatives.map((i: any) => [i.id, i.id]));
  const root = (x: string): string => (parent.get(x) === x ? x : root(parent.get(x)!));
  for (const i of d.initiatives)
    for (const o of i.sameAs ?? []) if (parent.has(o) && root(o) !== root(i.id)) parent.set(root(o), root(i.id));
  const seen = new Set<string>();
  const shown: string[] = [];
  const also: string[] = [];
  for (const i of d.initiatives) {
    const r = root(i.id);
    (seen.has(r) ? also : shown).push(`${d.id}/${i.id}`);
    seen.add(r);
  }
  return { shown, also };
}
/** The items the list shows (one per distinct measure), as it keys them. */
const KEYS = documents.flatMap((d) => firstPrintings(d).shown).sort();
/** The printings cited on another printing's item. */
const ALSO = documents.flatMap((d) => firstPrintings(d).also).sort();
const TITLES = [...new Set(documents.flatMap((d) => d.initiatives.map((i: any) => i.title.replace(/\s+/g, ' '))))];

/** `window.find(text, caseSensitive, backwards, wrapAround)`: non-standard, in Chromium; not in the DOM types. */
interface FindWindow {
  find(text: string, caseSensitive?: boolean, backwards?: boolean, wrapAround?: boolean): boolean;
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  backendDOMNodeId?: number;
}

/**
 * The initiatives (their `data-key`) that are articles in the accessibility tree, not ignored, and how many
 * rows; and the printings cited on them (`data-also`).
 */
async function initiativesInTree(cdp: CDPSession): Promise<{ keys: string[]; articles: number; also: string[] }> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const articles = nodes.filter((n) => !n.ignored && n.role?.value === 'article' && n.backendDOMNodeId);
  const keys: string[] = [];
  const also: string[] = [];
  for (const a of articles) {
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId: a.backendDOMNodeId! });
    const attrs = node.attributes ?? [];
    const i = attrs.indexOf('data-key');
    if (i >= 0 && i % 2 === 0) keys.push(attrs[i + 1]!);
    const j = attrs.indexOf('data-also');
    if (j >= 0 && j % 2 === 0) also.push(...attrs[j + 1]!.split(' '));
  }
  return { keys, articles: keys.length, also };
}

describe('every initiative in the page at load', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    requireCdnBuild();
    server = await serveProject();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number): Promise<Page> {
    const page = await newPage(browser);
    await page.setViewport({ width, height: 900 });
    await page.goto(`${server.origin}/examples/index.html`);
    await waitForComparison(page);
    return page;
  }

  for (const width of [1280, 390]) {
    it(`at ${width} px: all ${KEYS.length} distinct initiatives (${PRINTED.length} printed) are in the accessibility tree, without scrolling`, async () => {
      const page = await open(width);
      const log = collectLog(page);
      const cdp = await page.createCDPSession();
      await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      await cdp.send('Accessibility.enable');
      const { keys, articles, also } = await initiativesInTree(cdp);
      const distinct = [...new Set(keys)].sort();
      console.log(`  ${width} px: ${distinct.length} initiatives in the accessibility tree (${articles} rows)`);
      assert.deepEqual(distinct, KEYS, 'the initiatives in the accessibility tree');
      assert.ok(KEYS.length < PRINTED.length, 'some measures are printed twice');
      assert.deepEqual([...new Set(also)].sort(), ALSO, 'the other printings, cited on their items');
      assert.deepEqual([...distinct, ...ALSO].sort(), PRINTED, 'every printed initiative is an item or cited on one');
      assert.ok(articles > KEYS.length, 'grouped by theme, an initiative stands under each of its themes');
      assert.equal(await page.evaluate(() => scrollY), 0, 'nothing was scrolled');
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  it('find-in-page finds every initiative by its title, and nothing that is not there', async (t) => {
    const page = await open(1280);
    // window.find is what Ctrl+F does (the flat tree, shadow roots included). The headless shell does not
    // implement it (it finds nothing, not even the page's own heading): there the text of the flat tree is searched.
    const native = await page.evaluate(() =>
      (window as unknown as FindWindow).find('Sådan arbejder kommunerne med rusmidler'),
    );
    if (!native) t.diagnostic('window.find is not implemented in this Chromium: searching the text of the flat tree');
    const missing = await page.evaluate(
      (titles: string[], native: boolean) => {
        const flat = (node: Node): string =>
          node.nodeType === Node.TEXT_NODE
            ? (node.textContent ?? '')
            : node instanceof Element && ['style', 'script', 'template'].includes(node.localName)
              ? ''
              : [...((node as Element).shadowRoot ?? node).childNodes].map(flat).join('');
        const text = native ? '' : flat(document.body).replace(/\s+/g, ' ');
        const find = (window as unknown as FindWindow).find.bind(window);
        const found = (s: string) => (native ? find(s, false, false, true) : text.includes(s));
        const absent = 'ingen indsats hedder sådan 4711';
        return [...titles.filter((s) => !found(s)), ...(found(absent) ? [absent] : [])];
      },
      TITLES,
      native,
    );
    console.log(
      `  ${TITLES.length - missing.length} of ${TITLES.length} titles found (${native ? 'window.find' : 'flat-tree text'})`,
    );
    assert.deepEqual(missing, []);
    await page.close();
  });
});
