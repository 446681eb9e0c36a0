/** UI strings of <plan-figures>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';

export interface FiguresStrings {
  title: string;
  intro: (statistics: number, plans: number) => string;
  scopeNote: string;
  none: string;
  /** The visible tag of a figure's scope. */
  scope: { municipal: string; regional: string; national: string };
  /** The scope tag's longer reading, for the legend. */
  scopeLong: { municipal: string; regional: string; national: string };
  alsoThemes: string;
  citedSource: string;
  year: string;
  rowCol: string;
  valueCol: string;
  sourceCol: string;
  reportedTotal: string;
  rowSum: string;
  rowSumNote: string;
  noSum: string;
  totalDiffers: (reported: string, sum: string) => string;
  reprint: (plan: string) => string;
  sharedTitle: string;
  sharedIntro: string;
  sharedMark: string;
  downloadWhat: string;
  fileBase: string;
}

export const STRINGS: Table<FiguresStrings> = {
  da: {
    title: 'Tal i planerne',
    intro: (n, p) =>
      `${n} ${n === 1 ? 'statistik' : 'statistikker'} fra ${p} ${p === 1 ? 'plan' : 'planer'}, ordnet efter tema. Hvert tal står som planen trykker det, med sit citat.`,
    scopeNote:
      'Et landstal er et tal for hele Danmark, som planen citerer – ikke et resultat for kommunen. Det er mærket »Landstal« og har en stiplet kant; kommunale tal har en fuld kant.',
    none: 'De valgte planer rapporterer ingen statistik.',
    scope: { municipal: 'Kommunalt tal', regional: 'Regionalt tal', national: 'Landstal' },
    scopeLong: {
      municipal: 'Tal for kommunen',
      regional: 'Tal for regionen, som planen citerer',
      national: 'Tal for hele landet, som planen citerer',
    },
    alsoThemes: 'Også under',
    citedSource: 'Kilde i planen',
    year: 'År',
    rowCol: 'Række',
    valueCol: 'Tal',
    sourceCol: 'Afsnit og citat',
    reportedTotal: 'Trykt total',
    rowSum: 'Summen af rækkerne',
    rowSumNote: 'beregnet her, ikke trykt',
    noSum: 'Rækkerne er afgrænsede tal (ca., mindst …) eller intervaller og kan ikke lægges sammen.',
    totalDiffers: (r, s) =>
      `Den trykte total (${r}) er ikke summen af rækkerne (${s}). Begge tal er vist, som kilden har dem.`,
    reprint: (p) => `Genoptryk: samme tabel som i ${p}. Tallene er ikke nye tal i denne plan.`,
    sharedTitle: 'Samme landstal i flere planer',
    sharedIntro:
      'Udledt: tal uden for kommunen med samme enhed, samme værdi og samme afgrænsning (ca., knap …) i flere planer. Ordlyden kan variere – læs citaterne.',
    sharedMark: 'Også i andre planer (se »Samme landstal i flere planer«)',
    downloadWhat: 'Hent de viste tal som',
    fileBase: 'rusmiddelplaner-tal',
  },
  en: {
    title: 'Figures in the plans',
    intro: (n, p) =>
      `${n} ${n === 1 ? 'statistic' : 'statistics'} from ${p} ${p === 1 ? 'plan' : 'plans'}, by theme. Each figure as the plan prints it, with its quote.`,
    scopeNote:
      'A national figure is a figure for all of Denmark that the plan cites – not a result of the municipality. It is tagged “National figure” and has a dashed edge; municipal figures have a solid edge.',
    none: 'The selected plans report no statistics.',
    scope: { municipal: 'Municipal figure', regional: 'Regional figure', national: 'National figure' },
    scopeLong: {
      municipal: 'A figure for the municipality',
      regional: 'A figure for the region, cited by the plan',
      national: 'A figure for the whole country, cited by the plan',
    },
    alsoThemes: 'Also under',
    citedSource: 'Source given in the plan',
    year: 'Year',
    rowCol: 'Row',
    valueCol: 'Figure',
    sourceCol: 'Section and quote',
    reportedTotal: 'Printed total',
    rowSum: 'Sum of the rows',
    rowSumNote: 'computed here, not printed',
    noSum: 'The rows are bounded figures (approx., at least …) or ranges and cannot be added up.',
    totalDiffers: (r, s) =>
      `The printed total (${r}) is not the sum of the rows (${s}). Both are shown as the source has them.`,
    reprint: (p) => `Reprint: the same table as in ${p}. These are not new figures of this plan.`,
    sharedTitle: 'The same national figure in several plans',
    sharedIntro:
      'Inferred: figures beyond the municipality with the same unit, value and bound (approx., just under …) in several plans. The wording may differ – read the quotes.',
    sharedMark: 'Also in other plans (see “The same national figure in several plans”)',
    downloadWhat: 'Download the figures shown as',
    fileBase: 'substance-use-plans-figures',
  },
};
