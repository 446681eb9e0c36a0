import type { Table } from './index.js';

export interface MatrixStrings {
  caption: string;
  /** Name of the table's scrolling box (while it scrolls). */
  region: string;
  /** The visible hint on how the keyboard moves in the table. */
  keyHint: string;
  themeColumn: string;
  legendTitle: string;
  levels: { none: string; unknown: string; ambition: string; initiatives: string; target: string };
  legendText: { none: string; unknown: string; ambition: string; initiatives: string; target: string };
  /** "12 indsatser" (the number already formatted). */
  initiatives: (n: number, shown: string) => string;
  /** "Målbart mål" / "2 målbare mål". */
  targets: (n: number, shown: string) => string;
  /** Visually hidden context after the cell text: ", Unge, Randers 2017–2020". */
  cellContext: (theme: string, plan: string) => string;
  hiddenRows: (n: number) => string;
  noRows: string;
  tracksIn: string;
  detailsTitle: (plan: string, theme: string) => string;
  detailsLevel: string;
  detailsTracks: string;
  detailsNoTracks: string;
  detailsInitiatives: string;
  detailsMentions: string;
  detailsMentionsText: (n: number, shown: string) => string;
  detailsTargets: string;
  detailsNoTargets: string;
  /** One target value: "50 % (2018)". */
  targetValue: (year: number, value: string) => string;
  /** "mål: 48 % (2017), 50 % (2018)". */
  targetList: (n: number, values: string) => string;
  clear: string;
  announceSelect: (plan: string, theme: string) => string;
  announceClear: string;
}

export const STRINGS: Table<MatrixStrings> = {
  da: {
    caption: 'Temadækning: hvilke af de fælles temaer hver plan dækker, og hvor stærkt',
    region: 'Temadækning pr. plan (kan rulles)',
    keyHint:
      'Tab går til tabellen; piletasterne flytter mellem felterne, Enter eller mellemrum viser et felts detaljer.',
    themeColumn: 'Tema',
    legendTitle: 'Sådan læses tabellen',
    levels: {
      none: 'Ikke dækket',
      unknown: 'Ukendt',
      ambition: 'Nævnt i mål/ambition',
      initiatives: 'Indsatser',
      target: 'Målbart mål',
    },
    legendText: {
      none: 'planen nævner ikke temaet',
      unknown: 'en del af planen, der kunne handle om temaet, mangler i den tekst, vi har',
      ambition: 'temaet står i planens spor, visioner eller mål, men ingen indsats er knyttet til det',
      initiatives: 'antal indsatser i planen, der handler om temaet',
      target: 'planen har mindst én indikator med en målværdi for temaet',
    },
    initiatives: (n, shown) => `${shown} ${n === 1 ? 'indsats' : 'indsatser'}`,
    targets: (n, shown) => (n === 1 ? 'Målbart mål' : `${shown} målbare mål`),
    cellContext: (theme, plan) => `, ${theme}, ${plan}`,
    hiddenRows: (n) => `${n} ${n === 1 ? 'tema' : 'temaer'}, som ingen af planerne dækker, er skjult.`,
    noRows: 'Ingen af de valgte planer dækker nogen af temaerne.',
    tracksIn: 'Planens spor om temaet',
    detailsTitle: (plan, theme) => `${theme} i ${plan}`,
    detailsLevel: 'Dækning',
    detailsTracks: 'Planens egne spor om temaet',
    detailsNoTracks: 'Intet spor handler om temaet.',
    detailsInitiatives: 'Indsatser om temaet',
    detailsMentions: 'Omtaler',
    detailsMentionsText: (n, shown) =>
      `Nævnt ${shown} ${n === 1 ? 'sted' : 'steder'} i spor, visioner, pejlemærker, lovgrundlag eller status`,
    detailsTargets: 'Indikatorer med mål',
    detailsNoTargets: 'Ingen målbare mål for temaet.',
    targetValue: (year, value) => `${value} (${year})`,
    targetList: (_n, values) => `mål: ${values}`,
    clear: 'Ryd valg',
    announceSelect: (plan, theme) => `Valgt: ${theme} i ${plan}. Detaljer under tabellen.`,
    announceClear: 'Valget er ryddet.',
  },
  en: {
    caption: 'Theme coverage: which of the shared themes each plan covers, and how strongly',
    region: 'Theme coverage by plan (scrollable)',
    keyHint: "Tab goes to the table; the arrow keys move between cells, Enter or Space shows a cell's details.",
    themeColumn: 'Theme',
    legendTitle: 'How to read the table',
    levels: {
      none: 'Not covered',
      unknown: 'Unknown',
      ambition: 'Mentioned in aims',
      initiatives: 'Initiatives',
      target: 'Measurable target',
    },
    legendText: {
      none: 'the plan does not mention the theme',
      unknown: 'a part of the plan that could speak of the theme is missing from the text we have',
      ambition: "the theme appears in the plan's tracks, visions or aims, but no initiative is linked to it",
      initiatives: 'number of initiatives in the plan about the theme',
      target: 'the plan has at least one indicator with a target value for the theme',
    },
    initiatives: (n, shown) => `${shown} ${n === 1 ? 'initiative' : 'initiatives'}`,
    targets: (n, shown) => (n === 1 ? 'Measurable target' : `${shown} measurable targets`),
    cellContext: (theme, plan) => `, ${theme}, ${plan}`,
    hiddenRows: (n) =>
      `${n} ${n === 1 ? 'theme' : 'themes'} that none of the plans cover ${n === 1 ? 'is' : 'are'} hidden.`,
    noRows: 'None of the selected plans covers any of the themes.',
    tracksIn: "The plan's tracks on the theme",
    detailsTitle: (plan, theme) => `${theme} in ${plan}`,
    detailsLevel: 'Coverage',
    detailsTracks: "The plan's own tracks on the theme",
    detailsNoTracks: 'No track is about the theme.',
    detailsInitiatives: 'Initiatives on the theme',
    detailsMentions: 'Mentions',
    detailsMentionsText: (n, shown) =>
      `Mentioned ${shown} ${n === 1 ? 'time' : 'times'} in tracks, visions, guiding marks, legal basis or status`,
    detailsTargets: 'Indicators with targets',
    detailsNoTargets: 'No measurable targets for the theme.',
    targetValue: (year, value) => `${value} (${year})`,
    targetList: (n, values) => `${n === 1 ? 'target' : 'targets'}: ${values}`,
    clear: 'Clear selection',
    announceSelect: (plan, theme) => `Selected: ${theme} in ${plan}. Details below the table.`,
    announceClear: 'Selection cleared.',
  },
};
