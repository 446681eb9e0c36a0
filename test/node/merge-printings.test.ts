// A measure a plan prints twice (`sameAs`, schema 1.2) is one item in the list: `mergePrintings` keeps the
// first printing that passes the filters and cites the others on it. Expectations come from the data files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCollection } from '../../src/data/bundled.js';
import { filterInitiatives, indexInitiatives, mergePrintings } from '../../src/model/initiatives.js';
import { readPlan } from './helpers.js';

const plans = bundledCollection().plans;
const index = indexInitiatives(plans);

/** Distinct measures of a plan file, by a plain union of its `sameAs` links (independent of the model). */
function distinctInFile(id: string): { printed: number; distinct: number; groups: string[][] } {
  const doc = readPlan(id);
  const ids: string[] = doc.initiatives.map((i: any) => i.id);
  const parent = new Map(ids.map((i) => [i, i]));
  const root = (x: string): string => (parent.get(x) === x ? x : root(parent.get(x)!));
  for (const i of doc.initiatives) for (const o of i.sameAs ?? []) if (parent.has(o)) parent.set(root(o), root(i.id));
  const groups = new Map<string, string[]>();
  for (const i of ids) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);
  return { printed: ids.length, distinct: groups.size, groups: [...groups.values()] };
}

const CROSS_CHECK: Record<string, [number, number]> = {
  'randers-2017-2020': [85, 78],
  'aabenraa-2022-2024': [70, 64],
  'aabenraa-2021': [48, 46],
};

test('every plan: one item per distinct measure, every printing shown or cited exactly once', () => {
  const shown = mergePrintings(filterInitiatives(index, {}).items, index);
  for (const plan of plans) {
    const file = distinctInFile(plan.id);
    const mine = shown.filter((i) => i.plan.id === plan.id);
    assert.equal(mine.length, file.distinct, plan.id);
    const cited = mine.flatMap((i) => [i.initiative.id, ...(i.also ?? []).map((a) => a.initiative.id)]).sort();
    assert.deepEqual(cited, plan.initiatives.map((i) => i.id).sort(), plan.id);
    // the item is the first printing in plan order; the others are its `also`
    for (const g of file.groups.filter((g) => g.length > 1)) {
      const item = mine.find((i) => i.initiative.id === g[0]);
      assert.ok(item, `${plan.id}/${g[0]}`);
      assert.deepEqual(
        item.also!.map((a) => a.initiative.id),
        g.slice(1),
      );
    }
    if (CROSS_CHECK[plan.id]) assert.deepEqual([file.printed, file.distinct], CROSS_CHECK[plan.id], plan.id);
  }
  for (const id of Object.keys(CROSS_CHECK))
    assert.ok(
      plans.some((p) => p.id === id),
      id,
    );
});

test('when only the second printing matches, it is the item and the first is cited on it', () => {
  const { groups } = distinctInFile('randers-2017-2020');
  const pair = groups.find((g) => g.length > 1)!;
  const plan = plans.find((p) => p.id === 'randers-2017-2020')!;
  const second = index.find((i) => i.plan === plan && i.initiative.id === pair[1])!;
  const matched = filterInitiatives(index, { plan: [plan.id] }).items.filter(
    (i) => i !== index.find((x) => x.plan === plan && x.initiative.id === pair[0]),
  );
  const shown = mergePrintings(matched, index).filter((i) => i.group === second.group);
  assert.equal(shown.length, 1);
  assert.equal(shown[0]!.initiative.id, pair[1]);
  assert.deepEqual(
    shown[0]!.also!.map((a) => a.initiative.id),
    pair.filter((id) => id !== pair[1]),
  );
  assert.equal(shown[0]!.key, second.key);
});

test('items printed once pass unchanged; the merged item is the same object from call to call', () => {
  const all = filterInitiatives(index, {}).items;
  const a = mergePrintings(all, index);
  const b = mergePrintings([...all], index);
  assert.deepEqual(a, b);
  a.forEach((x, k) => assert.equal(x, b[k]));
  for (const x of a) if (x.group === undefined) assert.ok(all.includes(x));
  const single = all.filter((i) => i.group === undefined);
  assert.equal(mergePrintings(single, index), single);
});
