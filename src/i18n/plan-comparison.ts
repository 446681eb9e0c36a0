import type { Table } from './index.js';

export const STRINGS: Table<{
  title: string;
  picker: string;
  pickerHint: string;
  selected: (n: number, of: number) => string;
  all: string;
  none: string;
  sections: { summaries: string; matrix: string; targets: string; initiatives: string; differences: string; evolution: string };
  contents: string;
  noneSelected: string;
}> = {
  da: {
    title: 'Sammenlign rusmiddelplaner',
    picker: 'Vælg planer',
    pickerHint: 'Vælg de planer, du vil sammenligne. Alle afsnit nedenfor følger valget.',
    selected: (n, of) => `${n} af ${of} planer valgt`,
    all: 'Vælg alle',
    none: 'Fravælg alle',
    sections: {
      summaries: 'Planerne',
      matrix: 'Temaer på tværs',
      targets: 'Målbare mål',
      initiatives: 'Indsatser',
      differences: 'Forskelle',
      evolution: 'Udvikling',
    },
    contents: 'Indhold',
    noneSelected: 'Ingen planer valgt. Vælg mindst én plan ovenfor.',
  },
  en: {
    title: 'Compare substance-use plans',
    picker: 'Choose plans',
    pickerHint: 'Choose the plans to compare. Every section below follows the choice.',
    selected: (n, of) => `${n} of ${of} plans selected`,
    all: 'Select all',
    none: 'Clear',
    sections: {
      summaries: 'The plans',
      matrix: 'Themes across plans',
      targets: 'Measurable targets',
      initiatives: 'Initiatives',
      differences: 'Differences',
      evolution: 'Evolution',
    },
    contents: 'Contents',
    noneSelected: 'No plans selected. Choose at least one plan above.',
  },
};
