import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/plan-theme-compare/define.js';
import type { PlanThemeCompare } from '../../src/elements/plan-theme-compare/plan-theme-compare.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { coverage } from '../../src/model/coverage.js';

const settle = (el: HTMLElement) =>
  waitUntil(
    () => el.shadowRoot!.childElementCount > 0 && !el.shadowRoot!.querySelector('[data-state="loading"]'),
    'did not settle',
    { timeout: 10000 },
  );
const plans = bundledCollection().plans;
const plan = (id: string) => plans.find((p) => p.id === id)!;
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<plan-theme-compare>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('youth: one column per plan, each with that plan’s youth initiatives and their passages; Randers 142 → 200', async () => {
    const el = await fixture<PlanThemeCompare>(html`<plan-theme-compare theme-id="youth"></plan-theme-compare>`);
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="picker"]'), 'no picker with theme-id').to.not.exist;
    const cols = [...root.querySelectorAll('[part="column"]')];
    expect(cols.map((c) => c.getAttribute('data-plan'))).to.deep.equal(plans.map((p) => p.id));
    for (const p of plans) {
      const col = root.querySelector(`[part="column"][data-plan="${p.id}"]`)!;
      const youth = p.initiatives.filter((i) => i.themes.includes('youth'));
      const shown = [...col.querySelectorAll('.initiative')];
      expect(shown.map((n) => n.getAttribute('data-initiative'))).to.deep.equal(youth.map((i) => i.id));
      youth.forEach((i, k) => {
        expect(text(shown[k]!.querySelector('.entry-title'))).to.equal(i.title.replace(/\s+/g, ' ').trim());
        expect(text(shown[k]!.querySelector('q'))).to.equal(i.provenance.quote.replace(/\s+/g, ' ').trim());
        expect(shown[k]!.querySelector('button.copy')).to.exist;
      });
      expect(col.getAttribute('data-level')).to.equal(coverage(p, 'youth').level);
    }
    const randers = root.querySelector(
      '[data-plan="randers-2017-2020"] .indicator[data-indicator="unge-i-behandling"]',
    )!;
    const ind = plan('randers-2017-2020').indicators!.find((i) => i.id === 'unge-i-behandling')!;
    const points = [...randers.querySelectorAll('.point')];
    expect(points.map((p) => [p.getAttribute('data-year'), p.getAttribute('data-kind')])).to.deep.equal(
      ind.values.map((v) => [String(v.year), v.kind]),
    );
    expect(text(points[0]!.querySelector('strong'))).to.equal('142');
    expect(text(points[1]!.querySelector('strong'))).to.equal('200');
    await expect(el).to.be.accessible();
  });

  it('says "Ikke dækket" where coverage() is none, and marks the chosen plan’s column in words', async () => {
    const theme = 'workplaces';
    const none = plans.find((p) => coverage(p, theme).level === 'none')!;
    const other = plans.find((p) => coverage(p, theme).level !== 'none')!;
    const el = await fixture<PlanThemeCompare>(
      html`<plan-theme-compare
        theme-id=${theme}
        plans=${`${none.id} ${other.id}`}
        marked=${other.id}
      ></plan-theme-compare>`,
    );
    await settle(el);
    const col = el.shadowRoot!.querySelector(`[part="column"][data-plan="${none.id}"]`)!;
    expect(text(col.querySelector('.coverage'))).to.contain('Ikke dækket');
    const marked = el.shadowRoot!.querySelector(`[part="column"][data-plan="${other.id}"]`)!;
    expect(marked.classList.contains('marked')).to.be.true;
    expect(text(marked.querySelector('[part="marked"]'))).to.contain('Valgt i matrixen');
    expect(col.querySelector('[part="marked"]')).to.not.exist;
  });

  it('without theme-id: a radio group of themes; the arrow keys move between themes', async () => {
    const el = await fixture<PlanThemeCompare>(html`<plan-theme-compare lang="en"></plan-theme-compare>`);
    await settle(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.equal(17);
    expect(radios[0]!.checked).to.be.true;
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.pickedTheme).to.equal(radios[1]!.value);
    expect(el.shadowRoot!.querySelector('.compare')!.getAttribute('data-theme')).to.equal(radios[1]!.value);
    expect(el.shadowRoot!.activeElement).to.equal(radios[1]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.pickedTheme).to.equal(radios[0]!.value);
    await expect(el).to.be.accessible();
  });

  it('at 320 px: no sideways page scroll; the strip scrolls and every column is reachable', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PlanThemeCompare>(html`<plan-theme-compare theme-id="youth"></plan-theme-compare>`);
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const strip = el.shadowRoot!.querySelector<HTMLElement>('[part="strip"]')!;
    expect(strip.scrollWidth).to.be.greaterThan(strip.clientWidth);
    // a tab stop with a name, so the keyboard can scroll it
    await waitUntil(() => strip.getAttribute('tabindex') === '0');
    const last = el.shadowRoot!.querySelector<HTMLElement>('[part="column"]:last-of-type')!;
    strip.scrollLeft = strip.scrollWidth;
    const box = last.getBoundingClientRect();
    expect(box.right).to.be.at.most(strip.getBoundingClientRect().right + 1);
    // sticky plan header
    expect(getComputedStyle(last.querySelector('[part="column-head"]')!).position).to.equal('sticky');
    await expect(el).to.be.accessible();
  });
});
