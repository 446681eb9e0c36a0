import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  caveatsFor,
  caveatsOf,
  caveatText,
  groupCaveats,
  planCaveats,
  statisticCaveats,
  type CaveatKind,
} from '../../src/model/caveats.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { validateCollection } from '../../src/schema/validate.js';
import type { Plan } from '../../src/schema/plan.js';
import { planFiles, readJson } from './helpers.js';

const raw = planFiles().map(readJson);
const { plans } = validateCollection(raw);
const byId = (id: string) => plans.find((p) => p.id === id)!;

/** The kind a target's first segment names, read from the data's own key names (independent of the model's table). */
const EXPECTED: Record<string, CaveatKind> = {
  initiatives: 'initiative',
  tracks: 'track',
  statistics: 'statistic',
  indicators: 'indicator',
  targetGroups: 'target-group',
  statusUpdates: 'status-update',
  legalBasis: 'legal-basis',
  relations: 'relation',
};

test('the five plans are all read, with their flags', () => {
  assert.equal(plans.length, 5);
  const total = raw.reduce((n, p) => n + (p.flags?.length ?? 0), 0);
  assert.equal(
    plans.reduce((n, p) => n + planCaveats(p, 'da').length, 0),
    total,
  );
  assert.ok(total > 100, `flags in the data: ${total}`);
});

for (const plan of plans) {
  test(`${plan.id}: every flag resolves, to the kind of item its target names, and the item exists`, () => {
    const caveats = planCaveats(plan, 'da');
    assert.equal(caveats.length, plan.flags?.length ?? 0);
    for (const c of caveats) {
      assert.ok(c.resolved, `${c.flag.target} did not resolve`);
      const [head, id] = c.flag.target.split('/');
      if (id === undefined) {
        assert.ok(c.kind === 'section' || c.kind === 'field', c.flag.target);
        continue;
      }
      assert.equal(c.kind, EXPECTED[head!], c.flag.target);
      if (head === 'relations') {
        const rel = plan.relations![c.position!]!;
        assert.ok(rel.type === id || String(c.position) === id, c.flag.target);
        assert.equal(c.label, rel.title);
      } else {
        const items = (plan as any)[head!] as { id: string }[];
        assert.ok(
          items.some((x) => x.id === id && c.itemId === id),
          c.flag.target,
        );
      }
    }
  });
}

test('spot checks against the data, by id', () => {
  const a22 = byId('aabenraa-2022-2024');
  const rel = planCaveats(a22, 'da').find((c) => c.flag.target === 'relations/0')!;
  assert.equal(rel.kind, 'relation');
  assert.equal(rel.label, 'Handleplan for rusmidler 2021');
  const hvid = caveatsFor(a22, 'da', 'initiative', 'hvid-januar-og-andre-kampagner');
  assert.equal(hvid.length, 1);
  assert.match(hvid[0]!.text, /super- vision/);
  assert.equal(hvid[0]!.label, a22.initiatives.find((i) => i.id === 'hvid-januar-og-andre-kampagner')!.title);

  const aal = byId('aalborg-2016-2019-status');
  const partOf = planCaveats(aal, 'da').find((c) => c.flag.target === 'relations/part-of')!;
  assert.equal(partOf.kind, 'relation');
  assert.equal(aal.relations![partOf.position!]!.type, 'part-of');
  const none = planCaveats(aal, 'da').find((c) => c.flag.target === 'indicators')!;
  assert.equal(none.kind, 'section');
  assert.equal(none.section, 'indicators');
  const tg = caveatsFor(aal, 'da', 'target-group', 'effekt-af-behandling');
  assert.equal(tg.length, 1);
  assert.equal(tg[0]!.label, aal.targetGroups!.find((g) => g.id === 'effekt-af-behandling')!.label);

  const ran = byId('randers-2017-2020');
  const law = caveatsFor(ran, 'da', 'legal-basis', 'serviceloven-101');
  assert.equal(law.length, 1);
  assert.match(law[0]!.label!, /Serviceloven/);
  assert.equal(caveatsFor(ran, 'da', 'indicator', 'effekt-behandling-stofmisbrug').length >= 1, true);

  const ish = byId('ishoj-vallensbaek-2014-2018');
  const adoption = planCaveats(ish, 'da').find((c) => c.flag.target === 'adoption')!;
  assert.equal(adoption.kind, 'field');
  assert.equal(adoption.field, 'adoption');
});

test('text in the interface language: the message in Danish, the translation in English, the message with its language otherwise', () => {
  const plan = byId('randers-2017-2020');
  const flag = plan.flags![0]!;
  assert.deepEqual(caveatText(flag, plan, 'da'), { text: flag.message, lang: 'da' });
  assert.deepEqual(caveatText(flag, plan, 'en'), { text: flag.translations!['en'], lang: 'en' });
  assert.notEqual(flag.translations!['en'], flag.message);
  const bare = { ...flag, translations: undefined };
  assert.deepEqual(caveatText(bare, plan, 'en'), { text: flag.message, lang: 'da' });
  assert.deepEqual(caveatText({ ...flag, translations: { 'en-GB': 'x y' } }, plan, 'en'), {
    text: 'x y',
    lang: 'en-GB',
  });
});

test('an unresolvable target falls back to the plan level, never disappears; values and rows resolve', () => {
  const plan = structuredClone(byId('randers-2017-2020')) as Plan;
  const ind = plan.indicators![0]!;
  const st = plan.statistics![0]!;
  plan.flags = [
    { kind: 'ambiguity', target: 'initiatives/no-such-thing', message: 'a' },
    { kind: 'ambiguity', target: 'nonsense/x/y/z/w', message: 'b' },
    { kind: 'ambiguity', target: 'relations/7', message: 'c' },
    { kind: 'ambiguity', target: `indicators/${ind.id}/values/0`, message: 'd' },
    { kind: 'ambiguity', target: `indicators/${ind.id}/values/99`, message: 'e' },
    { kind: 'ambiguity', target: `statistics/${st.id}/rows/0`, message: 'f' },
    { kind: 'ambiguity', target: 'plan', message: 'g' },
  ];
  const cs = planCaveats(plan, 'da');
  assert.deepEqual(
    cs.map((c) => [c.kind, c.resolved]),
    [
      ['plan', false],
      ['plan', false],
      ['plan', false],
      ['indicator-value', true],
      ['plan', false],
      ['statistic-row', true],
      ['plan', true],
    ],
  );
  assert.equal(cs[3]!.itemId, ind.id);
  assert.equal(cs[3]!.position, 0);
  assert.deepEqual(
    groupCaveats(cs).map((g) => [g.kind, g.caveats.length]),
    [
      ['plan', 5],
      ['indicator-value', 1],
      ['statistic-row', 1],
    ],
  );
});

test('statisticCaveats (the figures’ reader) gives what the full resolver gives for every statistic of the five plans', () => {
  let n = 0;
  for (const plan of validateCollection(bundledCollection().plans).plans)
    for (const st of plan.statistics ?? [])
      for (const lang of ['da', 'en']) {
        const full = caveatsOf(plan, lang).filter(
          (c) => c.itemId === st.id && (c.kind === 'statistic' || c.kind === 'statistic-row'),
        );
        const slim = statisticCaveats(plan, lang, st.id);
        assert.deepEqual(
          slim.map((c) => [c.index, c.kind, c.position, c.text]),
          full.map((c) => [c.index, c.kind, c.position, c.text]),
          `${plan.id} ${st.id} ${lang}`,
        );
        n += full.length;
      }
  assert.ok(n > 0, 'some statistic has a caveat');
});
