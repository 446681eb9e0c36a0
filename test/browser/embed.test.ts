// The example municipal page (examples/index.html) embeds the comparison with the snippet and the
// CDN build (dist/cdn, built by `npm run build:lib` before the browser tests). Loaded in an iframe
// whose width goes from 320 to 1600 px: the element follows its container, the page never scrolls sideways.
import { expect, waitUntil } from '@open-wc/testing';

const WIDTHS = [320, 375, 768, 1024, 1280, 1600];

async function openExample(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'example page';
  frame.width = String(width);
  frame.height = '900';
  frame.src = '/examples/index.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await waitUntil(
    () =>
      frame
        .contentDocument!.querySelector('plan-comparison')
        ?.shadowRoot?.querySelector('section[data-section="matrix"]'),
    'comparison did not render in the example page',
    { timeout: 15000 },
  );
  // The sections below the first view come from chunks loaded on demand: wait for them to be defined.
  const defined = (tag: string) => !!frame.contentWindow!.customElements.get(tag);
  await waitUntil(
    () => ['plan-target-chart', 'plan-initiative-list', 'plan-differences', 'plan-evolution'].every(defined),
    'the on-demand elements were not defined',
    { timeout: 15000 },
  );
  return frame;
}

describe('example page: the embed snippet on a municipal page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('loads the CDN file, its on-demand chunks from beside it, and the seed data as its own file', async () => {
    frame = await openExample(1280);
    const doc = frame.contentDocument!;
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[type="module"]')]
      .map((s) => s.getAttribute('src'))
      .filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['../dist/cdn/plan-compare.js']);
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(loaded).to.include('/dist/cdn/plan-compare.js');
    expect(loaded).to.include('/dist/cdn/plan-compare-data.js');
    const code = loaded.filter((p) => p.endsWith('.js') && !p.startsWith('/__web-dev-server'));
    // every file from the CDN folder, named after the package; the chunks of the elements the comparison shows among them
    for (const p of code) expect(p).to.match(/^\/dist\/cdn\/plan-compare[\w.-]*\.js$/);
    for (const tag of ['plan-target-chart', 'plan-initiative-list', 'plan-differences', 'plan-evolution'])
      expect(code.some((p) => p.includes(`plan-compare-${tag}-`))).to.equal(true, `${tag} chunk`);
  });

  for (const width of WIDTHS) {
    it(`resizes with its container at ${width} px: no sideways scrolling, every section inside the container`, async () => {
      frame = await openExample(width);
      const doc = frame.contentDocument!;
      const el = doc.querySelector('plan-comparison')!;
      const container = el.parentElement!;
      const box = el.getBoundingClientRect();
      const outer = container.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(Math.min(280, width - 60));
      expect(box.left).to.be.at.least(outer.left - 0.5);
      expect(box.right).to.be.at.most(outer.right + 0.5);
      expect(doc.documentElement.scrollWidth, 'page scroll width').to.be.at.most(doc.documentElement.clientWidth);
      for (const section of el.shadowRoot!.querySelectorAll('section')) {
        const r = section.getBoundingClientRect();
        expect(r.right, `section ${section.getAttribute('data-section')}`).to.be.at.most(box.right + 0.5);
        expect(r.height, `section ${section.getAttribute('data-section')} height`).to.be.greaterThan(40);
      }
    });
  }

  it('follows a live resize of its container (no reload)', async () => {
    frame = await openExample(1600);
    const el = frame.contentDocument!.querySelector('plan-comparison')!;
    const wide = el.getBoundingClientRect().width;
    frame.width = '320';
    const doc = frame.contentDocument!.documentElement;
    await waitUntil(() => el.getBoundingClientRect().width < 320, 'element did not shrink', { timeout: 5000 });
    await waitUntil(
      () => doc.scrollWidth <= doc.clientWidth,
      `page still ${doc.scrollWidth} px wide in a ${doc.clientWidth} px frame`,
      { timeout: 5000 },
    );
    expect(wide).to.be.greaterThan(1000);
  });
});
