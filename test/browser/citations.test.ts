// Copyable citations: every initiative, every chart value (picked point and table rows).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/elements/plan-initiative-list/define.js';
import '../../src/elements/plan-target-chart/define.js';
import type { PlanInitiativeList } from '../../src/elements/plan-initiative-list/plan-initiative-list.js';
import type { PlanTargetChart } from '../../src/elements/plan-target-chart/plan-target-chart.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { citationOf } from '../../src/model/citation.js';
import { comparableGroups, planSeries } from '../../src/model/targets.js';
import { copyText } from '../../src/elements/shared/clipboard.js';
import type { Plan } from '../../src/schema/plan.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const PLANS = bundledCollection().plans;
const byId = (id: string): Plan => PLANS.find((p) => p.id === id)!;

const settle = async (el: LitElement) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
};

/** Replace navigator.clipboard.writeText for one test; `fail` makes it reject like a denied permission. */
function stubClipboard(fail = false) {
  const copied: string[] = [];
  const clip = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
  const own = Object.getOwnPropertyDescriptor(clip, 'writeText');
  Object.defineProperty(clip, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      if (fail) throw new DOMException('denied', 'NotAllowedError');
      copied.push(text);
    },
  });
  return {
    copied,
    restore: () =>
      own ? Object.defineProperty(clip, 'writeText', own) : delete (clip as { writeText?: unknown }).writeText,
  };
}

/** Replace document.execCommand for one test; records the text selected in the fallback textarea. */
function stubExecCommand(result: boolean) {
  const seen: { command: string; text: string; hasStyle: boolean; position: string }[] = [];
  const original = document.execCommand;
  document.execCommand = ((command: string) => {
    // the selected textarea: inside a shadow root, so find it through the focused element chain
    let area: Element | null = null;
    for (const host of document.querySelectorAll('*'))
      area ??= host.shadowRoot?.querySelector('textarea.plan-copy-buffer') ?? null;
    area ??= document.querySelector('textarea.plan-copy-buffer');
    const ta = area as HTMLTextAreaElement | null;
    seen.push({
      command,
      text: ta ? ta.value.slice(ta.selectionStart, ta.selectionEnd) : '',
      hasStyle: !!ta?.hasAttribute('style'),
      position: ta ? getComputedStyle(ta).position : '',
    });
    return result;
  }) as typeof document.execCommand;
  return { seen, restore: () => (document.execCommand = original) };
}

/** Open an item's folded citation (its content is made when first opened) and wait for its copy button. */
async function openCitation(el: HTMLElement, key: string): Promise<HTMLDetailsElement> {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(`[data-key="${key}"] details[part="citation"]`)!;
  details.querySelector('summary')!.click();
  await waitUntil(() => details.open && details.querySelector('button.copy'), `the citation of ${key} opened`);
  return details;
}

const liveStatus = (el: HTMLElement) => el.shadowRoot!.querySelector('p.visually-hidden[role="status"]')!;

describe('citations in <plan-initiative-list>', () => {
  it('"Kopiér kildehenvisning" copies municipality, plan, section number and the verbatim quote, and says "Kopieret"', async () => {
    const plan = byId('randers-2017-2020');
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans=${plan.id} group-by="none"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="item"]'), 'ready', { timeout: 10000 });
    const ini = plan.initiatives.find((i) => i.provenance.section.startsWith('4. Fokusområder / 4. Unge'))!;
    const details = await openCitation(el, `${plan.id}/${ini.id}`);
    const button = details.querySelector<HTMLButtonElement>('button.copy')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Kopiér kildehenvisning: ${ini.title}`);
    // the citation is shown as text too (it can be selected by hand)
    const expected = citationOf(plan, ini.provenance, 'da');
    expect(details.querySelector('.cite-text')!.textContent).to.equal(expected);
    expect(
      expected.startsWith('Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit "4. Fokusområder / 4. Unge'),
    ).to.be.true;
    expect(expected.endsWith(` — "${ini.provenance.quote}"`)).to.be.true;

    const clip = stubClipboard();
    try {
      button.click();
      await waitUntil(() => liveStatus(el).textContent === 'Kopieret', 'announced "Kopieret"');
    } finally {
      clip.restore();
    }
    expect(clip.copied).to.deep.equal([expected]);
    await settle(el);
    expect(details.querySelector('.copied')!.textContent).to.equal('✓ Kopieret');
    await expect(el).to.be.accessible();
  });

  it('English: "Copy citation", "section", "Copied"', async () => {
    const plan = byId('ishoj-vallensbaek-2014-2018');
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list lang="en" plans=${plan.id} group-by="none"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="item"]'), 'ready', { timeout: 10000 });
    const ini = plan.initiatives[0]!;
    await openCitation(el, `${plan.id}/${ini.id}`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-key="${plan.id}/${ini.id}"] button.copy`)!;
    expect(button.textContent!.trim().startsWith('Copy citation')).to.be.true;
    const clip = stubClipboard();
    try {
      button.click();
      await waitUntil(() => liveStatus(el).textContent === 'Copied', 'announced "Copied"');
    } finally {
      clip.restore();
    }
    expect(clip.copied[0]).to.equal(citationOf(plan, ini.provenance, 'en'));
    expect(clip.copied[0]!.startsWith(`Ishøj and Vallensbæk, ${plan.title}, section `)).to.be.true;
  });

  it('falls back to a class-positioned textarea and execCommand when the Clipboard API refuses; says so when both fail', async () => {
    const plan = byId('aalborg-2016-2019-status');
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans=${plan.id} group-by="none"></plan-initiative-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="item"]'), 'ready', { timeout: 10000 });
    const ini = plan.initiatives[1]!;
    await openCitation(el, `${plan.id}/${ini.id}`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-key="${plan.id}/${ini.id}"] button.copy`)!;
    button.focus();
    expect(el.shadowRoot!.activeElement === button, 'the button has focus').to.be.true;
    const clip = stubClipboard(true);
    const exec = stubExecCommand(true);
    try {
      button.click();
      await waitUntil(() => liveStatus(el).textContent === 'Kopieret', 'fallback announced');
    } finally {
      clip.restore();
      exec.restore();
    }
    expect(exec.seen).to.deep.equal([
      { command: 'copy', text: citationOf(plan, ini.provenance, 'da'), hasStyle: false, position: 'fixed' },
    ]);
    expect(el.shadowRoot!.querySelector('textarea') === null, 'the textarea is gone again').to.be.true;
    expect(el.shadowRoot!.activeElement === button, 'focus is back on the button').to.be.true;

    const clip2 = stubClipboard(true);
    const exec2 = stubExecCommand(false);
    try {
      button.click();
      await waitUntil(() => liveStatus(el).textContent!.startsWith('Kunne ikke kopiere'), 'failure announced');
    } finally {
      clip2.restore();
      exec2.restore();
    }
  });

  it('copyText without a root uses a private shadow root and leaves nothing behind', async () => {
    const exec = stubExecCommand(true);
    const clip = stubClipboard(true);
    const before = document.body.childElementCount;
    let ok: boolean;
    try {
      ok = await copyText('Ærø — "citat"');
    } finally {
      clip.restore();
      exec.restore();
    }
    expect(ok).to.be.true;
    expect(exec.seen.map((s) => [s.text, s.hasStyle, s.position])).to.deep.equal([['Ærø — "citat"', false, 'fixed']]);
    expect(document.body.childElementCount).to.equal(before);
  });
});

describe('citations in <plan-target-chart>', () => {
  async function ready(el: PlanTargetChart): Promise<void> {
    await waitUntil(
      () => el.shadowRoot!.querySelector('svg[part="chart"] g.point') || el.shadowRoot!.querySelector('table'),
      'chart ready',
      { timeout: 10000 },
    );
    await settle(el);
  }

  it('a focused point shows its citation under the chart; the copy button copies it', async () => {
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart indicator="treatment-effect-drugs"></plan-target-chart>`,
    );
    await ready(el);
    const values = comparableGroups(PLANS)
      .find((g) => g.key === 'treatment-effect-drugs')!
      .series.flatMap((s) => s.points);
    const randers = byId('randers-2017-2020');
    expect(el.shadowRoot!.querySelector('[part="citation"]') === null, 'nothing picked yet').to.be.true;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="citation"]')!;
    expect(panel).to.exist;
    const expected = citationOf(randers, values[1]!.source.provenance, 'da');
    expect(panel.querySelector('.cite-text')!.textContent).to.equal(expected);
    // the tooltip goes when focus leaves the point; the citation stays
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const button = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(button.classList.contains('copy'), 'Tab from the point reaches the copy button').to.be.true;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]') === null, 'tooltip gone').to.be.true;
    const clip = stubClipboard();
    try {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => liveStatus(el).textContent === 'Kopieret', 'announced');
    } finally {
      clip.restore();
    }
    expect(clip.copied).to.deep.equal([expected]);
    expect(expected).to.contain(`— "${values[1]!.source.provenance.quote}"`);
    await expect(el).to.be.accessible();
  });

  it('every row of the table view has a copy button with its own citation', async () => {
    const randers = byId('randers-2017-2020');
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart plans=${randers.id} show-table></plan-target-chart>`,
    );
    await ready(el);
    const values = planSeries(randers).flatMap((s) => s.points);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody tr button.copy')];
    expect(buttons.length).to.equal(values.length);
    const names = buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(new Set(names).size, 'each button is named after its row').to.equal(values.length);
    const clip = stubClipboard();
    try {
      for (const i of [0, 2, values.length - 1]) {
        buttons[i]!.click();
        await waitUntil(() => clip.copied.length === [0, 2, values.length - 1].indexOf(i) + 1, 'copied');
      }
    } finally {
      clip.restore();
    }
    expect(clip.copied).to.deep.equal(
      [0, 2, values.length - 1].map((i) => citationOf(randers, values[i]!.source.provenance, 'da')),
    );
    await waitUntil(() => liveStatus(el).textContent === 'Kopieret', 'announced');
    await expect(el).to.be.accessible();
  });

  it('English table: "Copy citation", "section"', async () => {
    const randers = byId('randers-2017-2020');
    const el = await fixture<PlanTargetChart>(
      html`<plan-target-chart lang="en" indicator="families-in-treatment" show-table></plan-target-chart>`,
    );
    await ready(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr button.copy')!;
    expect(button.textContent!.trim().startsWith('Copy citation')).to.be.true;
    const clip = stubClipboard();
    try {
      button.click();
      await waitUntil(() => clip.copied.length === 1, 'copied');
    } finally {
      clip.restore();
    }
    const value = randers.indicators!.find((i) => i.comparableKey === 'families-in-treatment')!.values[0]!;
    expect(clip.copied[0]).to.equal(citationOf(randers, value.provenance, 'en'));
    expect(clip.copied[0]).to.contain(', section "4. Fokusområder / 5. Familier / Tidlig opsporing af familier" — ');
  });
});
