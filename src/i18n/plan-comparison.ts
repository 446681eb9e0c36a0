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
  share: string;
  link: string;
  copyLink: string;
  embed: string;
  embedHint: string;
  copyCode: string;
  linkCopied: string;
  codeCopied: string;
  copyFailed: string;
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
    share: 'Del og indlejr',
    link: 'Link til denne visning',
    copyLink: 'Kopiér link',
    embed: 'Indlejringskode',
    embedHint: 'Sæt koden ind på en side i jeres CMS. Den viser de valgte planer, filtre og sprog.',
    copyCode: 'Kopiér kode',
    linkCopied: 'Linket er kopieret.',
    codeCopied: 'Koden er kopieret.',
    copyFailed: 'Kunne ikke kopiere. Markér teksten og kopiér den selv.',
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
    share: 'Share and embed',
    link: 'Link to this view',
    copyLink: 'Copy link',
    embed: 'Embed code',
    embedHint: 'Paste the code into a page of your CMS. It shows the chosen plans, filters and language.',
    copyCode: 'Copy code',
    linkCopied: 'The link was copied.',
    codeCopied: 'The code was copied.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
  },
};
