import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCollection } from '../../src/data/bundled.js';
import { THEME_IDS } from '../../src/schema/plan.js';
import { filterInitiatives, indexInitiatives } from '../../src/model/initiatives.js';
import {
  facetOptions,
  filterKey,
  flattenGroups,
  groupItems,
  normaliseFilter,
  parseList,
  parseThemes,
  selectedCount,
} from '../../src/model/initiative-view.js';

const { plans } = bundledCollection();
const items = indexInitiatives(plans);
const byId = (id: string) => plans.find((p) => p.id === id)!;

test('facet options: every value in the data, in display order', () => {
  const o = facetOptions(items, plans);
  assert.deepEqual(
    o.plan,
    plans.map((p) => p.id),
  );
  const themes = new Set(plans.flatMap((p) => p.initiatives.flatMap((i) => i.themes)));
  assert.deepEqual(
    o.theme,
    THEME_IDS.filter((t) => themes.has(t)),
  );
  assert.deepEqual(o.kind, ['offer', 'strategy', 'focus', 'approach', 'none']);
  const statuses = new Set(plans.flatMap((p) => p.initiatives.map((i) => i.status)));
  assert.deepEqual(
    o.status,
    ['existing', 'planned', 'future-focus', 'completed', 'unknown'].filter((s) => statuses.has(s as never)),
  );
  // Target groups: most used first.
  const { counts } = filterInitiatives(items, {});
  const n = o.targetGroup.map((g) => counts.targetGroup.get(g)!);
  assert.deepEqual(
    n,
    [...n].sort((a, b) => b - a),
  );
  assert.equal(o.targetGroup.length, counts.targetGroup.size);
});

test('attribute lists: split on whitespace, de-duplicated; unknown theme ids dropped', () => {
  assert.deepEqual(parseList('  planned  existing planned '), ['planned', 'existing']);
  assert.deepEqual(parseList(''), []);
  assert.deepEqual(parseThemes('youth nonsense prevention'), ['youth', 'prevention']);
});

test('filters: normalised (empty parts dropped, query trimmed) and keyed by meaning', () => {
  assert.deepEqual(normaliseFilter({ query: '  unge ', plan: [], theme: ['youth', 'youth'], kind: [''] }), {
    query: 'unge',
    theme: ['youth'],
  });
  assert.equal(
    filterKey({ status: ['planned', 'existing'] }),
    filterKey({ status: ['existing', 'planned'], plan: [] }),
  );
  assert.notEqual(filterKey({ query: 'unge' }), filterKey({ query: 'ældre' }));
  assert.equal(selectedCount({ query: 'x', plan: ['a'], theme: ['youth', 'prevention'] }), 3);
});

test('group by theme: an initiative stands under each of its themes, in taxonomy order', () => {
  const aalborg = indexInitiatives([byId('aalborg-2016-2019-status')]);
  const groups = groupItems(aalborg, 'theme', plans);
  const keys = groups.map((g) => g.key);
  assert.deepEqual(
    keys,
    [...keys].sort((a, b) => THEME_IDS.indexOf(a as never) - THEME_IDS.indexOf(b as never)),
  );
  const rows = groups.reduce((n, g) => n + g.items.length, 0);
  assert.equal(
    rows,
    aalborg.reduce((n, i) => n + i.initiative.themes.length, 0),
  );
  for (const g of groups) assert.ok(g.items.every((i) => i.initiative.themes.includes(g.key as never)));
});

test('group by theme with a theme filter: only the chosen themes are groups', () => {
  const r = filterInitiatives(items, { theme: ['youth'] });
  const groups = groupItems(r.items, 'theme', plans, { theme: ['youth'] });
  assert.deepEqual(
    groups.map((g) => g.key),
    ['youth'],
  );
  assert.equal(groups[0]!.items.length, r.items.length);
});

test('group by plan: plans in order, empty plans kept, restricted to the plan filter', () => {
  const r = filterInitiatives(items, { query: 'aeldre' });
  const groups = groupItems(r.items, 'plan', plans, {});
  assert.deepEqual(
    groups.map((g) => g.key),
    plans.map((p) => p.id),
  );
  assert.equal(
    groups.reduce((n, g) => n + g.items.length, 0),
    r.items.length,
  );
  const only = groupItems(r.items, 'plan', plans, { plan: ['randers-2017-2020'] });
  assert.deepEqual(
    only.map((g) => g.key),
    ['randers-2017-2020'],
  );
});

test('flattened rows: a heading per group, an "empty" row for an empty group, no heading without grouping', () => {
  const randers = indexInitiatives([byId('randers-2017-2020')]);
  const groups = [
    { key: 'randers-2017-2020', items: randers },
    { key: 'aabenraa-2021', items: [] },
  ];
  const rows = flattenGroups(groups);
  assert.equal(rows.length, 1 + randers.length + 2);
  assert.deepEqual(rows[0], {
    type: 'heading',
    key: 'h:randers-2017-2020',
    group: 'randers-2017-2020',
    count: randers.length,
  });
  assert.deepEqual(
    rows.slice(-2).map((r) => r.type),
    ['heading', 'empty'],
  );
  assert.equal(new Set(rows.map((r) => r.key)).size, rows.length);
  const flat = flattenGroups(groupItems(randers, 'none', plans));
  assert.equal(flat.length, randers.length);
  assert.ok(flat.every((r) => r.type === 'item'));
});
