/**
 * Story fixtures for the figures and the theme comparison (not real data): synthetic plans that carry
 * the seed plans' statistics in turn, and a seed plan whose texts are long Danish compound words.
 */
import type { Plan } from '../src/schema/plan.js';
import { bundledCollection } from '../src/data/bundled.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';

const seed = () => bundledCollection().plans;

/** `n` synthetic plans, each given the statistics of one seed plan in turn (labelled as a copy). */
export function manyPlansWithFigures(n = 12): Plan[] {
  const sources = seed().filter((p) => p.statistics?.length);
  return syntheticPlans({ municipalities: n, initiatives: 12, indicators: 2 }).map((p, i) => ({
    ...p,
    statistics: structuredClone(sources[i % sources.length]!.statistics),
  }));
}

const LONG = [
  'Rusmiddelbehandlingsgarantiopfølgningsundersøgelsesresultater',
  'Alkoholforebyggelsesindsatskoordineringsarbejdsgruppemødereferater',
  'Ungdomsuddannelsesinstitutionssamarbejdsaftalegennemførelsesplan',
];

/** Randers 2017–2020 with long compound words in its figures' and initiatives' labels. */
export function longWordsPlan(): Plan {
  const p = structuredClone(seed().find((x) => x.id === 'randers-2017-2020')!);
  p.statistics = p.statistics?.map((s, i) => ({ ...s, label: `${LONG[i % 3]} ${s.label}` }));
  p.initiatives = p.initiatives.map((x, i) => ({ ...x, title: `${LONG[i % 3]}: ${x.title}` }));
  p.tracks = p.tracks.map((t, i) => ({ ...t, label: `${LONG[(i + 1) % 3]} ${t.label}` }));
  return p;
}

/** A seed plan without statistics. */
export function planWithoutFigures(): Plan {
  const p = structuredClone(seed().find((x) => x.id === 'aalborg-2016-2019-status')!);
  delete p.statistics;
  return p;
}
