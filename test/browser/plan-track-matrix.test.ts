import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../src/elements/plan-track-matrix/define.js';
import { planWithGap } from '../fixtures/evolution.js';
import type { PlanTrackMatrix } from '../../src/elements/plan-track-matrix/plan-track-matrix.js';
import {
  comparisonContext,
  type ComparisonContextValue,
  type PlanThemeSelection,
} from '../../src/elements/shared/context.js';
import { THEMES } from '../../src/data/themes.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { syntheticPlans } from '../fixtures/synthetic.js';
import randersJson from '../../data/plans/randers-2017-2020.json';
import aalborgJson from '../../data/plans/aalborg-2016-2019-status.json';
import aabenraa2021Json from '../../data/plans/aabenraa-2021.json';

/** The raw plan documents, read directly (not through the model) so the tests check the element against the data. */
type Raw = {
  id: string;
  tracks: { id: string; label: string; themes: string[] }[];
  initiatives: { id: string; themes: string[]; sameAs?: string[] }[];
  indicators?: { id: string; label: string; themes: string[]; values: { kind: string; year: number }[] }[];
  visions?: { themes?: string[] }[];
  guidingMarks?: { themes?: string[] }[];
  legalBasis?: { themes?: string[] }[];
  statusUpdates?: { themes?: string[] }[];
};
const randers = randersJson as unknown as Raw;
const aalborg = aalborgJson as unknown as Raw;
const aabenraa2021 = aabenraa2021Json as unknown as Raw;

/** Distinct measures tagged with the theme: a measure printed twice (sameAs) counts once. */
const tagged = (plan: Raw, theme: string) =>
  new Set(plan.initiatives.filter((i) => i.themes.includes(theme)).map((i) => [i.id, ...(i.sameAs ?? [])].sort()[0]))
    .size;
const targetIndicators = (plan: Raw, theme: string) =>
  (plan.indicators ?? []).filter((i) => i.themes.includes(theme) && i.values.some((v) => v.kind === 'target'));
const mentioned = (plan: Raw, theme: string) =>
  [plan.tracks, plan.visions ?? [], plan.guidingMarks ?? [], plan.legalBasis ?? [], plan.statusUpdates ?? []].some(
    (xs) => xs.some((x) => (x.themes ?? []).includes(theme)),
  ) ||
  tagged(plan, theme) > 0 ||
  targetIndicators(plan, theme).length > 0;

async function ready(el: PlanTrackMatrix): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('table, [data-state]:not([data-state="loading"])'),
    'matrix did not render',
    { timeout: 10000 },
  );
  await el.updateComplete;
}
const root = (el: PlanTrackMatrix) => el.shadowRoot!;
const cell = (el: PlanTrackMatrix, planId: string, theme: string) =>
  root(el).querySelector<HTMLTableCellElement>(`td[data-plan="${planId}"][data-theme="${theme}"]`)!;
const button = (el: PlanTrackMatrix, planId: string, theme: string) => cell(el, planId, theme).querySelector('button')!;
/** The focused cell as [planId, theme]. */
const focused = (el: PlanTrackMatrix) => {
  const td = root(el).activeElement?.closest('td');
  return td ? [td.dataset['plan'], td.dataset['theme']] : undefined;
};
/** Press a key with Control held. */
async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('<plan-track-matrix>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is a table: themes as row headers in taxonomy order, plans as column headers in display order', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix></plan-track-matrix>`);
    await ready(el);
    const plans = bundledCollection().plans;
    const table = root(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('Temadækning');
    const rowHeads = [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());
    expect(rowHeads).to.deep.equal(THEMES.map((t) => t.label.da));
    const colHeads = [...table.querySelectorAll('thead th[scope="col"][data-plan]')];
    expect(colHeads.map((th) => th.getAttribute('data-plan'))).to.deep.equal(plans.map((p) => p.id));
    const ishoj = colHeads[0]!;
    expect(ishoj.querySelector('.muni')!.textContent).to.equal('Ishøj og Vallensbæk');
    expect(ishoj.querySelector('.period')!.textContent).to.equal('2014–2018');
    expect(ishoj.getAttribute('title')).to.equal(plans[0]!.title);
    expect(ishoj.querySelector('.visually-hidden')!.textContent).to.equal(plans[0]!.title);
    expect(table.querySelectorAll('tbody td button').length).to.equal(THEMES.length * plans.length);
  });

  it('Randers × youth shows the number of Randers initiatives tagged youth', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix plans="randers-2017-2020"></plan-track-matrix>`);
    await ready(el);
    const n = tagged(randers, 'youth');
    expect(n).to.be.greaterThan(0);
    expect(button(el, 'randers-2017-2020', 'youth').querySelector('.level-text')!.textContent).to.equal(
      `${n} indsatser`,
    );
    // Every cell's count matches the data.
    for (const t of THEMES) {
      const c = cell(el, 'randers-2017-2020', t.id);
      const count = tagged(randers, t.id);
      if (count > 0)
        expect(c.querySelector('.level-text')!.textContent, t.id).to.equal(
          `${count} ${count === 1 ? 'indsats' : 'indsatser'}`,
        );
    }
  });

  it('Randers × treatment carries the measurable-target marker (text and shape); a cell without targets does not', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix plans="randers-2017-2020 aalborg-2016-2019-status"></plan-track-matrix>`,
    );
    await ready(el);
    const targets = targetIndicators(randers, 'treatment').length;
    expect(targets).to.be.greaterThan(0);
    const c = cell(el, 'randers-2017-2020', 'treatment');
    expect(c.dataset['level']).to.equal('target');
    const mark = c.querySelector('.target-mark')!;
    expect(mark.querySelector('.level-text')!.textContent!.trim()).to.equal(
      targets === 1 ? 'Målbart mål' : `${targets} målbare mål`,
    );
    expect(mark.querySelector('svg.symbol-target-mark')).to.exist;
    expect(c.querySelector('svg.symbol-target')).to.exist;
    expect(c.querySelector('.level-text')!.textContent).to.equal(`${tagged(randers, 'treatment')} indsatser`);
    expect(targetIndicators(aalborg, 'treatment').length).to.equal(0);
    expect(cell(el, 'aalborg-2016-2019-status', 'treatment').querySelector('.target-mark')).to.equal(null);
  });

  it('says "Ikke dækket" with an empty ring for a theme the plan never names, and names the plan and theme to screen readers', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix plans="aalborg-2016-2019-status"></plan-track-matrix>`,
    );
    await ready(el);
    const uncovered = THEMES.map((t) => t.id).filter((id) => !mentioned(aalborg, id));
    expect(uncovered.length).to.be.greaterThan(0);
    for (const theme of uncovered) {
      const b = button(el, 'aalborg-2016-2019-status', theme);
      expect(b.querySelector('.level-text')!.textContent).to.equal('Ikke dækket');
      expect(b.querySelector('svg.symbol-none')).to.exist;
      const label = THEMES.find((t) => t.id === theme)!.label.da;
      expect(b.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Ikke dækket , ${label}, Aalborg 2016–2019`);
    }
    const covered = THEMES.map((t) => t.id).filter((id) => mentioned(aalborg, id));
    for (const theme of covered)
      expect(cell(el, 'aalborg-2016-2019-status', theme).dataset['level'], theme).to.not.equal('none');
    // Mentioned but without initiatives or targets: the half symbol and "Nævnt i mål/ambition".
    for (const theme of covered.filter(
      (id) => tagged(aalborg, id) === 0 && targetIndicators(aalborg, id).length === 0,
    )) {
      const b = button(el, 'aalborg-2016-2019-status', theme);
      expect(b.querySelector('.level-text')!.textContent).to.equal('Nævnt i mål/ambition');
      expect(b.querySelector('svg.symbol-ambition')).to.exist;
    }
  });

  it('has a legend that explains every symbol', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix plans="randers-2017-2020"></plan-track-matrix>`);
    await ready(el);
    const legend = root(el).querySelector('[part="legend"]')!;
    const items = [...legend.querySelectorAll('li')];
    expect(items.map((li) => li.dataset['level'])).to.deep.equal([
      'none',
      'unknown',
      'ambition',
      'initiatives',
      'target',
    ]);
    expect(items.map((li) => li.querySelector('strong')!.textContent)).to.deep.equal([
      'Ikke dækket',
      'Ukendt',
      'Nævnt i mål/ambition',
      'N indsatser',
      'Målbart mål',
    ]);
    for (const li of items) expect(li.querySelector('svg')).to.exist;
  });

  it('speaks English with lang="en"; plan content stays Danish', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix
        lang="en"
        show-tracks
        plans="randers-2017-2020 aalborg-2016-2019-status"
      ></plan-track-matrix>`,
    );
    await ready(el);
    const r = root(el);
    expect(r.querySelector('caption')!.textContent).to.contain('Theme coverage');
    expect(r.querySelector('.scroll')!.getAttribute('aria-label')).to.equal('Theme coverage by plan (scrollable)');
    expect(r.querySelector('.legend-title')!.textContent).to.equal('How to read the table');
    expect([...r.querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).to.deep.equal(
      THEMES.map((t) => t.label.en),
    );
    expect(cell(el, 'randers-2017-2020', 'youth').querySelector('.level-text')!.textContent).to.equal(
      `${tagged(randers, 'youth')} initiatives`,
    );
    const uncovered = THEMES.find((t) => !mentioned(aalborg, t.id))!;
    expect(cell(el, 'aalborg-2016-2019-status', uncovered.id).querySelector('.level-text')!.textContent).to.equal(
      'Not covered',
    );
    const targets = targetIndicators(randers, 'treatment').length;
    expect(
      cell(el, 'randers-2017-2020', 'treatment').querySelector('.target-mark .level-text')!.textContent!.trim(),
    ).to.equal(targets === 1 ? 'Measurable target' : `${targets} measurable targets`);
    const tracks = cell(el, 'randers-2017-2020', 'youth').querySelector('ul.tracks')!;
    expect(tracks.getAttribute('lang')).to.equal('da');
    expect(tracks.textContent).to.contain('4. Unge');
  });

  it('show-tracks lists the plan\'s own tracks under each cell, e.g. Randers\' "4. Unge" under youth', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix plans="randers-2017-2020"></plan-track-matrix>`);
    await ready(el);
    expect(root(el).querySelector('ul.tracks')).to.equal(null);
    el.showTracks = true;
    await el.updateComplete;
    expect(el.hasAttribute('show-tracks')).to.equal(true);
    for (const t of THEMES) {
      const expected = randers.tracks.filter((tr) => tr.themes.includes(t.id)).map((tr) => tr.label);
      const list = cell(el, 'randers-2017-2020', t.id).querySelector('ul.tracks');
      expect(list ? [...list.querySelectorAll('li')].map((li) => li.textContent) : [], t.id).to.deep.equal(expected);
    }
    expect(expectedYouth()).to.include('4. Unge');
    function expectedYouth() {
      return [...cell(el, 'randers-2017-2020', 'youth').querySelectorAll('ul.tracks li')].map((li) => li.textContent);
    }
  });

  it('hide-empty leaves out themes no shown plan covers, and says how many', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix hide-empty plans="aalborg-2016-2019-status aabenraa-2021"></plan-track-matrix>`,
    );
    await ready(el);
    const expected = THEMES.filter((t) => mentioned(aalborg, t.id) || mentioned(aabenraa2021, t.id)).map(
      (t) => t.label.da,
    );
    const hidden = THEMES.length - expected.length;
    expect(hidden).to.be.greaterThan(0, 'the fixture needs a theme neither plan covers');
    expect([...root(el).querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).to.deep.equal(expected);
    expect(root(el).querySelector('[part="note"]')!.textContent).to.contain(`${hidden} `);
    el.hideEmpty = false;
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(THEMES.length);
    expect(root(el).querySelector('[part="note"]')).to.equal(null);
  });

  it('one tab stop; arrows, Home/End and Ctrl+Home/End move focus between cells', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix></plan-track-matrix>`);
    await ready(el);
    const plans = bundledCollection().plans.map((p) => p.id);
    const themes = THEMES.map((t) => t.id);
    const stops = root(el).querySelectorAll('tbody button[tabindex="0"]');
    expect(stops.length).to.equal(1);
    expect(root(el).querySelectorAll('tbody button[tabindex="-1"]').length).to.equal(plans.length * themes.length - 1);
    // Tab from the scroll region lands on the first cell.
    root(el).querySelector<HTMLElement>('.scroll')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.deep.equal([plans[0], themes[0]]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[1], themes[0]]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[1], themes[1]]);
    expect(root(el).querySelectorAll('tbody button[tabindex="0"]').length).to.equal(1);
    expect(root(el).activeElement!.getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[plans.length - 1], themes[1]]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el), 'stops at the edge').to.deep.equal([plans[plans.length - 1], themes[1]]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[0], themes[1]]);
    await ctrl('End');
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[plans.length - 1], themes[themes.length - 1]]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[plans.length - 1], themes[themes.length - 2]]);
    await ctrl('Home');
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([plans[0], themes[0]]);
    // Tab leaves the grid: no other cell is a tab stop.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(undefined);
  });

  it('details show the caveats of each track and indicator they list, beside it', async () => {
    const plans = bundledCollection().plans;
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix></plan-track-matrix>`);
    await ready(el);
    let checked = 0;
    for (const plan of plans)
      for (const flag of plan.flags ?? []) {
        const [head, id] = flag.target.split('/');
        const item =
          head === 'tracks'
            ? plan.tracks.find((t) => t.id === id)
            : head === 'indicators' && id
              ? plan.indicators?.find((i) => i.id === id && i.values.some((v) => v.kind === 'target'))
              : undefined;
        if (!item || !item.themes.length) continue;
        el.selected = { planId: plan.id, theme: item.themes[0]! };
        await el.updateComplete;
        const li = root(el).querySelector(
          `[part="details"] li[data-${head === 'tracks' ? 'track' : 'indicator'}="${id}"]`,
        );
        expect(li, flag.target).to.exist;
        expect(li!.querySelector('[part="caveat"]')!.textContent, flag.target).to.contain(flag.message);
        checked++;
      }
    expect(checked).to.be.greaterThan(20);
  });

  it('Enter selects the focused cell: plan-select with { planId, theme }, aria-pressed, selected, details; Enter again clears', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix plans="aalborg-2016-2019-status randers-2017-2020"></plan-track-matrix>`,
    );
    await ready(el);
    root(el).querySelector<HTMLElement>('.scroll')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // Down to the treatment row.
    const treatmentRow = THEMES.findIndex((t) => t.id === 'treatment');
    for (let i = 0; i < treatmentRow; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    }
    expect(focused(el)).to.deep.equal(['randers-2017-2020', 'treatment']);
    const selected = oneEvent(el, 'plan-select');
    await sendKeys({ press: 'Enter' });
    const ev = (await selected) as CustomEvent<PlanThemeSelection>;
    expect(ev.detail).to.deep.equal({ planId: 'randers-2017-2020', theme: 'treatment' });
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.deep.equal({ planId: 'randers-2017-2020', theme: 'treatment' });
    expect(button(el, 'randers-2017-2020', 'treatment').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelectorAll('button[aria-pressed="true"]').length).to.equal(1);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Behandling i Randers 2017–2020');

    // Details: the plan's tracks on the theme, the initiative count, the indicators with targets.
    const details = root(el).querySelector('[part="details"]')!;
    expect(details.querySelector('h2')!.textContent).to.equal('Behandling i Randers 2017–2020');
    expect([...details.querySelectorAll('.detail-tracks li .track-label')].map((li) => li.textContent)).to.deep.equal(
      randers.tracks.filter((t) => t.themes.includes('treatment')).map((t) => t.label),
    );
    expect(details.querySelector('.detail-initiatives')!.textContent).to.equal(String(tagged(randers, 'treatment')));
    const inds = targetIndicators(randers, 'treatment');
    const items = [...details.querySelectorAll('.detail-targets li')];
    expect(items.map((li) => li.getAttribute('data-indicator'))).to.deep.equal(inds.map((i) => i.id));
    items.forEach((li, i) => {
      expect(li.textContent).to.contain(inds[i]!.label);
      for (const v of inds[i]!.values.filter((v) => v.kind === 'target'))
        expect(li.textContent).to.contain(`(${v.year})`);
    });

    // Enter again on the same cell clears.
    const cleared = oneEvent(el, 'plan-select-clear');
    await sendKeys({ press: 'Enter' });
    const ev2 = (await cleared) as CustomEvent<PlanThemeSelection>;
    expect(ev2.detail).to.deep.equal({ planId: 'randers-2017-2020', theme: 'treatment' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelector('[part="details"]')).to.equal(null);
    expect(root(el).querySelectorAll('button[aria-pressed="true"]').length).to.equal(0);

    // Space selects as well.
    const again = oneEvent(el, 'plan-select');
    await sendKeys({ press: 'Space' });
    expect(((await again) as CustomEvent).detail).to.deep.equal({ planId: 'randers-2017-2020', theme: 'treatment' });
  });

  it('a click selects; the clear button clears and puts focus back on the cell', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix plans="randers-2017-2020"></plan-track-matrix>`);
    await ready(el);
    setTimeout(() => button(el, 'randers-2017-2020', 'youth').click());
    const ev = (await oneEvent(el, 'plan-select')) as CustomEvent;
    expect(ev.detail).to.deep.equal({ planId: 'randers-2017-2020', theme: 'youth' });
    await el.updateComplete;
    const details = root(el).querySelector('[part="details"]')!;
    expect(details.querySelector('.detail-initiatives')!.textContent).to.equal(String(tagged(randers, 'youth')));
    expect(details.querySelector('.detail-tracks')!.textContent).to.contain('4. Unge');
    setTimeout(() => details.querySelector<HTMLButtonElement>('button.clear')!.click());
    const cleared = (await oneEvent(el, 'plan-select-clear')) as CustomEvent;
    expect(cleared.detail).to.deep.equal({ planId: 'randers-2017-2020', theme: 'youth' });
    await el.updateComplete;
    await nextFrame();
    expect(focused(el)).to.deep.equal(['randers-2017-2020', 'youth']);
    expect(el.selected).to.equal(undefined);
  });

  it('the selected property marks a cell without firing an event; the tab stop follows it', async () => {
    let fired = 0;
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix
        plans="randers-2017-2020"
        @plan-select=${() => fired++}
        .selected=${{ planId: 'randers-2017-2020', theme: 'families-children' }}
      ></plan-track-matrix>`,
    );
    await ready(el);
    const b = button(el, 'randers-2017-2020', 'families-children');
    expect(b.getAttribute('aria-pressed')).to.equal('true');
    expect(b.getAttribute('tabindex')).to.equal('0');
    expect(root(el).querySelector('[part="details"]')!.getAttribute('data-theme')).to.equal('families-children');
    el.selected = undefined;
    await el.updateComplete;
    expect(root(el).querySelector('[part="details"]')).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('inside a comparison context: calls ctx.select and shows the context selection', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const calls: (PlanThemeSelection | undefined)[] = [];
    const provider = new ContextProvider(host, { context: comparisonContext });
    const value = (selection: PlanThemeSelection | undefined): ComparisonContextValue => ({
      state: { selection },
      select: (next) => {
        calls.push(next);
        provider.setValue(value(next));
      },
    });
    provider.setValue(value({ planId: 'randers-2017-2020', theme: 'youth' }));
    const el = document.createElement('plan-track-matrix');
    el.plans = 'randers-2017-2020 aalborg-2016-2019-status';
    host.append(el);
    await ready(el);
    expect(el.selected).to.deep.equal({ planId: 'randers-2017-2020', theme: 'youth' });
    expect(button(el, 'randers-2017-2020', 'youth').getAttribute('aria-pressed')).to.equal('true');

    button(el, 'aalborg-2016-2019-status', 'treatment').click();
    await el.updateComplete;
    expect(calls).to.deep.equal([{ planId: 'aalborg-2016-2019-status', theme: 'treatment' }]);
    expect(button(el, 'aalborg-2016-2019-status', 'treatment').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'randers-2017-2020', 'youth').getAttribute('aria-pressed')).to.equal('false');

    // Another element changes the shared selection: the matrix follows.
    provider.setValue(value({ planId: 'randers-2017-2020', theme: 'prevention' }));
    await el.updateComplete;
    expect(el.selected).to.deep.equal({ planId: 'randers-2017-2020', theme: 'prevention' });
    expect(button(el, 'randers-2017-2020', 'prevention').getAttribute('aria-pressed')).to.equal('true');
    provider.setValue(value(undefined));
    await el.updateComplete;
    expect(root(el).querySelectorAll('button[aria-pressed="true"]').length).to.equal(0);
  });

  for (const width of [320, 375, 414]) {
    it(`at ${width} px with five plans every plan's mark for a theme is in one row, nothing to scroll sideways`, async () => {
      await setViewport({ width, height: 700 });
      const host = await fixture<HTMLDivElement>(html`<div><plan-track-matrix></plan-track-matrix></div>`);
      const el = host.querySelector('plan-track-matrix')!;
      await ready(el);
      await nextFrame();
      await nextFrame();
      const box = root(el).querySelector<HTMLElement>('.scroll')!;
      expect(box.scrollWidth, 'the table is as wide as its box').to.be.at.most(box.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      // nothing to scroll: no tab stop and no group around the table (the cells are the tab stop)
      expect(box.hasAttribute('tabindex')).to.equal(false);
      expect(box.hasAttribute('role')).to.equal(false);
      const edge = box.getBoundingClientRect();
      const rows = [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
      expect(rows.length).to.be.greaterThan(10);
      for (const tr of rows) {
        const cells = [...tr.querySelectorAll<HTMLElement>('td[part="cell"]')].map((td) => td.getBoundingClientRect());
        expect(cells.length, tr.dataset['theme']).to.equal(5);
        for (const c of cells) {
          expect(c.left, tr.dataset['theme']).to.be.at.least(edge.left - 0.5);
          expect(c.right, tr.dataset['theme']).to.be.at.most(edge.right + 0.5);
          expect(c.top, `${tr.dataset['theme']}: one line`).to.be.closeTo(cells[0]!.top, 1);
          expect(c.width).to.be.at.least(44);
        }
        // the theme's name on its own line above its marks
        const th = tr.querySelector('th')!.getBoundingClientRect();
        expect(th.bottom).to.be.at.most(cells[0]!.top + 1);
      }
      // each plan's column header stands over its marks, and the plans' names are legible (≥ 12 px)
      const heads = [...root(el).querySelectorAll<HTMLElement>('thead th[data-plan]')];
      const first = [...rows[0]!.querySelectorAll<HTMLElement>('td[part="cell"]')];
      heads.forEach((h, i) => {
        const a = h.getBoundingClientRect();
        const b = first[i]!.getBoundingClientRect();
        expect(a.left + a.width / 2).to.be.closeTo(b.left + b.width / 2, 2);
        expect(parseFloat(getComputedStyle(h.querySelector('.muni')!).fontSize)).to.be.at.least(12);
        expect(parseFloat(getComputedStyle(h.querySelector('.period')!).fontSize)).to.be.at.least(12);
      });
      // a mark shows its number; the words are still there for a screen reader
      const c = button(el, 'randers-2017-2020', 'treatment');
      const n = c.querySelector<HTMLElement>('.level .compact-n')!;
      expect(getComputedStyle(n).display).to.not.equal('none');
      expect(n.getAttribute('aria-hidden')).to.equal('true');
      expect(c.textContent).to.match(/\d+ indsatser/);
    });
  }

  it('on a wide host with more plans than fit, the table scrolls inside a named box that is a tab stop', async () => {
    await setViewport({ width: 700, height: 700 });
    const host = await fixture<HTMLDivElement>(
      html`<div style="width: 400px">
        <plan-track-matrix .data=${syntheticPlans().slice(0, 8)}></plan-track-matrix>
      </div>`,
    );
    const el = host.querySelector('plan-track-matrix')!;
    await ready(el);
    await nextFrame();
    await nextFrame();
    const box = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(box.getAttribute('tabindex')).to.equal('0');
    expect(box.getAttribute('role'), 'a group, not a landmark region').to.equal('group');
    expect(box.getAttribute('aria-label')).to.be.a('string').and.not.empty;
    // Keyboard focus moved far right scrolls the cell into view inside the box, clear of the sticky theme column.
    const themeHead = root(el).querySelector<HTMLElement>('tbody th')!;
    expect(getComputedStyle(themeHead).position).to.equal('sticky');
    root(el).querySelector<HTMLButtonElement>('td[part="cell"] > button')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await nextFrame();
    const last = root(el).activeElement as HTMLElement;
    expect(last.closest('td')!.dataset['plan']).to.equal(el.data && syntheticPlans()[7]!.id);
    const r = box.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    expect(b.right).to.be.at.most(r.right + 1);
    expect(b.left).to.be.at.least(themeHead.getBoundingClientRect().right - 1);
  });

  it('has no axe violations (light and dark, with tracks and a selection)', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix
        show-tracks
        .selected=${{ planId: 'randers-2017-2020', theme: 'treatment' }}
      ></plan-track-matrix>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('a theme a missing part of the source could hold is "Ukendt" with its own symbol, not "Ikke dækket"', async () => {
    const el = await fixture<PlanTrackMatrix>(html`<plan-track-matrix .data=${[planWithGap()]}></plan-track-matrix>`);
    await ready(el);
    for (const theme of ['families-children', 'elderly']) {
      const b = button(el, 'testby-2020-2023', theme);
      expect(b.querySelector('.level-text')!.textContent).to.equal('Ukendt');
      expect(b.querySelector('svg.symbol-unknown')).to.exist;
    }
    const other = button(el, 'testby-2020-2023', 'workplaces');
    expect(other.querySelector('.level-text')!.textContent).to.equal('Ikke dækket');
    el.lang = 'en';
    await el.updateComplete;
    expect(button(el, 'testby-2020-2023', 'elderly').querySelector('.level-text')!.textContent).to.equal('Unknown');
  });
});
