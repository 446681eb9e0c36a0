// The encoded evolution of Aabenraa 2021 → 2022–2024 (links on the 2022–24 initiatives back to 2021):
// every 2021 initiative is carried on (continued or merged) or absent, and an absent one is really
// absent from the 2022–24 source text — its quote and its key words are searched for there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseQuote, quoteInSource, sourceVariants } from '../../src/schema/quotes.js';
import { SEEDS_DIR, SEEDS_PRESENT, readPlan } from './helpers.js';

const before = readPlan('aabenraa-2021');
const after = readPlan('aabenraa-2022-2024');

/**
 * The 2021 initiatives no 2022–24 initiative links to, each with words that would show it if it were
 * there. Chosen by reading both texts: Halvvejshuset (a residence for people who have become free of
 * alcohol and drugs) is gone — 2022–24 names "kontakthuset" where 2021 named Halvvejshuset; SSP's
 * crime-prevention action plan ("kriminalpræventiv handleplan") is gone — the row with the same policy
 * goal now holds the crime-prevention curriculum (Læseplan), which 2021 listed separately.
 */
const ABSENT: Record<string, string[]> = {
  'halvvejshuset-botilbud': ['Halvvejshuset', 'Halvvejshus', 'alkohol- og stoffrihed'],
  'ssp-kriminalpraeventiv-handleplan': ['kriminalpræventiv handleplan', 'kriminalpræventive handleplan'],
};

type Ini = { id: string; sameAs?: string[]; links?: { type: string; planId: string; initiativeId: string }[] };

/** Each 2021 initiative's sameAs group: the same measure printed twice is carried on (or not) as one. */
function groupOf(plan: { initiatives: Ini[] }, id: string): string[] {
  const ini = plan.initiatives.find((i) => i.id === id)!;
  return [id, ...(ini.sameAs ?? [])];
}

const linked = new Map<string, { by: string; type: string }[]>();
for (const ini of after.initiatives as Ini[])
  for (const l of ini.links ?? []) {
    assert.equal(l.planId, 'aabenraa-2021');
    for (const id of groupOf(before, l.initiativeId))
      linked.set(id, [...(linked.get(id) ?? []), { by: ini.id, type: l.type }]);
  }

test('every 2021 initiative is linked from 2022–24 or listed as absent (none both, none neither)', () => {
  const absent = (before.initiatives as Ini[]).filter((i) => !linked.has(i.id)).map((i) => i.id);
  assert.deepEqual(absent.sort(), Object.keys(ABSENT).sort());
});

test('the encoded counts: 25 continued, 9 merges of 19 initiatives, 2 absent (of 48 printed, 46 distinct)', () => {
  const links = (after.initiatives as Ini[]).flatMap((i) => i.links ?? []);
  assert.equal(links.filter((l) => l.type === 'continues').length, 25);
  const merges = (after.initiatives as Ini[]).filter((i) => i.links?.some((l) => l.type === 'merged-from'));
  assert.equal(merges.length, 9);
  assert.equal(links.filter((l) => l.type === 'merged-from').length, 19);
  assert.equal(before.initiatives.length, 48);
  const distinct = new Set((before.initiatives as Ini[]).map((i) => groupOf(before, i.id).sort()[0]));
  assert.equal(distinct.size, 46);
  // one 2021 item is carried on once: no 2021 group is the source of two links
  const sources = links.map((l) => groupOf(before, l.initiativeId).sort()[0]);
  assert.equal(new Set(sources).size, sources.length);
  assert.equal(sources.length + Object.keys(ABSENT).length, 46);
});

test(
  'what is absent is not in the 2022–24 source text (quote and key words searched)',
  { skip: SEEDS_PRESENT ? false : `source texts not found at ${SEEDS_DIR}` },
  () => {
    const variants = sourceVariants(readFileSync(join(SEEDS_DIR, after.source.file), 'utf8'));
    const lower = variants.map((v) => v.toLowerCase());
    for (const [id, words] of Object.entries(ABSENT)) {
      const ini = before.initiatives.find((i: Ini) => i.id === id);
      assert.ok(ini, id);
      assert.ok(!quoteInSource(ini.provenance.quote, variants), `${id}: its 2021 quote is in the 2022–24 text`);
      for (const w of words)
        assert.ok(!lower.some((v) => v.includes(normaliseQuote(w).toLowerCase())), `${id}: "${w}" is in 2022–24`);
    }
    // the search can find: the key words of a carried-on item are there
    assert.ok(lower.some((v) => v.includes('kontakthuset')));
    assert.ok(lower.some((v) => v.includes('kriminalpræventive læseplan')));
  },
);
