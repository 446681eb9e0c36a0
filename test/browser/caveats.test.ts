/**
 * Done when: every source caveat (`flags`) of the five plans is reachable in the interface, beside the
 * item it concerns — for each plan, each flag's Danish text is found in the rendered shadow DOM of the
 * element that shows its item: the initiative list for initiatives, the target chart for indicators,
 * the summary for the plan as a whole, its parts, tracks, statistics, target groups, status updates,
 * laws and relations. Expected texts come from the plan files, not from the model.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-summary/define.js';
import '../../src/elements/plan-initiative-list/define.js';
import '../../src/elements/plan-target-chart/define.js';
import '../../src/elements/plan-evolution/define.js';
import aabenraa2021 from '../../data/plans/aabenraa-2021.json';
import aabenraa2022 from '../../data/plans/aabenraa-2022-2024.json';
import aalborg from '../../data/plans/aalborg-2016-2019-status.json';
import ishoj from '../../data/plans/ishoj-vallensbaek-2014-2018.json';
import randers from '../../data/plans/randers-2017-2020.json';

type RawFlag = { kind: string; target: string; message: string };
type RawPlan = { id: string; flags?: RawFlag[] };
const RAW = [aabenraa2021, aabenraa2022, aalborg, ishoj, randers] as unknown as RawPlan[];

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** All text in an element's shadow root, nested shadow roots included. */
function shadowText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += `${n.textContent} `;
    const el = n as Element;
    if (el.shadowRoot) walk(el.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk((node as Element).shadowRoot ?? node);
  return norm(out);
}

async function shown(tag: string, planId: string, attrs = ''): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('plans', planId);
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(a, '');
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await waitUntil(
    () =>
      el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[data-state="loading"]'),
    `${tag} did not get ready`,
    { timeout: 15000 },
  );
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Which element shows the item a target points at. */
function elementFor(target: string): 'plan-initiative-list' | 'plan-target-chart' | 'plan-summary' {
  const [head, id] = target.split('/');
  if (head === 'initiatives' && id) return 'plan-initiative-list';
  if (head === 'indicators' && id) return 'plan-target-chart';
  return 'plan-summary';
}

describe('every source caveat is shown where its item is shown', () => {
  const totals: string[] = [];
  after(() => console.log(`caveats found / total: ${totals.join('; ')}`));

  for (const plan of RAW) {
    it(`${plan.id}: every flag's Danish text is in the element that shows its item`, async function () {
      this.timeout(60000);
      const flags = plan.flags ?? [];
      expect(flags.length).to.be.greaterThan(0);
      const texts = new Map<string, string>();
      for (const tag of new Set(flags.map((f) => elementFor(f.target))))
        texts.set(tag, shadowText(await shown(tag, plan.id)));
      const missing = flags.filter((f) => !texts.get(elementFor(f.target))!.includes(norm(f.message)));
      totals.push(`${plan.id} ${flags.length - missing.length}/${flags.length}`);
      expect(
        missing.map((f) => f.target),
        'flags not found',
      ).to.deep.equal([]);
    });
  }

  it('the marker says "Forbehold" in Danish and "Caveat" in English, as a note', async () => {
    const el = await shown('plan-summary', 'randers-2017-2020');
    const marker = el.shadowRoot!.querySelector('[part="caveat"]')!;
    expect(marker.getAttribute('role')).to.equal('note');
    expect(marker.textContent).to.contain('Forbehold');
    el.setAttribute('lang', 'en');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part="caveat"]')!.textContent).to.contain('Caveat');
  });

  it('the evolution shows the caveats of the initiatives it lists (Aabenraa 2021 → 2022–2024)', async () => {
    const el = await shown('plan-evolution', 'aabenraa-2021 aabenraa-2022-2024');
    const text = shadowText(el);
    const listed = [aabenraa2021, aabenraa2022] as unknown as RawPlan[];
    const flags = listed.flatMap((p) => (p.flags ?? []).filter((f) => f.target.startsWith('initiatives/')));
    const missing = flags.filter((f) => !text.includes(norm(f.message)));
    expect(missing.map((f) => f.target)).to.deep.equal([]);
  });
});
