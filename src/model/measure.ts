/**
 * How an indicator measures, in words: its unit, with what a rate is per ("pr. 1.000 indbyggere"),
 * and the note a chart shows when one comparable key joins figures that do not measure alike
 * ("Ikke sammenlignelige: personer vs. pr. 1.000 indbyggere"). Pure; no DOM.
 */
import { formatNumber, UNIT_NAMES, type Lang, type Table } from '../i18n/index.js';
import type { Indicator } from '../schema/plan.js';

const WORDS: Table<{
  per: string;
  rateNoDenominator: string;
  scope: Record<Indicator['scope'], string>;
  notComparable: string;
  vs: string;
}> = {
  da: {
    per: 'pr.',
    rateNoDenominator: 'rate (nævner ikke oplyst)',
    scope: { municipal: 'kommunalt', regional: 'regionalt', national: 'landsplan' },
    notComparable: 'Ikke sammenlignelige',
    vs: 'vs.',
  },
  en: {
    per: 'per',
    rateNoDenominator: 'rate (denominator not stated)',
    scope: { municipal: 'municipal', regional: 'regional', national: 'national' },
    notComparable: 'Not comparable',
    vs: 'vs',
  },
};

type Measure = Pick<Indicator, 'unit' | 'denominator' | 'scope'>;

/** "personer", "procent", "pr. 1.000 indbyggere", "rate (nævner ikke oplyst)". */
export function unitLabel(m: Pick<Indicator, 'unit' | 'denominator'>, lang: Lang): string {
  const w = WORDS[lang];
  if (m.unit === 'rate')
    return m.denominator
      ? `${w.per} ${formatNumber(m.denominator.per, lang)} ${m.denominator.of}`
      : w.rateNoDenominator;
  return UNIT_NAMES[lang][m.unit] ?? m.unit;
}

/** The unit in words, with the scope when `withScope`: "personer (landsplan)". */
export function measureLabel(m: Measure, lang: Lang, withScope = false): string {
  const unit = unitLabel(m, lang);
  return withScope ? `${unit} (${WORDS[lang].scope[m.scope]})` : unit;
}

/**
 * "Ikke sammenlignelige: personer vs. pr. 1.000 indbyggere": the note for figures under one key that
 * measure differently. The scope is named when the units alone do not tell them apart; `names` (say, the
 * plans of each) follow each measure in brackets.
 */
export function notComparableNote(measures: readonly Measure[], lang: Lang, names?: readonly string[]): string {
  const w = WORDS[lang];
  const units = measures.map((m) => unitLabel(m, lang));
  const withScope = new Set(units).size < units.length;
  const labels = measures.map((m, i) => measureLabel(m, lang, withScope) + (names?.[i] ? ` (${names[i]})` : ''));
  return `${w.notComparable}: ${labels.join(` ${w.vs} `)}`;
}
