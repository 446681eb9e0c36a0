/** UI strings of the download menu that the list and the chart share, Danish (default) and English. */
import type { Table } from './index.js';

type Format = 'csv' | 'json' | 'svg' | 'png';

export interface DownloadMenuStrings {
  /** The menu's button. */
  download: string;
  /** Each format as the menu lists it; an item's accessible name is what it downloads, then this. */
  formats: Record<Format, string>;
  /** Said when a file is saved, or could not be made. */
  downloaded: (file: string) => string;
  failed: (file: string) => string;
}

export const STRINGS: Table<DownloadMenuStrings> = {
  da: {
    download: 'Hent data',
    formats: { csv: 'CSV (regneark)', json: 'JSON', svg: 'SVG (vektorgrafik)', png: 'PNG (billede)' },
    downloaded: (file) => `Hentet: ${file}`,
    failed: (file) => `${file} kunne ikke laves.`,
  },
  en: {
    download: 'Download',
    formats: { csv: 'CSV (spreadsheet)', json: 'JSON', svg: 'SVG (vector graphic)', png: 'PNG (image)' },
    downloaded: (file) => `Downloaded: ${file}`,
    failed: (file) => `${file} could not be made.`,
  },
};
