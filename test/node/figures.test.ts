// Figures are traceable: each indicator value, statistic row and reported total is written in its
// own quote (in some Danish or plain notation), the upper end of a range too. Where it is not — "mio.",
// a figure the source gives in words — the plan must carry a flag naming that item, saying how it was
// read. Bounds (schema 1.1) are checked both ways, without excuse: a qualifier must be said in the
// quote ("mindst", "knap", "ca." …), and a figure the quote bounds must carry that qualifier.
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
  return numberForms(value).some((f) =>
    new RegExp(`(?<![\\d.,])${f.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`).test(flat),
  );
}

test('number forms cover Danish notation', () => {
  assert.ok(appearsIn(7864230, 'i alt 7.864.230 kr'));
  assert.ok(appearsIn(5.7, 'viser at 5,7 % af'));
  assert.ok(appearsIn(43, 'er 43 % på landsplan'));
  assert.ok(!appearsIn(43, 'er 143 % på landsplan'));
  assert.ok(!appearsIn(50, '50,5 %'));
  assert.ok(!appearsIn(5, 'i 2015'));
});

/**
 * How the sources bound a figure, per qualifier (schema 1.1). A bounded figure's quote must say its
 * bound; a figure printed right after such a word must carry that qualifier.
 */
export const BOUND_WORDS: Record<string, RegExp> = {
  about: /\b(?:ca\.|cirka|omkring|omtrent)/i,
  'at-least': /\b(?:mindst|minimum|ikke under)/i,
  'at-most': /\b(?:højst|maksimalt|op til|ikke over)/i,
  above: /\b(?:over|mere end|flere end)/i,
  below: /\b(?:under|mindre end|færre end)/i,
  'just-above': /\b(?:lidt over|godt)/i,
  'just-below': /\b(?:knap|næsten|lige under)/i,
};

/** The qualifier whose words stand right before the figure in the quote (longest words first), if any. */
export function boundBefore(value: number, quote: string): string | undefined {
  const flat = quote.replace(/\s+/g, ' ');
  const order = ['just-above', 'just-below', 'about', 'at-least', 'at-most', 'above', 'below'];
  for (const q of order) {
    const words = BOUND_WORDS[q]!.source.replace(/^\\b/, '').replace(/\/i$/, '');
    for (const f of numberForms(value)) {
      const re = new RegExp(
        `(?:^|[^\\p{L}])${words}\\s+(?:hver\\s+)?${f.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`,
        'iu',
      );
      if (re.test(flat)) return q;
    }
  }
  return undefined;
}

test('bound words: the qualifier right before a figure is found', () => {
  assert.equal(boundBefore(40, 'knap 40 % prøvet at ryge hash'), 'just-below');
  assert.equal(boundBefore(10, 'lidt over 10 % har prøvet'), 'just-above');
  assert.equal(boundBefore(120000, 'mindst 120.000 børn og unge'), 'at-least');
  assert.equal(boundBefore(10, 'Mindst hver 10. elev'), 'at-least');
  assert.equal(boundBefore(80, 'Over 80 % af målgruppen'), 'above');
  assert.equal(boundBefore(883, 'som i 2011 var ca. 883 mio. kr.'), 'about');
  assert.equal(boundBefore(192, 'Borgere over 25 år 192'), undefined);
  assert.equal(boundBefore(40, 'viser at 40 % har'), undefined);
});

interface Figure {
  value: number;
  valueMax?: number;
  qualifier?: string;
  approximate?: boolean;
  provenance: { quote: string };
}

/** Problems of one figure: its numbers not in its quote, or its bound not said / not encoded. */
function figureProblems(f: Figure, per: number | undefined): { numbers: string[]; bounds: string[] } {
  const quote = f.provenance.quote;
  const numbers: string[] = [];
  const bounds: string[] = [];
  // "hver 10. elev" is one per 10: the value 1 of a rate per 10.
  const everyNth = per !== undefined && f.value === 1 && new RegExp(`hver ${per}\\.`, 'i').test(quote);
  if (!appearsIn(f.value, quote) && !everyNth) numbers.push(`${f.value}`);
  if (f.valueMax !== undefined && !appearsIn(f.valueMax, quote)) numbers.push(`${f.valueMax} (valueMax)`);
  const qualifier = f.qualifier ?? (f.approximate ? 'about' : undefined);
  if (qualifier && !BOUND_WORDS[qualifier]!.test(quote)) bounds.push(`${qualifier} not said in the quote`);
  const said = boundBefore(everyNth ? per! : f.value, quote);
  if (said && said !== qualifier) bounds.push(`the quote says ${said}, encoded as ${qualifier ?? 'a plain value'}`);
  return { numbers, bounds };
}

for (const file of planFiles()) {
  test(`${basename(file)}: every figure is in its quote, or flagged; every bound said is encoded, and every bound encoded is said`, () => {
    const plan = readJson(file);
    const flagged = (id: string) =>
      (plan.flags ?? []).some((f: any) =>
        String(f.target)
          .split(/[/#.\s]/)
          .includes(id),
      );
    const problems: string[] = [];
    const check = (where: string, id: string, f: Figure, per: number | undefined) => {
      const { numbers, bounds } = figureProblems(f, per);
      // A figure the source gives in a form the number forms do not cover is flagged (and says how it was read);
      // a bound is never excused by a flag.
      if (numbers.length && !flagged(id))
        problems.push(`${where} ${numbers.join(', ')} not in "${f.provenance.quote}"`);
      for (const b of bounds) problems.push(`${where} ${f.value}: ${b}: "${f.provenance.quote}"`);
    };
    for (const ind of plan.indicators ?? [])
      for (const v of ind.values) check(`indicators/${ind.id} ${v.year}`, ind.id, v, ind.denominator?.per);
    for (const s of plan.statistics ?? []) {
      for (const r of s.rows) check(`statistics/${s.id} ${r.label}`, s.id, r, s.denominator?.per);
      if (s.reportedTotal) check(`statistics/${s.id} total`, s.id, s.reportedTotal, s.denominator?.per);
    }
    assert.deepEqual(problems, []);
  });
}

test('the seed plans use the 1.1 bounds, not the 1.0 "approximate"', () => {
  for (const file of planFiles()) assert.doesNotMatch(JSON.stringify(readJson(file)), /"approximate"/, basename(file));
});
