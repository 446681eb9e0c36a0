import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/plan-target-chart/define.js';
import type { PlanTargetChart } from '../../src/elements/plan-target-chart/plan-target-chart.js';
import { validateCollection } from '../../src/schema/validate.js';
import { syntheticPlans } from '../fixtures/synthetic.js';

// With many small multiples (every indicator of many plans) the figures use content-visibility: auto, so
// the browser lays out and paints only those near the viewport. Every chart is still in the DOM with its
// axes (for downloads, find-in-page and assistive technology), and a figure scrolled into view is drawn
// at its real width — without ResizeObserver loop errors (the test runner fails on any uncaught error).

const plans = validateCollection(syntheticPlans({ municipalities: 20, initiatives: 4, indicators: 10 })).plans;
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });

describe('<plan-target-chart> with many small multiples', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('renders every chart with its axes; figures far below are skipped by layout until scrolled into view, then drawn at their width', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await fixture<PlanTargetChart>(html`<plan-target-chart .data=${plans}></plan-target-chart>`);
    const sr = el.shadowRoot!;
    await waitUntil(() => sr.querySelectorAll('svg[part="chart"]').length === 200, 'not every chart rendered', {
      timeout: 15000,
    });
    await el.updateComplete;
    await frames();
    expect(sr.querySelector('.charts')!.classList.contains('many')).to.equal(true);
    expect(sr.querySelector('g.x-axis:empty'), 'every chart has its axes').to.equal(null);
    const figures = [...sr.querySelectorAll<HTMLElement>('figure')];
    expect(getComputedStyle(figures[0]!).contentVisibility).to.equal('auto');
    const last = figures.at(-1)!;
    last.scrollIntoView();
    await frames(3);
    await el.updateComplete;
    await frames(2);
    const svg = last.querySelector<SVGSVGElement>('svg[part="chart"]')!;
    const sizer = last.querySelector<HTMLElement>('.sizer')!;
    expect(
      Math.abs(svg.getBoundingClientRect().width - Math.max(280, sizer.getBoundingClientRect().width)),
    ).to.be.lessThan(2);
  });

  it('scrolling through all the charts and resizing the window raise no error', async function () {
    // some 60 scroll steps of two frames each over 200 charts: slow on a loaded machine
    this.timeout(60000);
    await setViewport({ width: 900, height: 600 });
    const el = await fixture<PlanTargetChart>(html`<plan-target-chart .data=${plans}></plan-target-chart>`);
    const sr = el.shadowRoot!;
    await waitUntil(() => sr.querySelectorAll('svg[part="chart"]').length === 200, 'not every chart rendered', {
      timeout: 15000,
    });
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
        window.scrollTo(0, y);
        await frames(2);
      }
      await setViewport({ width: 600, height: 600 });
      await frames(3);
      window.scrollTo(0, 0);
      await frames(3);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    await el.updateComplete;
  });

  it('a dozen or fewer charts are laid out as before (no content-visibility)', async () => {
    const el = await fixture<PlanTargetChart>(html`<plan-target-chart .data=${plans.slice(0, 1)}></plan-target-chart>`);
    const sr = el.shadowRoot!;
    await waitUntil(() => sr.querySelectorAll('svg[part="chart"]').length === 10, 'charts not rendered', {
      timeout: 10000,
    });
    expect(sr.querySelector('.charts')!.classList.contains('many')).to.equal(false);
    expect(getComputedStyle(sr.querySelector('figure')!).contentVisibility).to.equal('visible');
  });
});
