// The bundled data: every plan validates, the collection is whole, the theme taxonomy and the schema agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { validatePlan, validateCollection } from '../../src/schema/validate.js';
import { THEME_IDS } from '../../src/schema/plan.js';
import { formatIssue } from '../../src/schema/issues.js';
import { ROOT, planFiles, readJson } from './helpers.js';

const EXPECTED = [
  'aabenraa-2021',
  'aabenraa-2022-2024',
  'aalborg-2016-2019-status',
  'ishoj-vallensbaek-2014-2018',
  'randers-2017-2020',
];

test('there is one plan file per seed document', () => {
  assert.deepEqual(
    planFiles().map((f) => basename(f, '.json')),
    EXPECTED,
  );
});

for (const file of planFiles()) {
  test(`${basename(file)} validates, and its id is its file name`, () => {
    const doc = readJson(file);
    const r = validatePlan(doc);
    assert.ok(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n'));
    assert.equal(doc.id, basename(file, '.json'));
    assert.equal(doc.$schema, '../schema/plan.schema.json');
  });
}

test('the collection keeps all five plans and every relation to a plan id resolves', () => {
  const { plans, rejected } = validateCollection(planFiles().map(readJson));
  assert.deepEqual(rejected, []);
  assert.equal(plans.length, 5);
  const ids = new Set(plans.map((p) => p.id));
  for (const p of plans)
    for (const r of p.relations ?? []) if (r.planId) assert.ok(ids.has(r.planId), `${p.id} → ${r.planId}`);
});

test('Aabenraa 2022–2024 supersedes Aabenraa 2021', () => {
  const later = readJson(join(ROOT, 'data/plans/aabenraa-2022-2024.json'));
  assert.ok(later.relations.some((r: any) => r.type === 'supersedes' && r.planId === 'aabenraa-2021'));
});

test('themes.json lists exactly the schema theme ids, each with da/en label and description', () => {
  const tax = readJson(join(ROOT, 'data/themes.json'));
  assert.deepEqual(
    tax.themes.map((t: any) => t.id),
    [...THEME_IDS],
  );
  for (const t of tax.themes) {
    for (const lang of ['da', 'en']) {
      assert.ok(t.label[lang]?.length > 2, `${t.id} label ${lang}`);
      assert.ok(t.description[lang]?.length > 10, `${t.id} description ${lang}`);
    }
  }
});

test('every canonical theme is used by at least one plan (no dead themes)', () => {
  const used = new Set<string>();
  const walk = (n: any): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object')
      for (const [k, v] of Object.entries(n))
        k === 'themes' && Array.isArray(v) ? v.forEach((x) => used.add(String(x))) : walk(v);
  };
  planFiles().map(readJson).forEach(walk);
  assert.deepEqual(
    THEME_IDS.filter((t) => !used.has(t)),
    [],
  );
});

// ---------- the two Aabenraa plans, side by side ----------

const flaggedIn = (plan: any, list: string, id: string) =>
  (plan.flags ?? []).some((f: any) => f.target === `${list}/${id}`);

test('Aabenraa: a measure printed with the same text in both plans has the same status there', () => {
  const a = readJson(join(ROOT, 'data/plans/aabenraa-2021.json'));
  const b = readJson(join(ROOT, 'data/plans/aabenraa-2022-2024.json'));
  const norm = (s: string) =>
    s
      .replace(/^(Tilbud|Strategi|Fokus|Tilgang):\s*/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const text = (i: any) => [norm(i.provenance.quote), ...(i.description ? [norm(i.description)] : [])];
  const pairs: [any, any][] = [];
  for (const x of a.initiatives)
    for (const y of b.initiatives) if (text(x).some((t) => text(y).includes(t))) pairs.push([x, y]);
  // The inspection reports: "Tilsynsrapporterne" in 2021, misprinted "Tilsynsporterne" in 2022–24.
  const byId = (p: any, id: string) => p.initiatives.find((i: any) => i.id === id);
  pairs.push([byId(a, 'tilsynsrapporter-patientsikkerhed'), byId(b, 'tilsynsrapporter-og-socialtilsyn-2019')]);
  assert.ok(pairs.length >= 15, `${pairs.length} pairs`);
  assert.deepEqual(
    pairs.filter(([x, y]) => x.status !== y.status).map(([x, y]) => `${x.id} ${x.status} / ${y.id} ${y.status}`),
    [],
  );
  // One sentence, two encodings: its own completed row in 2021, part of an existing row in 2022–24; both say so.
  assert.ok(flaggedIn(a, 'initiatives', 'handleplaner-som-opfoelgning-paa-tilsyn'));
  assert.ok(flaggedIn(b, 'initiatives', 'nationale-kliniske-retningslinjer-og-tilsyn'));
});

test("Aabenraa 2022–24's referral table is marked as the 2021 table reprinted (same rows, same total, no year)", () => {
  const a = readJson(join(ROOT, 'data/plans/aabenraa-2021.json'));
  const b = readJson(join(ROOT, 'data/plans/aabenraa-2022-2024.json'));
  const later = b.statistics.find((s: any) => s.id === 'henvisninger-aabenraa');
  assert.deepEqual(later.reprintOf, { planId: 'aabenraa-2021', statisticId: 'antal-henvisninger' });
  const earlier = a.statistics.find((s: any) => s.id === later.reprintOf.statisticId);
  assert.deepEqual(
    later.rows.map((r: any) => r.value),
    earlier.rows.map((r: any) => r.value),
  );
  assert.equal(later.reportedTotal.value, earlier.reportedTotal.value);
  assert.equal(later.year, undefined);
  assert.equal(earlier.year, undefined);
  assert.ok(b.flags.some((f: any) => f.kind === 'duplicate' && f.target === 'statistics/henvisninger-aabenraa'));
});

// ---------- caveats in two languages ----------

/** Words that tell Danish from English, counted outside quoted source text. */
function languageScore(text: string): { da: number; en: number } {
  const own = text
    .replace(/"[^"]*"|”[^”]*”|(?<!\p{L})'[^']*'(?!\p{L})|“[^”]*”/gu, ' ') // quoted source text (not an apostrophe)
    .replace(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu, ' ') // ids
    .toLowerCase();
  const words = own.match(/[\p{L}]+/gu) ?? [];
  const DA =
    'og er ikke som af der det til på med den et kodet står kilden citatet bevarer bevaret men også fordi eller skriver planen teksten hvor';
  const EN =
    'the and is are not of as with which encoded stands it source quote keeps kept but also because or writes plan text where';
  const count = (list: string) => words.filter((w) => list.split(' ').includes(w)).length;
  return { da: count(DA), en: count(EN) };
}

for (const file of planFiles()) {
  test(`${basename(file)}: every caveat is in the plan's language (Danish) and also in English`, () => {
    const plan = readJson(file);
    assert.equal(plan.language, 'da');
    assert.ok(plan.flags.length > 0);
    const problems: string[] = [];
    plan.flags.forEach((f: any, i: number) => {
      const da = languageScore(f.message);
      const en = f.translations?.en;
      if (!(da.da > da.en)) problems.push(`flags/${i} message does not read as Danish: ${f.message.slice(0, 80)}`);
      if (typeof en !== 'string' || en.trim() === '' || en === f.message) problems.push(`flags/${i} has no English`);
      else {
        const s = languageScore(en);
        if (!(s.en > s.da)) problems.push(`flags/${i} translations.en does not read as English: ${en.slice(0, 80)}`);
      }
    });
    assert.deepEqual(problems, []);
  });
}

test('Ishøj/Vallensbæk: no legal basis that the text gives only as an example (førtidspensionsreformen)', () => {
  const plan = readJson(join(ROOT, 'data/plans/ishoj-vallensbaek-2014-2018.json'));
  assert.deepEqual(
    plan.legalBasis.map((l: any) => l.law),
    ['Serviceloven', 'Sundhedsloven', 'Serviceloven og Sundhedsloven'],
  );
  assert.deepEqual(
    plan.signatories.map((s: any) => [s.name, s.municipalityCode]),
    [
      ['Ole Bjørstorp', '183'],
      ['Henrik Rasmussen', '187'],
    ],
  );
});

test('relations to a document that is encoded carry its planId', () => {
  const plans = planFiles().map(readJson);
  const titles = new Map<string, string>();
  for (const p of plans) {
    titles.set(p.title, p.id);
    titles.set(p.source.title, p.id);
  }
  for (const p of plans)
    for (const r of p.relations ?? []) {
      const id = titles.get(r.title);
      if (id) assert.equal(r.planId, id, `${p.id}: relation "${r.title}"`);
    }
  const later = plans.find((p) => p.id === 'aabenraa-2022-2024');
  assert.ok(later.relations.some((r: any) => r.type === 'supersedes' && r.planId === 'aabenraa-2021'));
});
