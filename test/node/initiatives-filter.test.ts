// filterInitiatives is a single pass with precomputed facet values and query words split once. These
// tests hold it to the definition (every query word in the haystack; a facet counts an item when every
// other facet passes) for generated filters over the seed plans and synthetic plans, and check that
// re-flattening groups reuses item rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledCollection } from '../../src/data/bundled.js';
import {
  FACETS,
  facetValues,
  filterInitiatives,
  indexInitiatives,
  type Facet,
  type InitiativeFilter,
  type InitiativeItem,
} from '../../src/model/initiatives.js';
import { flattenGroups, groupItems } from '../../src/model/initiative-view.js';
import { queryVariants } from '../../src/model/text.js';
import { validateCollection } from '../../src/schema/validate.js';
import { syntheticPlans } from '../fixtures/synthetic.js';

/** The definition, written plainly. */
function reference(items: readonly InitiativeItem[], filter: InitiativeFilter) {
  const variants = filter.query ? queryVariants(filter.query) : [];
  const matchesQuery = (item: InitiativeItem) =>
    variants.length === 0 ||
    variants[0] === '' ||
    variants.some((v) => v.split(/\s+/).every((w) => item.haystack.includes(w)));
  const passes = (item: InitiativeItem, f: Facet) => {
    const sel = filter[f] as readonly string[] | undefined;
    return !sel || sel.length === 0 || sel.some((s) => facetValues(item, f).includes(s));
  };
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const out: InitiativeItem[] = [];
  // a measure printed twice (sameAs: the same `group`) counts once per facet value
  const seen = new Set<string>();
  for (const item of items) {
    if (!matchesQuery(item)) continue;
    if (FACETS.every((f) => passes(item, f))) out.push(item);
    for (const f of FACETS) {
      if (FACETS.every((g) => g === f || passes(item, g)))
        for (const v of facetValues(item, f)) {
          const key = `${f}|${v}|${item.group ?? item.key}`;
          if (seen.has(key)) continue;
          seen.add(key);
          counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
        }
    }
  }
  return { items: out, counts };
}

const seed = indexInitiatives(bundledCollection().plans);
const synthetic = indexInitiatives(
  validateCollection(syntheticPlans({ municipalities: 6, initiatives: 30, indicators: 2, seed: 4 })).plans,
);

function filters(items: readonly InitiativeItem[]) {
  const valuesOf = (f: Facet) => [...new Set(items.flatMap((i) => facetValues(i, f)))];
  const pick = (f: Facet) => fc.option(fc.subarray([...valuesOf(f), 'no-such-value']), { nil: undefined });
  const words = ['unge', 'aeldre', 'ældre', 'rådgivning', 'Ishoj', 'skole', 'behandling', 'x', '  ', 'alkohol hash'];
  return fc.record({
    query: fc.option(fc.constantFrom(...words), { nil: undefined }),
    plan: pick('plan'),
    theme: pick('theme'),
    targetGroup: pick('targetGroup'),
    kind: pick('kind'),
    status: pick('status'),
  }) as fc.Arbitrary<InitiativeFilter>;
}

const plain = (r: { items: InitiativeItem[]; counts: Record<Facet, Map<string, number>> }) => ({
  items: r.items.map((i) => i.key),
  counts: Object.fromEntries(FACETS.map((f) => [f, [...r.counts[f]].sort(([a], [b]) => a.localeCompare(b))])),
});

for (const [name, items] of [
  ['seed plans', seed],
  ['synthetic plans', synthetic],
] as const) {
  test(`filterInitiatives gives the items and facet counts of the definition (${name}, generated filters)`, () => {
    fc.assert(
      fc.property(filters(items), (filter) =>
        assert.deepEqual(plain(filterInitiatives(items, filter)), plain(reference(items, filter))),
      ),
      { seed: 2026, numRuns: 300 },
    );
  });
}

test('filterInitiatives also works for items built without precomputed facet values', () => {
  const bare = seed.map((i) => ({ ...i, facets: [] }));
  const filter: InitiativeFilter = { query: 'unge', status: ['existing', 'planned'] };
  assert.deepEqual(plain(filterInitiatives(bare, filter)), plain(reference(seed, filter)));
});

test('flattening the groups again reuses the item rows (same objects, same keys)', () => {
  const a = flattenGroups(groupItems(filterInitiatives(seed, {}).items, 'theme', bundledCollection().plans));
  const b = flattenGroups(
    groupItems(filterInitiatives(seed, { query: 'unge' }).items, 'theme', bundledCollection().plans),
  );
  const byKey = new Map(a.map((r) => [r.key, r]));
  const items = b.filter((r) => r.type === 'item');
  assert.ok(items.length > 0);
  for (const r of items) assert.equal(byKey.get(r.key), r);
});

test('typing and deleting letters (each query narrowing or widening the last) gives the same results as each query alone', () => {
  const keys = fc.array(fc.constantFrom('r', 'å', 'd', 'g', 'i', 'v', 'n', 'o', 'e', 'ø', ' ', 'u', 'BACK', 'CLEAR'), {
    minLength: 1,
    maxLength: 25,
  });
  fc.assert(
    fc.property(
      keys,
      fc.option(fc.constantFrom<readonly string[]>(['existing'], ['planned', 'unknown']), { nil: undefined }),
      (presses, status) => {
        const items = indexInitiatives(
          validateCollection(syntheticPlans({ municipalities: 4, initiatives: 25, indicators: 0, seed: 9 })).plans,
        );
        let query = '';
        for (const key of presses) {
          query = key === 'BACK' ? query.slice(0, -1) : key === 'CLEAR' ? '' : query + key;
          const filter: InitiativeFilter = { query, ...(status ? { status } : {}) };
          assert.deepEqual(
            plain(filterInitiatives(items, filter)),
            plain(reference(items, filter)),
            JSON.stringify(query),
          );
        }
      },
    ),
    { seed: 7, numRuns: 200 },
  );
});

test('a letter every item has gives back the same result object (nothing to regroup); a narrowing letter a new one', () => {
  const items = indexInitiatives(
    validateCollection(syntheticPlans({ municipalities: 3, initiatives: 10, indicators: 0, seed: 2 })).plans,
  );
  assert.ok(
    items.every((i) => i.haystack.includes('spor')),
    'every synthetic item is in a track named "Spor …"',
  );
  const all = filterInitiatives(items, {});
  assert.equal(filterInitiatives(items, { query: 's' }), all);
  assert.equal(filterInitiatives(items, { query: 'sp' }), all);
  const narrowed = filterInitiatives(items, { query: 'spor 1' });
  assert.notEqual(narrowed, all);
  assert.deepEqual(plain(narrowed), plain(reference(items, { query: 'spor 1' })));
  assert.notEqual(
    filterInitiatives(items, { query: 'sp', status: ['existing'] }),
    all,
    'other facet choices: a new result',
  );
});

test('"with a caveat" keeps exactly the initiatives a flag of their plan targets, and combines with the other filters', () => {
  const { plans } = validateCollection(bundledCollection().plans);
  const items = indexInitiatives(plans);
  // From the data: the initiative ids each plan's flags point at.
  const flagged = new Set(
    plans.flatMap((p) =>
      (p.flags ?? []).filter((f) => f.target.startsWith('initiatives/')).map((f) => `${p.id}/${f.target.slice(12)}`),
    ),
  );
  const { items: out, counts } = filterInitiatives(items, { caveat: ['with'] });
  assert.deepEqual(new Set(out.map((i) => i.key)), flagged);
  assert.ok(flagged.size > 30, `flagged initiatives: ${flagged.size}`);
  // The switch counts distinct measures: a measure printed twice (sameAs) whose printings are both flagged counts once.
  const distinct = (keys: Iterable<string>) =>
    new Set([...keys].map((k) => items.find((i) => i.key === k)!).map((i) => i.group ?? i.key)).size;
  assert.equal(counts.caveat.get('with'), distinct(flagged));
  const randers = filterInitiatives(items, { caveat: ['with'], plan: ['randers-2017-2020'] }).items;
  assert.deepEqual(
    randers.map((i) => i.key),
    [...flagged]
      .filter((k) => k.startsWith('randers-2017-2020/'))
      .sort((a, b) => items.findIndex((i) => i.key === a) - items.findIndex((i) => i.key === b)),
  );
  // Counted with the other filters applied: the switch's count under a plan filter is that plan's flagged initiatives.
  assert.equal(
    filterInitiatives(items, { plan: ['randers-2017-2020'] }).counts.caveat.get('with'),
    distinct(randers.map((i) => i.key)),
  );
});
