// Downloads of what the elements show: CSV/JSON of the filtered initiatives and of the chart's
// values, SVG and PNG of the chart built from its own SVG.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/elements/plan-initiative-list/define.js';
import '../../src/elements/plan-target-chart/define.js';
import type { PlanInitiativeList } from '../../src/elements/plan-initiative-list/plan-initiative-list.js';
import type { PlanTargetChart } from '../../src/elements/plan-target-chart/plan-target-chart.js';
import type { PlanDownloadDetail } from '../../src/elements/shared/events.js';
import {
  comparisonContext,
  type ComparisonContextValue,
  type PlanThemeSelection,
} from '../../src/elements/shared/context.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { INITIATIVE_COLUMNS, TARGET_COLUMNS } from '../../src/model/export.js';
import { citationOf } from '../../src/model/citation.js';
import { comparableGroups, planSeries } from '../../src/model/targets.js';
import type { Initiative, Plan } from '../../src/schema/plan.js';
import { parseCsv } from '../fixtures/csv.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const PLANS = bundledCollection().plans;
const byId = (id: string): Plan => PLANS.find((p) => p.id === id)!;
const TOTAL = PLANS.reduce((n, p) => n + p.initiatives.length, 0);

/** What the search looks in, straight from the plan JSON (every query word must occur). */
function searchable(plan: Plan, ini: Initiative): string {
  const track = plan.tracks.find((t) => t.id === ini.trackId);
  const groups = (ini.targetGroupIds ?? []).map((id) => plan.targetGroups?.find((g) => g.id === id)?.label ?? '');
  return [ini.title, ini.description, ini.policyGoal?.text, track?.label, ...(ini.partners ?? []), ...groups]
    .join(' ')
    .toLowerCase();
}

/**
 * A plan's initiatives as the list shows them: a measure printed twice (`sameAs`) once, by the first of its
 * printings given (in plan order).
 */
function firstPrintings(inis: readonly Initiative[]): Initiative[] {
  const seen = new Set<string>();
  return inis.filter((i) => {
    const ids = [i.id, ...(i.sameAs ?? [])];
    if (ids.some((id) => seen.has(id))) return false;
    for (const id of ids) seen.add(id);
    return true;
  });
}

/** The file's text as written, byte-order mark included (Blob.text() drops it). */
const fileText = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

const settle = async (el: LitElement) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
};

/** Click a download item; resolve with the event detail (the save itself is prevented). */
async function download(el: HTMLElement, format: string): Promise<PlanDownloadDetail> {
  const root = el.shadowRoot!;
  const details = root.querySelector<HTMLDetailsElement>('details[part="downloads"]')!;
  expect(details, 'download menu').to.exist;
  details.querySelector('summary')!.click();
  await (el as LitElement).updateComplete;
  expect(details.open).to.be.true;
  let detail: PlanDownloadDetail | undefined;
  const listener = (e: Event) => {
    e.preventDefault();
    detail = (e as CustomEvent<PlanDownloadDetail>).detail;
  };
  el.addEventListener('plan-download', listener);
  try {
    root.querySelector<HTMLButtonElement>(`button.download[data-format="${format}"]`)!.click();
    await waitUntil(() => detail, `no ${format} download`, { timeout: 10000 });
  } finally {
    el.removeEventListener('plan-download', listener);
  }
  return detail!;
}

const shownCount = (el: PlanInitiativeList) => {
  const m = /Viser ([\d.]+) af ([\d.]+)/.exec(el.shadowRoot!.querySelector('[part="count"]')!.textContent!);
  return Number(m![1]!.replace(/\./g, ''));
};

class DownloadsComparisonHost extends LitElement {
  selection: PlanThemeSelection | undefined;
  private readonly provider = new ContextProvider(this, { context: comparisonContext, initialValue: this.value() });
  private value(): ComparisonContextValue {
    return { state: { selection: this.selection }, select: (next) => this.set(next) };
  }
  set(next: PlanThemeSelection | undefined): void {
    this.selection = next;
    this.provider.setValue(this.value());
  }
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('downloads-comparison-host', DownloadsComparisonHost);

describe('downloads of <plan-initiative-list>', () => {
  it('CSV: BOM, header, and exactly the initiatives shown after a search and a facet', async () => {
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list></plan-initiative-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'ready', { timeout: 10000 });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'unge' });
    await settle(el);
    const status = el.shadowRoot!.querySelector<HTMLInputElement>(
      'fieldset[data-facet="status"] input[data-value="existing"]',
    )!;
    status.click();
    await settle(el);
    const expected = PLANS.flatMap((p) =>
      firstPrintings(p.initiatives.filter((i) => i.status === 'existing' && searchable(p, i).includes('unge'))).map(
        (i) => `${p.id}/${i.id}`,
      ),
    );
    expect(expected.length).to.be.greaterThan(3);
    expect(shownCount(el)).to.equal(expected.length);

    const { format, filename, blob } = await download(el, 'csv');
    expect(format).to.equal('csv');
    expect(filename).to.equal('rusmiddelplaner-indsatser.csv');
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await fileText(blob);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).to.deep.equal([...INITIATIVE_COLUMNS]);
    const body = rows.slice(1);
    expect(body.length, 'rows = "Viser N af M"').to.equal(shownCount(el));
    const col = (name: string) => INITIATIVE_COLUMNS.indexOf(name as (typeof INITIATIVE_COLUMNS)[number]);
    expect(new Set(body.map((r) => `${r[col('plan_id')]}/${r[col('initiative_id')]}`))).to.deep.equal(
      new Set(expected),
    );
    expect(body.every((r) => r[col('status')] === 'Eksisterende')).to.be.true;
    // a measure printed twice is one row that names and cites its other printing
    const twice = body.filter((r) => r[col('same_as')] !== '');
    expect(twice.length, 'the filter finds a measure printed twice').to.be.greaterThan(0);
    for (const r of twice) {
      const ini = byId(r[col('plan_id')]!).initiatives.find((i) => i.id === r[col('initiative_id')])!;
      expect(r[col('same_as')]).to.equal(ini.sameAs!.join(' | '));
      expect(r[col('same_as_citations')]!.split(' | ').length).to.equal(ini.sameAs!.length);
    }
    // æøå survive, quotes are the plans' own
    const first = body[0]!;
    const plan = byId(first[col('plan_id')]!);
    const ini = plan.initiatives.find((i) => i.id === first[col('initiative_id')])!;
    expect(first[col('quote')]).to.equal(ini.provenance.quote);
    expect(first[col('citation')]).to.equal(citationOf(plan, ini.provenance, 'da'));
    expect(text).to.match(/[æøå]/);
    // the download is announced
    await waitUntil(
      () =>
        el
          .shadowRoot!.querySelector('p.visually-hidden[role="status"]')!
          .textContent!.includes('rusmiddelplaner-indsatser.csv'),
      'announced',
    );
  });

  it('JSON: the envelope with the applied filter, the plans and the same rows', async () => {
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list query="forebyg" themes="youth"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'ready', { timeout: 10000 });
    await settle(el);
    const n = shownCount(el);
    expect(n).to.be.greaterThan(0);
    expect(n).to.be.lessThan(TOTAL);
    const { blob, filename } = await download(el, 'json');
    expect(filename).to.equal('rusmiddelplaner-indsatser.json');
    expect(blob.type).to.equal('application/json;charset=utf-8');
    const doc = JSON.parse(await fileText(blob));
    expect(doc.schemaVersion).to.equal('1.1.0');
    expect(doc.kind).to.equal('initiatives');
    expect(doc.language).to.equal('da');
    expect(doc.filter).to.deep.equal(el.appliedFilter);
    expect(doc.rows.length).to.equal(n);
    expect(doc.columns).to.deep.equal([...INITIATIVE_COLUMNS]);
    const ids = [...new Set(doc.rows.map((r: { plan_id: string }) => r.plan_id))];
    expect(doc.plans.map((p: { id: string }) => p.id)).to.deep.equal(
      PLANS.map((p) => p.id).filter((id) => ids.includes(id)),
    );
    expect(doc.rows.every((r: { theme_ids: string[] }) => r.theme_ids.includes('youth'))).to.be.true;
    expect(Date.parse(doc.generatedAt)).to.be.closeTo(Date.now(), 60_000);
  });

  it('the matrix selection of a comparison applies to the download', async () => {
    const host = await fixture<DownloadsComparisonHost>(
      html`<downloads-comparison-host><plan-initiative-list></plan-initiative-list></downloads-comparison-host>`,
    );
    const el = host.querySelector('plan-initiative-list')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'ready', { timeout: 10000 });
    host.set({ planId: 'randers-2017-2020', theme: 'youth' });
    await settle(el);
    const expected = firstPrintings(byId('randers-2017-2020').initiatives.filter((i) => i.themes.includes('youth')));
    expect(shownCount(el)).to.equal(expected.length);
    const rows = parseCsv((await fileText((await download(el, 'csv')).blob)).slice(1), ';').slice(1);
    expect(rows.length).to.equal(expected.length);
    expect(rows.map((r) => r[INITIATIVE_COLUMNS.indexOf('initiative_id')])).to.have.members(expected.map((i) => i.id));
  });

  it('English: CSV with "," and a decimal point; English labels and file name', async () => {
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list lang="en" plans="aabenraa-2022-2024" kind="offer"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'ready', { timeout: 10000 });
    await settle(el);
    const summary = el.shadowRoot!.querySelector('details[part="downloads"] summary')!;
    expect(summary.textContent!.trim()).to.equal('Download');
    const { blob, filename } = await download(el, 'csv');
    expect(filename).to.equal('substance-use-plans-initiatives.csv');
    const rows = parseCsv((await fileText(blob)).slice(1), ',');
    const offers = firstPrintings(byId('aabenraa-2022-2024').initiatives.filter((i) => i.kind === 'offer'));
    expect(rows.length - 1).to.equal(offers.length);
    expect(rows.slice(1).every((r) => r[INITIATIVE_COLUMNS.indexOf('kind')] === 'Offer')).to.be.true;
    expect(rows[1]![INITIATIVE_COLUMNS.indexOf('citation')]).to.contain(', section ');
  });

  it('saves through an object URL and a temporary <a download>', async () => {
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans="aalborg-2016-2019-status"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'ready', { timeout: 10000 });
    const created: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      created.push(b as Blob);
      return 'blob:test-download';
    };
    const onClick = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.localName === 'a' && a.hasAttribute('download')) {
        clicked.push(a);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      el.shadowRoot!.querySelector('details[part="downloads"] summary')!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.download[data-format="csv"]')!.click();
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
    }
    expect(created.length).to.equal(1);
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.download).to.equal('rusmiddelplaner-indsatser.csv');
    expect(clicked[0]!.getAttribute('href')).to.equal('blob:test-download');
    expect(clicked[0]!.isConnected, 'the anchor is removed after the click').to.be.false;
    const rows = parseCsv((await fileText(created[0]!)).slice(1), ';');
    expect(rows.length - 1).to.equal(byId('aalborg-2016-2019-status').initiatives.length);
  });

  it('menu: keyboard reachable, Escape closes and returns focus, visible focus, no axe violations when open', async function () {
    // axe reads every initiative of the plan, laid out
    this.timeout(60000);
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans="randers-2017-2020"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'ready', { timeout: 10000 });
    await settle(el);
    const root = el.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('details[part="downloads"]')!;
    const summary = details.querySelector('summary')!;
    // Tab from the last facet control reaches the menu before the first item
    root.querySelector<HTMLButtonElement>('.facets-body > button.reset')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(summary);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLElement).dataset['format']).to.equal('csv');
    expect(root.activeElement!.getAttribute('aria-label')).to.equal('Hent de viste indsatser som CSV (regneark)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.be.false;
    expect(root.activeElement).to.equal(summary);
  });
});

describe('downloads of <plan-target-chart>', () => {
  async function ready(el: PlanTargetChart): Promise<void> {
    await waitUntil(
      () => el.shadowRoot!.querySelector('svg[part="chart"] g.point') || el.shadowRoot!.querySelector('table'),
      'chart ready',
      { timeout: 10000 },
    );
    await settle(el);
  }

  it('CSV and JSON: every value of the series shown', async () => {
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart indicator="treatment-effect-drugs"></plan-target-chart>`,
    );
    await ready(el);
    const group = comparableGroups(PLANS).find((g) => g.key === 'treatment-effect-drugs')!;
    const values = group.series.flatMap((s) => s.points);
    const csv = await download(el, 'csv');
    expect(csv.filename).to.equal('rusmiddelplaner-maal.csv');
    const text = await fileText(csv.blob);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).to.deep.equal([...TARGET_COLUMNS]);
    expect(rows.length - 1).to.equal(values.length);
    const col = (name: string) => TARGET_COLUMNS.indexOf(name as (typeof TARGET_COLUMNS)[number]);
    rows.slice(1).forEach((r, i) => {
      expect(r[col('year')]).to.equal(String(values[i]!.year));
      expect(r[col('kind')]).to.equal(values[i]!.kind);
      expect(r[col('value')]).to.equal(String(values[i]!.value).replace('.', ','));
      expect(r[col('quote')]).to.equal(values[i]!.source.provenance.quote);
    });
    const json = JSON.parse(await fileText((await download(el, 'json')).blob));
    expect(json.kind).to.equal('targets');
    expect(json.filter).to.deep.equal({
      indicator: 'treatment-effect-drugs',
      plans: group.series.map((s) => s.plan.id),
    });
    expect(json.rows.length).to.equal(values.length);
    expect(typeof json.rows[0].value).to.equal('number');
  });

  it('SVG: parses as XML, one point per value, resolved colours, title and source credit', async () => {
    const el = await fixture<PlanTargetChart>(html`<plan-target-chart plans="randers-2017-2020"></plan-target-chart>`);
    await ready(el);
    const randers = byId('randers-2017-2020');
    const values = planSeries(randers).flatMap((s) => s.points);
    const { blob, filename } = await download(el, 'svg');
    expect(filename).to.equal('rusmiddelplaner-maal.svg');
    expect(blob.type).to.equal('image/svg+xml;charset=utf-8');
    const text = await fileText(blob);
    expect(text).to.not.contain('var(');
    expect(text).to.not.match(/\sstyle=/);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
    const svg = doc.documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(text).to.contain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.querySelector('title')!.textContent).to.equal('Mål og resultater i rusmiddelplanerne');
    expect(svg.querySelectorAll('g.point').length).to.equal(values.length);
    expect(svg.querySelectorAll('.tooltip, .hit, .ring').length).to.equal(0);
    // one chart per indicator, each under its own title
    expect(svg.querySelectorAll('svg').length).to.equal(randers.indicators!.length);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const ind of randers.indicators!) expect(texts.join('\n')).to.contain(ind.label.slice(0, 20));
    expect(texts.join(' ')).to.contain('Kilde: Randers, Rusmiddelplan for Randers Kommune 2017-2020');
    // colours are concrete: the first series' marks carry the chart's series colour
    const liveMark = el.shadowRoot!.querySelector('svg[part="chart"] g.point .mark')!;
    const fill = getComputedStyle(liveMark).fill;
    expect(fill).to.match(/^rgb/);
    const exportedMarks = [...svg.querySelectorAll('g.point .mark')];
    const resolved = (m: Element) => m.getAttribute('fill') ?? m.closest('[fill]')!.getAttribute('fill');
    expect(exportedMarks.some((m) => resolved(m) === fill)).to.be.true;
    for (const m of exportedMarks) expect(resolved(m)).to.match(/^(rgb|#|none)/);
    expect(svg.querySelector('g.point .mark')!.closest('[stroke]')).to.exist;
    // axes are in it
    expect(svg.querySelectorAll('.x-axis .tick').length).to.be.greaterThan(1);
  });

  it('PNG: image/png at twice the SVG size, drawn from a data: URL', async () => {
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart indicator="treatment-effect-drugs"></plan-target-chart>`,
    );
    await ready(el);
    const svgText = await fileText((await download(el, 'svg')).blob);
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    expect(width).to.be.greaterThan(300);
    const srcs: string[] = [];
    const desc = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      configurable: true,
      get: desc.get,
      set(this: HTMLImageElement, v: string) {
        srcs.push(v);
        desc.set!.call(this, v);
      },
    });
    let png: PlanDownloadDetail;
    try {
      png = await download(el, 'png');
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'src', desc);
    }
    expect(srcs.length).to.equal(1);
    expect(srcs[0]!.startsWith('data:image/svg+xml;charset=utf-8,')).to.be.true;
    expect(png.filename).to.equal('rusmiddelplaner-maal.png');
    expect(png.blob.type).to.equal('image/png');
    expect(png.blob.size).to.be.greaterThan(1000);
    const bitmap = await createImageBitmap(png.blob);
    expect(bitmap.width).to.equal(width * 2);
    expect(bitmap.height).to.equal(height * 2);
    // not blank: the middle row has more than one colour
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    expect(colours.size).to.be.greaterThan(3);
    console.log(
      `PNG ${bitmap.width}×${bitmap.height}, ${png.blob.size} bytes; SVG ${width}×${height}, ${new Blob([svgText]).size} bytes`,
    );
  });

  it('in the table view it offers CSV and JSON only (the chart is not shown)', async () => {
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart plans="randers-2017-2020" show-table></plan-target-chart>`,
    );
    await ready(el);
    const formats = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.download')].map(
      (b) => b.dataset['format'],
    );
    expect(formats).to.deep.equal(['csv', 'json']);
    const rows = parseCsv((await fileText((await download(el, 'csv')).blob)).slice(1), ';');
    expect(rows.length - 1).to.equal(planSeries(byId('randers-2017-2020')).reduce((n, s) => n + s.points.length, 0));
  });

  it('English and dark: "," CSV; the SVG carries the dark palette as concrete colours', async () => {
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart lang="en" theme="dark" indicator="treatment-effect-alcohol"></plan-target-chart>`,
    );
    await ready(el);
    const csv = await download(el, 'csv');
    expect(csv.filename).to.equal('substance-use-plans-targets.csv');
    const rows = parseCsv((await fileText(csv.blob)).slice(1), ',');
    expect(rows[0]).to.deep.equal([...TARGET_COLUMNS]);
    const text = await fileText((await download(el, 'svg')).blob);
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    // the background rectangle has the dark background
    const bg = svg.querySelector(':scope > rect')!.getAttribute('fill')!;
    expect(bg).to.equal('#15191e');
    expect(text).to.not.contain('var(');
    expect(svg.querySelector('title')!.textContent).to.equal(
      byId('randers-2017-2020').indicators!.find((i) => i.comparableKey === 'treatment-effect-alcohol')!.label,
    );
  });
});
