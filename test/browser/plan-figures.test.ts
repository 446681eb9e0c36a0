import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/elements/plan-figures/define.js';
import type { PlanFigures } from '../../src/elements/plan-figures/plan-figures.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { formatValue } from '../../src/i18n/index.js';

const settle = (el: HTMLElement) =>
  waitUntil(
    () => el.shadowRoot!.childElementCount > 0 && !el.shadowRoot!.querySelector('[data-state="loading"]'),
    'did not settle',
    { timeout: 10000 },
  );
const plan = (id: string) => bundledCollection().plans.find((p) => p.id === id)!;
interface AxNode {
  name?: string;
  role?: string;
  children?: AxNode[];
}
/** A node of the accessibility tree (Chromium's, through the test runner) with this exact name. */
const axFind = (n: AxNode, name: string): AxNode | undefined =>
  n.name === name ? n : (n.children ?? []).map((c) => axFind(c, name)).find(Boolean);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<plan-figures>', () => {
  it('shows Randers’ cost table: each row with its value and passage, the printed total and the sum of the rows', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures plans="randers-2017-2020"></plan-figures>`);
    await settle(el);
    const st = plan('randers-2017-2020').statistics!.find((s) => s.reportedTotal && s.unit === 'DKK')!;
    const card = el.shadowRoot!.querySelector(`article[data-statistic="${st.id}"]`)!;
    expect(card, 'the cost table').to.exist;
    const table = card.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.contain(st.label);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(st.rows.length);
    st.rows.forEach((r, i) => {
      expect(text(rows[i]!.querySelector('th[scope="row"]'))).to.contain(r.label);
      expect(text(rows[i]!.querySelector('td.value'))).to.equal(formatValue(r.value, 'DKK', 'da'));
      expect(text(rows[i])).to.contain(r.provenance.quote);
      expect(rows[i]!.querySelector('button.copy')).to.exist;
    });
    const total = table.querySelector('tfoot tr.reported-total td.value')!;
    expect(text(total)).to.equal('64.738.559 kr.');
    expect(total.getAttribute('data-value')).to.equal(String(st.reportedTotal!.value));
    const sum = st.rows.reduce((a, r) => a + r.value, 0);
    expect(table.querySelector('tfoot tr.row-sum td.value')!.getAttribute('data-value')).to.equal(String(sum));
    expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('shows Aabenraa’s printed 509 beside the rows’ 421, with the caveat and the plan’s flags', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures plans="aabenraa-2021"></plan-figures>`);
    await settle(el);
    const st = plan('aabenraa-2021').statistics!.find((s) => s.id === 'antal-henvisninger')!;
    const sum = st.rows.reduce((a, r) => a + r.value, 0);
    const card = el.shadowRoot!.querySelector(`article[data-statistic="${st.id}"]`)!;
    expect(text(card.querySelector('tr.reported-total td.value'))).to.equal(String(st.reportedTotal!.value));
    expect(text(card.querySelector('tr.row-sum td.value'))).to.equal(String(sum));
    const caveat = text(card.querySelector('[part="total-caveat"]'));
    expect(caveat).to.contain('509');
    expect(caveat).to.contain('421');
    const flags = (plan('aabenraa-2021').flags ?? []).filter((f) => f.target === `statistics/${st.id}`);
    expect(card.querySelectorAll('[part="caveat"] .caveat').length).to.equal(flags.length);
    for (const f of flags) expect(text(card)).to.contain(f.message.replace(/\s+/g, ' ').trim());
  });

  it('tells national and municipal figures apart by tag text and style, the tag in the accessibility tree', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures plans="randers-2017-2020"></plan-figures>`);
    await settle(el);
    const national = el.shadowRoot!.querySelector('article[data-scope="national"]')!;
    const municipal = el.shadowRoot!.querySelector('article[data-scope="municipal"]')!;
    expect(national.classList.contains('scope-national')).to.be.true;
    expect(municipal.classList.contains('scope-municipal')).to.be.true;
    expect(text(national.querySelector('.scope-tag'))).to.equal('Landstal');
    expect(text(municipal.querySelector('.scope-tag'))).to.equal('Kommunalt tal');
    // not colour alone: the edge style differs too
    expect(getComputedStyle(national).borderLeftStyle).to.equal('dashed');
    expect(getComputedStyle(municipal).borderLeftStyle).to.equal('solid');
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    expect(axFind(snapshot, 'Landstal'), 'Landstal in the a11y tree').to.exist;
    expect(axFind(snapshot, 'Kommunalt tal'), 'Kommunalt tal in the a11y tree').to.exist;
    // every municipal/national statistic of the plan is tagged as its data says
    const expected = plan('randers-2017-2020').statistics!.filter((s) => s.scope === 'national').length;
    expect(el.shadowRoot!.querySelectorAll('article[data-scope="national"]').length).to.equal(expected);
  });

  it('lines up the national figures several plans cite, in English, and downloads what is shown', async () => {
    const el = await fixture<PlanFigures>(
      html`<plan-figures lang="en" plans="ishoj-vallensbaek-2014-2018 aabenraa-2022-2024"></plan-figures>`,
    );
    await settle(el);
    const group = el.shadowRoot!.querySelector('.shared-group')!;
    expect(group).to.exist;
    expect(text(group.querySelector('.shared-value'))).to.contain('approx. 140,000');
    expect(group.querySelectorAll(':scope > ul > li').length).to.equal(2);
    expect(text(el.shadowRoot!.querySelector('#shared-title'))).to.contain('same national figure');
    let file: { filename: string; blob: Blob } | undefined;
    el.addEventListener('plan-download', (e) => {
      e.preventDefault();
      file = e.detail;
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.download[data-format="csv"]')!.click();
    await waitUntil(() => file);
    const csv = await file!.blob.text();
    const rows = csv.trim().split('\r\n');
    const expected = ['ishoj-vallensbaek-2014-2018', 'aabenraa-2022-2024']
      .map(plan)
      .reduce((n, p) => n + (p.statistics ?? []).reduce((m, s) => m + s.rows.length + (s.reportedTotal ? 1 : 0), 0), 0);
    expect(rows.length - 1).to.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('says so when the plans report no figures', async () => {
    const p = structuredClone(plan('randers-2017-2020'));
    delete p.statistics;
    const el = await fixture<PlanFigures>(html`<plan-figures .data=${[p]}></plan-figures>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-state="no-figures"]')).to.exist;
  });
});
