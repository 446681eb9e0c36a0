// Embed code and permalinks of <plan-comparison>.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-comparison/define.js';
import type { PlanComparison } from '../../src/elements/plan-comparison/plan-comparison.js';
import type { PlanInitiativeList } from '../../src/elements/plan-initiative-list/plan-initiative-list.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { VERSION } from '../../src/version.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { countDistinct } from '../../src/model/distinct.js';

/** Rendered, with every section (those after the overview render a moment after load). */
const settle = async (el: PlanComparison) => {
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot!.querySelector('section') && !el.shadowRoot!.querySelector('section[data-pending]'),
    'comparison did not render every section',
    { timeout: 10000 },
  );
};
const list = (el: PlanComparison) => el.shadowRoot!.querySelector<PlanInitiativeList>('plan-initiative-list')!;
const count = (el: PlanComparison) => list(el).shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();

describe('<plan-comparison> share and embed', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let startUrl: string;
  beforeEach(() => (startUrl = window.location.href));
  afterEach(() => window.history.replaceState(null, '', startUrl));

  it('copies embed code for the current selection, theme filter, search and language', async () => {
    let written = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void (written = text);
    try {
      const el = await fixture<PlanComparison>(
        html`<plan-comparison lang="en" plans="randers-2017-2020 aabenraa-2022-2024"></plan-comparison>`,
      );
      await settle(el);
      const l = list(el);
      await waitUntil(() => l.shadowRoot?.querySelector('input[type="search"]'), 'list ready');
      const search = l.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'unge';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.share')!;
      details.querySelector('summary')!.click();
      await el.updateComplete;
      const button = [...details.querySelectorAll('button')].find((b) => b.textContent!.includes('Copy code'))!;
      button.click();
      await waitUntil(() => written !== '', 'nothing copied');
      expect(written).to.equal(
        `<script type="module" src="https://cdn.jsdelivr.net/npm/plan-compare@${VERSION}/dist/cdn/plan-compare.js" blocking="render"></script>\n` +
          '<plan-comparison lang="en" plans="randers-2017-2020 aabenraa-2022-2024" query="unge"></plan-comparison>',
      );
      await waitUntil(
        () => details.querySelector('[role="status"]')!.textContent!.includes('copied'),
        'no "copied" confirmation',
      );
      expect(details.querySelector('textarea')!.value).to.equal(written);
      await expect(el).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('the embed code, pasted into a page, shows the same view', async () => {
    const el = await fixture<PlanComparison>(
      html`<plan-comparison plans="randers-2017-2020" themes="youth"></plan-comparison>`,
    );
    await settle(el);
    const code = el.embedCode();
    expect(code).to.contain('plans="randers-2017-2020"').and.to.contain('themes="youth"');
    // Parse the snippet's element (not its script) and mount it.
    const template = document.createElement('template');
    template.innerHTML = code.split('\n')[1]!; // test-only: our own generated snippet
    const copy = await fixture<PlanComparison>(template.content.firstElementChild as PlanComparison);
    await settle(copy);
    await waitUntil(() => list(copy).shadowRoot?.querySelector('[part~="count"]'), 'list ready');
    await waitUntil(
      () => count(copy) === count(el) && count(el) !== '',
      `copy shows "${count(copy)}", original "${count(el)}"`,
    );
    // Randers × youth, each measure once (the plan prints some twice)
    const randers = bundledCollection().plans.find((p) => p.id === 'randers-2017-2020')!;
    const youth = countDistinct(
      randers,
      randers.initiatives.filter((i) => i.themes.includes('youth')),
    );
    expect(youth).to.be.greaterThan(5);
    expect(count(copy)).to.match(new RegExp(`^Viser ${youth} af ${countDistinct(randers, randers.initiatives)} `));
  });

  it('permalink: the URL follows plans, theme filter, search and section, and leaves other parameters alone', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}?side=sundhed${window.location.hash}`);
    const el = await fixture<PlanComparison>(html`<plan-comparison permalink></plan-comparison>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="aalborg-2016-2019-status"]')!.click();
    await settle(el);
    let params = new URLSearchParams(window.location.search);
    expect(params.get('side')).to.equal('sundhed');
    expect(params.get('pc-plans')!.split(',')).to.not.include('aalborg-2016-2019-status');
    const l = list(el);
    await waitUntil(() => l.shadowRoot?.querySelector('input[type="search"]'), 'list ready');
    const search = l.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'ældre';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#section-initiatives"]')!.click();
    await el.updateComplete;
    params = new URLSearchParams(window.location.search);
    expect(params.get('pc-q')).to.equal('ældre');
    expect(params.get('pc-view')).to.equal('initiatives');
  });

  it('permalink: loading a URL restores plans, theme filter and search', async () => {
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}?pc-plans=randers-2017-2020&pc-themes=youth&pc-q=skole`,
    );
    const el = await fixture<PlanComparison>(html`<plan-comparison permalink></plan-comparison>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('plan-track-matrix')!.getAttribute('plans')).to.equal('randers-2017-2020');
    const l = list(el);
    await waitUntil(() => l.shadowRoot?.querySelector('[part~="count"]'), 'list ready');
    expect(l.query).to.equal('skole');
    expect(l.themes).to.equal('youth');
    const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input:checked')].map(
      (i) => i.value,
    );
    expect(checked).to.deep.equal(['randers-2017-2020']);
  });

  it('permalink: the "Med forbehold" switch goes into the URL (pc-caveat=1) and comes back from it', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}?pc-plans=randers-2017-2020`);
    const el = await fixture<PlanComparison>(html`<plan-comparison permalink></plan-comparison>`);
    await settle(el);
    const l = list(el);
    await waitUntil(() => l.shadowRoot?.querySelector('[part="caveat-filter"]'), 'list ready');
    const all = count(el);
    l.shadowRoot!.querySelector<HTMLInputElement>('[part="caveat-filter"]')!.click();
    await el.updateComplete;
    await l.updateComplete;
    expect(new URLSearchParams(window.location.search).get('pc-caveat')).to.equal('1');
    expect(el.withCaveat).to.be.true;
    const filtered = count(el);
    expect(filtered).not.to.equal(all);
    const url = window.location.search;
    // A fresh comparison at that URL shows the same filtered list.
    const again = await fixture<PlanComparison>(html`<plan-comparison permalink></plan-comparison>`);
    await settle(again);
    const l2 = list(again);
    await waitUntil(() => l2.shadowRoot?.querySelector('[part~="count"]'), 'list ready');
    expect(window.location.search).to.equal(url);
    expect(l2.withCaveat).to.be.true;
    expect(count(again)).to.equal(filtered);
  });

  it('without the permalink attribute the page URL is never touched', async () => {
    const before = window.location.href;
    const el = await fixture<PlanComparison>(html`<plan-comparison></plan-comparison>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="aalborg-2016-2019-status"]')!.click();
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#section-matrix"]')!.click();
    await el.updateComplete;
    expect(window.location.href).to.equal(before);
    expect(el.shadowRoot!.querySelector('#share-link')).to.equal(null);
  });
});
