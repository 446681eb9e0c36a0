/** UI strings of <plan-comparison>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';

export interface ComparisonStrings {
  title: string;
  picker: string;
  pickerHint: string;
  selected: (n: number, of: number) => string;
  all: string;
  none: string;
  sections: {
    summaries: string;
    matrix: string;
    themes: string;
    targets: string;
    figures: string;
    initiatives: string;
    differences: string;
    evolution: string;
  };
  contents: string;
  /** A section that has not rendered yet (it renders when scrolled near, or a moment after load). */
  pending: string;
  /** Said (politely) when a matrix cell opens the theme view. */
  themeOpened: (theme: string, plan: string) => string;
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
  /** The plans of the view were given to the element (not loaded from a file): where they must live. */
  embedDataHint: (file: string) => string;
  downloadData: (file: string) => string;
  /** Ids in `plans` that name no loaded plan. */
  unknownPlans: (ids: string[]) => string;
}

export const STRINGS: Table<ComparisonStrings> = {
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
      themes: 'Tema for tema',
      targets: 'Målbare mål',
      figures: 'Tal',
      initiatives: 'Indsatser',
      differences: 'Forskelle',
      evolution: 'Udvikling',
    },
    contents: 'Indhold',
    pending: 'Indlæser afsnittet …',
    themeOpened: (t, p) => `Tema for tema viser nu ${t}, med ${p} markeret.`,
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
    embedDataHint: (file) =>
      `Planerne i denne visning er givet til siden og ligger ikke i nogen fil. Hent filen ${file}, og læg den på jeres webserver ved siden af siden: koden læser planerne derfra.`,
    downloadData: (file) => `Hent ${file}`,
    unknownPlans: (ids) =>
      `${ids.length === 1 ? 'Denne plan findes' : 'Disse planer findes'} ikke blandt de indlæste og vises ikke: ${ids.join(', ')}.`,
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
      themes: 'Theme by theme',
      targets: 'Measurable targets',
      figures: 'Figures',
      initiatives: 'Initiatives',
      differences: 'Differences',
      evolution: 'Evolution',
    },
    contents: 'Contents',
    pending: 'Loading this section …',
    themeOpened: (t, p) => `Theme by theme now shows ${t}, with ${p} marked.`,
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
    embedDataHint: (file) =>
      `The plans of this view were given to the page and are in no file. Download ${file} and put it on your web server beside the page: the code reads the plans from there.`,
    downloadData: (file) => `Download ${file}`,
    unknownPlans: (ids) =>
      `${ids.length === 1 ? 'This plan is' : 'These plans are'} not among the loaded plans and ${ids.length === 1 ? 'is' : 'are'} not shown: ${ids.join(', ')}.`,
  },
};
