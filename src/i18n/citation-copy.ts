/** UI strings of the copy-citation button that the list, the chart and the comparison's views share. */
import type { Table } from './index.js';

export interface CitationCopyStrings {
  citation: string;
  copyCitation: string;
  copied: string;
  copyFailed: string;
}

export const STRINGS: Table<CitationCopyStrings> = {
  da: {
    citation: 'Kildehenvisning',
    copyCitation: 'Kopiér kildehenvisning',
    copied: 'Kopieret',
    copyFailed: 'Kunne ikke kopiere. Markér kildehenvisningen og kopiér den selv.',
  },
  en: {
    citation: 'Citation',
    copyCitation: 'Copy citation',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the citation and copy it yourself.',
  },
};
