import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationOf, planReference, sectionLabel } from '../../src/model/citation.js';
import type { Plan } from '../../src/schema/plan.js';
import { validateCollection, validatePlan } from '../../src/schema/validate.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { planFiles, readJson, readPlan } from './helpers.js';

const { plans } = validateCollection(planFiles().map(readJson));
const byId = (id: string) => plans.find((p) => p.id === id)!;

test('sectionLabel: the heading path exactly as written, never a derived number', () => {
  assert.equal(sectionLabel('4. Fokusområder / 4. Unge', 'da'), 'afsnit "4. Fokusområder / 4. Unge"');
  assert.equal(sectionLabel('4. Fokusområder / 4. Unge', 'en'), 'section "4. Fokusområder / 4. Unge"');
  assert.equal(sectionLabel('Spor 1 - Forebyggelse / Det gør vi', 'da'), 'afsnit "Spor 1 - Forebyggelse / Det gør vi"');
});

test('citationOf: a Randers initiative under 4. Unge, in Danish and English, with its real quote', () => {
  const randers = byId('randers-2017-2020');
  const raw = readPlan('randers-2017-2020');
  const ini = randers.initiatives.find((i) => i.provenance.section.startsWith('4. Fokusområder / 4. Unge /'))!;
  assert.ok(ini, 'Randers has an initiative under 4. Unge');
  // the quote straight from the JSON file, not from the model
  const quote: string = raw.initiatives.find((i: any) => i.id === ini.id).provenance.quote;
  assert.equal(
    citationOf(randers, ini.provenance, 'da'),
    `Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit "${ini.provenance.section}" — "${quote}"`,
  );
  assert.equal(
    citationOf(randers, ini.provenance, 'en'),
    `Randers, Rusmiddelplan for Randers Kommune 2017-2020, section "${ini.provenance.section}" — "${quote}"`,
  );
});

test('citationOf: an indicator value (Randers, treatment effect for drugs, national 2014 baseline)', () => {
  const randers = byId('randers-2017-2020');
  const raw = readPlan('randers-2017-2020');
  const ind = randers.indicators!.find((i) => i.comparableKey === 'treatment-effect-drugs')!;
  const rawInd = raw.indicators.find((i: any) => i.id === ind.id);
  ind.values.forEach((v, k) => {
    const c = citationOf(randers, v.provenance, 'da');
    assert.ok(c.endsWith(` — "${rawInd.values[k].provenance.quote}"`), c);
    assert.ok(c.startsWith('Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit '), c);
  });
  assert.equal(
    citationOf(randers, ind.values[0]!.provenance, 'da'),
    `Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit "Indledning / 3. Større effekt af alkohol- og rusmiddelbehandlingen" — "${rawInd.values[0].provenance.quote}"`,
  );
});

test('citationOf: two municipalities joined as the summary joins them; a title with its period is not repeated', () => {
  const iv = byId('ishoj-vallensbaek-2014-2018');
  const ini = iv.initiatives[0]!;
  const da = citationOf(iv, ini.provenance, 'da');
  const en = citationOf(iv, ini.provenance, 'en');
  assert.ok(da.startsWith(`Ishøj og Vallensbæk, ${iv.title}, afsnit `), da);
  assert.ok(en.startsWith(`Ishøj and Vallensbæk, ${iv.title}, section `), en);
  assert.ok(!da.includes('2014–2018'), 'the period is in the title already ("2014 – 2018")');
  assert.ok(da.endsWith(`"${ini.provenance.quote}"`));
  // every initiative of every plan: the citation ends with its own quote and names its plan
  for (const plan of plans) {
    for (const i of plan.initiatives) {
      const c = citationOf(plan, i.provenance, 'da');
      assert.ok(c.endsWith(` — "${i.provenance.quote}"`), c);
      assert.ok(c.includes(plan.title), c);
      assert.ok(!/\s{2}|\n/.test(c), c);
    }
  }
});

test('planReference: a title without its period gets it; a one-year plan says its year once', () => {
  const raw = minimalPlan();
  raw['title'] = 'Rusmiddelplan';
  const result = validatePlan(raw);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const plan = result.plan as Plan;
  const period =
    plan.period.start === plan.period.end ? String(plan.period.start) : `${plan.period.start}–${plan.period.end}`;
  assert.equal(
    planReference(plan, 'da'),
    `${plan.municipalities.map((m) => m.name).join(' og ')}, Rusmiddelplan ${period}`,
  );
  const a21 = byId('aabenraa-2021');
  assert.equal(planReference(a21, 'da'), 'Aabenraa, Handleplan for rusmidler 2021');
});
