/** UI strings of <plan-initiative-list>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';

export interface InitiativeListStrings {
  searchLabel: string;
  filters: string;
  filtersActive: (n: number) => string;
  clearFilters: string;
  showing: (shown: string, total: string, total_n: number) => string;
  groupBy: string;
  groupByOptions: { theme: string; plan: string; none: string };
  groupByThemeNote: string;
  facetLegends: { plan: string; theme: string; targetGroup: string; kind: string; status: string };
  kinds: { offer: string; strategy: string; focus: string; approach: string; none: string };
  statuses: { existing: string; planned: string; 'future-focus': string; completed: string; unknown: string };
  showAll: (n: string) => string;
  showFewer: string;
  selectionChip: (plan: string, theme: string) => string;
  removeSelection: string;
  noResults: string;
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
  citation: string;
  copyCitation: string;
  copied: string;
  copyFailed: string;
  download: string;
  downloadItem: (format: 'csv' | 'json') => { label: string; name: string };
  downloaded: (file: string, rows: number) => string;
  fileBase: string;
}

export const STRINGS: Table<InitiativeListStrings> = {
  da: {
    searchLabel: 'Søg i indsatser',
    filters: 'Filtre',
    filtersActive: (n) => (n === 1 ? '1 valgt' : `${n} valgt`),
    clearFilters: 'Nulstil filtre',
    showing: (shown, total, n) => `Viser ${shown} af ${total} ${n === 1 ? 'indsats' : 'indsatser'}`,
    groupBy: 'Gruppér efter',
    groupByOptions: { theme: 'Tema', plan: 'Plan', none: 'Ingen gruppering' },
    groupByThemeNote: 'En indsats med flere temaer står under hvert af sine temaer.',
    facetLegends: { plan: 'Plan', theme: 'Tema', targetGroup: 'Målgruppe', kind: 'Type', status: 'Status' },
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
    noneInGroup: 'Ingen indsatser her.',
    groupCount: (n, shown) => `${shown} ${n === 1 ? 'indsats' : 'indsatser'}`,
    status: 'Status',
    kind: 'Type',
    targetGroups: 'Målgruppe',
    ages: (min, max) =>
      min !== undefined && max !== undefined ? `${min}–${max} år` : min !== undefined ? `${min}+ år` : `op til ${max} år`,
    themes: 'Temaer',
    policyGoal: 'Mål i rusmiddelpolitikken',
    source: 'Kilde',
    document: 'Dokument',
    section: 'Afsnit',
    citation: 'Kildehenvisning',
    copyCitation: 'Kopiér kildehenvisning',
    copied: 'Kopieret',
    copyFailed: 'Kunne ikke kopiere. Markér kildehenvisningen og kopiér den selv.',
    download: 'Hent data',
    downloadItem: (format) =>
      format === 'csv'
        ? { label: 'CSV (regneark)', name: 'Hent de viste indsatser som CSV (regneark)' }
        : { label: 'JSON', name: 'Hent de viste indsatser som JSON' },
    downloaded: (file, rows) => `Hentet: ${file} (${rows} ${rows === 1 ? 'indsats' : 'indsatser'})`,
    fileBase: 'rusmiddelplaner-indsatser',
  },
  en: {
    searchLabel: 'Search initiatives',
    filters: 'Filters',
    filtersActive: (n) => `${n} selected`,
    clearFilters: 'Clear filters',
    showing: (shown, total, n) => `Showing ${shown} of ${total} ${n === 1 ? 'initiative' : 'initiatives'}`,
    groupBy: 'Group by',
    groupByOptions: { theme: 'Theme', plan: 'Plan', none: 'No grouping' },
    groupByThemeNote: 'An initiative with several themes is listed under each of its themes.',
    facetLegends: { plan: 'Plan', theme: 'Theme', targetGroup: 'Target group', kind: 'Kind', status: 'Status' },
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
    noneInGroup: 'No initiatives here.',
    groupCount: (n, shown) => `${shown} ${n === 1 ? 'initiative' : 'initiatives'}`,
    status: 'Status',
    kind: 'Kind',
    targetGroups: 'Target group',
    ages: (min, max) =>
      min !== undefined && max !== undefined ? `ages ${min}–${max}` : min !== undefined ? `ages ${min}+` : `up to age ${max}`,
    themes: 'Themes',
    policyGoal: 'Policy goal',
    source: 'Source',
    document: 'Document',
    section: 'Section',
    citation: 'Citation',
    copyCitation: 'Copy citation',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the citation and copy it yourself.',
    download: 'Download',
    downloadItem: (format) =>
      format === 'csv'
        ? { label: 'CSV (spreadsheet)', name: 'Download the initiatives shown as CSV (spreadsheet)' }
        : { label: 'JSON', name: 'Download the initiatives shown as JSON' },
    downloaded: (file, rows) => `Downloaded: ${file} (${rows} ${rows === 1 ? 'initiative' : 'initiatives'})`,
    fileBase: 'substance-use-plans-initiatives',
  },
};
