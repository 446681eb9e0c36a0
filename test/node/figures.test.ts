// Figures are traceable: each indicator value, statistic row and reported total is written in its
// own quote (in some Danish or plain notation). Where it is not — a range, "mio.", a figure the
// source gives in words — the plan must carry a flag naming that item, saying how it was read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { planFiles, readJson } from './helpers.js';

/** Ways a number can be printed in these sources: 7.864.230 · 7864230 · 7 864 230 · 5,7 · 5.7 · 1½. */
export function numberForms(value: number): string[] {
  const forms = new Set<string>();
  const [int, frac] = String(Math.abs(value)).split('.');
  const grouped = (sep: string) => int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  for (const g of [int!, grouped('.'), grouped(' '), grouped('\u00a0')]) {
    if (frac) forms.add(`${g},${frac}`).add(`${g}.${frac}`);
    else forms.add(g);
  }
  if (frac === '5') forms.add(`${int}½`);
  return [...forms];
}

export function appearsIn(value: number, text: string): boolean {
  const flat = text.replace(/\s+/g, ' ');
  return numberForms(value).some((f) => new RegExp(`(?<![\\d.,])${f.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`).test(flat));
}

test('number forms cover Danish notation', () => {
  assert.ok(appearsIn(7864230, 'i alt 7.864.230 kr'));
  assert.ok(appearsIn(5.7, 'viser at 5,7 % af'));
  assert.ok(appearsIn(43, 'er 43 % på landsplan'));
  assert.ok(!appearsIn(43, 'er 143 % på landsplan'));
  assert.ok(!appearsIn(50, '50,5 %'));
  assert.ok(!appearsIn(5, 'i 2015'));
});

for (const file of planFiles()) {
  test(`${basename(file)}: every figure is in its quote, or flagged`, () => {
    const plan = readJson(file);
    const flagged = (id: string) => (plan.flags ?? []).some((f: any) => String(f.target).split(/[/#.\s]/).includes(id));
    const problems: string[] = [];
    for (const ind of plan.indicators ?? []) {
      for (const v of ind.values) {
        if (!appearsIn(v.value, v.provenance.quote) && !flagged(ind.id)) problems.push(`indicators/${ind.id} ${v.year} ${v.value}: "${v.provenance.quote}"`);
      }
    }
    for (const s of plan.statistics ?? []) {
      const items = [...s.rows, ...(s.reportedTotal ? [s.reportedTotal] : [])];
      for (const r of items) {
        const ok = appearsIn(r.value, r.provenance.quote) || (r.valueMax !== undefined && appearsIn(r.valueMax, r.provenance.quote));
        if (!ok && !flagged(s.id)) problems.push(`statistics/${s.id} ${r.label} ${r.value}: "${r.provenance.quote}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
