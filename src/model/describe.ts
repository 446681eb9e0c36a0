/**
 * Plain-language descriptions of indicator series, for the accessible description of a chart and
 * for anyone who reads instead of looks. Pure; no DOM.
 *
 *   "Randers: Effekt behandling stofmisbrug (højere er bedre). Basislinje 43 % (landsplan, 2014).
 *    Mål: 48 % i 2017, 50 % i 2018–2020."
 */
import { formatValue, UNIT_NAMES, type Lang, type Table } from '../i18n/index.js';
import type { Indicator, Plan } from '../schema/plan.js';
import type { Series, SeriesPoint } from './targets.js';
import { municipalityNames, planLabel } from './summary.js';
import { boundedText, type Bounded } from './bounds.js';

interface Phrases {
  in: string;
  baseline: string;
  target: (n: number) => string;
  actual: string;
  scope: Record<Indicator['scope'], string>;
  direction: Record<Indicator['direction'], string>;
  none: string;
}

const PHRASES: Table<Phrases> = {
  da: {
    in: 'i',
    baseline: 'Basislinje',
    target: () => 'Mål',
    actual: 'Faktisk',
    scope: { municipal: 'kommunal', regional: 'regional', national: 'landsplan' },
    direction: { 'higher-is-better': 'højere er bedre', 'lower-is-better': 'lavere er bedre', neutral: '' },
    none: 'Ingen værdier.',
  },
  en: {
    in: 'in',
    baseline: 'Baseline',
    target: (n) => (n === 1 ? 'Target' : 'Targets'),
    actual: 'Actual',
    scope: { municipal: 'municipal', regional: 'regional', national: 'national' },
    direction: { 'higher-is-better': 'higher is better', 'lower-is-better': 'lower is better', neutral: '' },
    none: 'No values.',
  },
};

/** Units whose number reads better with the unit's name after it ("622 personer"). */
const NAMED_UNITS = new Set(['persons', 'families']);

/** A value with its unit in the active language: `43 %`, `622 personer`, `4,3`, `7.864.230 kr.`. */
export function valueWithUnit(value: number, unit: string, lang: Lang): string {
  const text = formatValue(value, unit, lang);
  return NAMED_UNITS.has(unit) ? `${text} ${UNIT_NAMES[lang][unit]}` : text;
}

/** One point's value as shown to a reader: `43 %`, `ca. 40 %` for an approximate value, `mindst 20 %`, `20 %–25 %`. */
export function pointValue(point: Bounded, unit: string, lang: Lang, withUnit = false): string {
  return boundedText(point, (n) => (withUnit ? valueWithUnit(n, unit, lang) : formatValue(n, unit, lang)), lang);
}

/** "2018–2020" for a run, "2017" for one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

export interface ValueRun {
  from: number;
  to: number;
  value: number;
  approximate: boolean;
}

/** Consecutive years with the same value collapsed into runs (points must be in year order). */
export function valueRuns(points: readonly Pick<SeriesPoint, 'year' | 'value' | 'approximate'>[]): ValueRun[] {
  const runs: ValueRun[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.value === p.value && last.approximate === p.approximate && p.year === last.to + 1)
      last.to = p.year;
    else runs.push({ from: p.year, to: p.year, value: p.value, approximate: p.approximate });
  }
  return runs;
}

/** How a plan is called in a chart: its municipalities, plus its period when another plan in `all` has the same municipalities. */
export function seriesName(plan: Plan, all: readonly Plan[], lang: Lang): string {
  const name = municipalityNames(plan, lang);
  const ambiguous = all.some((o) => o.id !== plan.id && municipalityNames(o, lang) === name);
  return ambiguous ? planLabel(plan, lang) : name;
}

/** The description of one series: plan, indicator, direction, baseline(s), targets and actual values. */
export function describeSeries(s: Series, lang: Lang, name = seriesName(s.plan, [s.plan], lang)): string {
  const ph = PHRASES[lang];
  const unit = s.indicator.unit;
  const direction = ph.direction[s.indicator.direction];
  const parts = [`${name}: ${s.indicator.label}${direction ? ` (${direction})` : ''}.`];
  const of = (kind: SeriesPoint['kind']) => s.points.filter((p) => p.kind === kind);

  const baselines = of('baseline');
  if (baselines.length) {
    const items = baselines.map((p) => {
      const scope = p.scope !== s.indicator.scope || p.scope !== 'municipal' ? `${ph.scope[p.scope]}, ` : '';
      return `${pointValue(p, unit, lang, true)} (${scope}${p.year})`;
    });
    parts.push(`${ph.baseline} ${items.join(', ')}.`);
  }
  for (const kind of ['target', 'actual'] as const) {
    const points = of(kind);
    if (!points.length) continue;
    const runs = valueRuns(points).map((r) => `${pointValue(r, unit, lang, true)} ${ph.in} ${yearSpan(r.from, r.to)}`);
    parts.push(`${kind === 'target' ? ph.target(points.length) : ph.actual}: ${runs.join(', ')}.`);
  }
  if (!s.points.length) parts.push(ph.none);
  return parts.join(' ');
}

/** The description of several series of one indicator (one per plan), each named so that plans are told apart. */
export function describeGroup(all: readonly Series[], lang: Lang): string {
  const plans = all.map((s) => s.plan);
  return all.map((s) => describeSeries(s, lang, seriesName(s.plan, plans, lang))).join(' ');
}
