/** UI strings of <plan-initiative-list>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';

export interface InitiativeListStrings {
  searchLabel: string;
  filters: string;
  filtersActive: (n: number) => string;
  clearFilters: string;
  showing: (shown: string, total: string, total_n: number) => string;
  /** After "showing": some of the measures shown are printed twice in their plan, shown once with both places. */
  distinctShown: (distinct: string, twice: string) => string;
  /** Before the other printing(s) of a measure printed twice in its plan, on its one item. */
  alsoPrinted: string;
  /** The other printing's title, when it differs. */
  alsoTitle: string;
  /** Under the item's title: the title the measure has where the plan prints it again, when it differs. */
  alsoAs: string;
  groupBy: string;
  groupByOptions: { theme: string; plan: string; none: string };
  groupByThemeNote: string;
  facetLegends: { plan: string; theme: string; targetGroup: string; kind: string; status: string; caveat: string };
  kinds: { offer: string; strategy: string; focus: string; approach: string; none: string };
  statuses: { existing: string; planned: string; 'future-focus': string; completed: string; unknown: string };
  showAll: (n: string) => string;
  showFewer: string;
  selectionChip: (plan: string, theme: string) => string;
  removeSelection: string;
  noResults: string;
  /** The chosen plans list no initiative at all (no filter to reset); `byDesign`: they hold aims only. */
  noInitiatives: (plans: number, byDesign: boolean) => string;
  noneInGroup: string;
  groupCount: (n: number, shown: string) => string;
  status: string;
  kind: string;
  targetGroups: string;
  ages: (min?: number, max?: number) => string;
  themes: string;
  policyGoal: string;
  source: string;
  document: string;
  section: string;
  /** What a download gives, before the format's name ("Hent de viste indsatser som" … "CSV (regneark)"). */
  downloadWhat: string;
  fileBase: string;
}

export const STRINGS: Table<InitiativeListStrings> = {
  da: {
    searchLabel: 'Søg i indsatser',
    filters: 'Filtre',
    filtersActive: (n) => (n === 1 ? '1 valgt' : `${n} valgt`),
    clearFilters: 'Nulstil filtre',
    showing: (shown, total, n) => `Viser ${shown} af ${total} ${n === 1 ? 'indsats' : 'indsatser'}`,
    distinctShown: (d, t) =>
      `${t} af de ${d} indsatser står to steder i samme plan; de vises og tælles én gang, med begge steder i kilden.`,
    alsoPrinted: 'Står også i planen her:',
    alsoTitle: 'Titel der',
    alsoAs: 'Står også i planen som:',
    groupBy: 'Gruppér efter',
    groupByOptions: { theme: 'Tema', plan: 'Plan', none: 'Ingen gruppering' },
    groupByThemeNote: 'En indsats med flere temaer står under hvert af sine temaer.',
    facetLegends: {
      plan: 'Plan',
      theme: 'Tema',
      targetGroup: 'Målgruppe',
      kind: 'Type',
      status: 'Status',
      caveat: 'Forbehold',
    },
    kinds: { offer: 'Tilbud', strategy: 'Strategi', focus: 'Fokus', approach: 'Tilgang', none: 'Uden type' },
    statuses: {
      existing: 'Eksisterende',
      planned: 'Planlagt',
      'future-focus': 'Fremtidigt fokus',
      completed: 'Gennemført',
      unknown: 'Ukendt',
    },
    showAll: (n) => `Vis alle ${n}`,
    showFewer: 'Vis færre',
    selectionChip: (plan, theme) => `Valgt i matrix: ${plan} × ${theme}`,
    removeSelection: 'fjern',
    noResults: 'Ingen indsatser passer til søgningen og filtrene.',
    noInitiatives: (n, d) =>
      (n === 1 ? 'Den valgte plan har ingen indsatser.' : 'De valgte planer har ingen indsatser.') +
      (d ? ' Den indeholder mål og visioner, ikke indsatser.' : ''),
    noneInGroup: 'Ingen indsatser her.',
    groupCount: (n, shown) => `${shown} ${n === 1 ? 'indsats' : 'indsatser'}`,
    status: 'Status',
    kind: 'Type',
    targetGroups: 'Målgruppe',
    ages: (min, max) =>
      min !== undefined && max !== undefined
        ? `${min}–${max} år`
        : min !== undefined
          ? `${min}+ år`
          : `op til ${max} år`,
    themes: 'Temaer',
    policyGoal: 'Mål i rusmiddelpolitikken',
    source: 'Kilde',
    document: 'Dokument',
    section: 'Afsnit',
    downloadWhat: 'Hent de viste indsatser som',
    fileBase: 'rusmiddelplaner-indsatser',
  },
  en: {
    searchLabel: 'Search initiatives',
    filters: 'Filters',
    filtersActive: (n) => `${n} selected`,
    clearFilters: 'Clear filters',
    showing: (shown, total, n) => `Showing ${shown} of ${total} ${n === 1 ? 'initiative' : 'initiatives'}`,
    distinctShown: (d, t) =>
      `${t} of the ${d} initiatives stand in two places of the same plan; they are shown and counted once, citing both places.`,
    alsoPrinted: 'Also printed here:',
    alsoTitle: 'Title there',
    alsoAs: 'Also printed as:',
    groupBy: 'Group by',
    groupByOptions: { theme: 'Theme', plan: 'Plan', none: 'No grouping' },
    groupByThemeNote: 'An initiative with several themes is listed under each of its themes.',
    facetLegends: {
      plan: 'Plan',
      theme: 'Theme',
      targetGroup: 'Target group',
      kind: 'Kind',
      status: 'Status',
      caveat: 'Caveats',
    },
    kinds: { offer: 'Offer', strategy: 'Strategy', focus: 'Focus', approach: 'Approach', none: 'Untagged' },
    statuses: {
      existing: 'Existing',
      planned: 'Planned',
      'future-focus': 'Future focus',
      completed: 'Completed',
      unknown: 'Unknown',
    },
    showAll: (n) => `Show all ${n}`,
    showFewer: 'Show fewer',
    selectionChip: (plan, theme) => `Selected in matrix: ${plan} × ${theme}`,
    removeSelection: 'remove',
    noResults: 'No initiatives match the search and filters.',
    noInitiatives: (n, d) =>
      (n === 1 ? 'The chosen plan lists no initiatives.' : 'The chosen plans list no initiatives.') +
      (d ? ' It holds aims and visions, not initiatives.' : ''),
    noneInGroup: 'No initiatives here.',
    groupCount: (n, shown) => `${shown} ${n === 1 ? 'initiative' : 'initiatives'}`,
    status: 'Status',
    kind: 'Kind',
    targetGroups: 'Target group',
    ages: (min, max) =>
      min !== undefined && max !== undefined
        ? `ages ${min}–${max}`
        : min !== undefined
          ? `ages ${min}+`
          : `up to age ${max}`,
    themes: 'Themes',
    policyGoal: 'Policy goal',
    source: 'Source',
    document: 'Document',
    section: 'Section',
    downloadWhat: 'Download the initiatives shown as',
    fileBase: 'substance-use-plans-initiatives',
  },
};
