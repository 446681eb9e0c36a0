/** UI strings of <plan-target-chart>, Danish first. Plan content (labels, quotes) is never translated. */
import type { Table } from './index.js';

type Kind = 'baseline' | 'target' | 'actual';
type Scope = 'municipal' | 'regional' | 'national';

export interface TargetChartStrings {
  toggle: string;
  legend: string;
  legendKinds: string;
  legendPlans: string;
  kind: Record<Kind, string>;
  legendKind: Record<Kind, string>;
  legendReference: string;
  legendApprox: string;
  scope: Record<Scope, string>;
  reference: (scope: Scope, year: number, value: string) => string;
  noIndicators: string;
  unknownIndicator: (key: string) => string;
  withoutIndicators: string;
  withoutIndicator: string;
  plansCount: (n: number) => string;
  keyboardHint: string;
  points: string;
  pointLabel: (plan: string, year: number, kind: string, value: string) => string;
  source: string;
  note: string;
  colPlan: string;
  colYear: string;
  colKind: string;
  colValue: string;
  colSource: string;
  tableRegion: (title: string) => string;
  chartRegion: (title: string) => string;
  selected: (theme: string) => string;
  quote: (text: string) => string;
  citation: string;
  pickedCitation: string;
  copyCitation: string;
  copied: string;
  copyFailed: string;
  download: string;
  downloadItem: (format: 'csv' | 'json' | 'svg' | 'png') => { label: string; name: string };
  downloaded: (file: string) => string;
  downloadFailed: (file: string) => string;
  fileBase: string;
  sheetTitle: string;
  credit: (plans: string) => string;
}

export const STRINGS: Table<TargetChartStrings> = {
  da: {
    toggle: 'Vis som tabel',
    legend: 'Signaturforklaring',
    legendKinds: 'Værdityper',
    legendPlans: 'Planer',
    kind: { baseline: 'basislinje', target: 'mål', actual: 'faktisk' },
    legendKind: {
      baseline: 'Basislinje',
      target: 'Mål (stiplet)',
      actual: 'Faktisk (fuld linje)',
    },
    legendReference: 'Landsplan (prikket)',
    legendApprox: 'Omtrentlig værdi (»ca.«, prikket ring)',
    scope: { municipal: 'kommunal', regional: 'regional', national: 'landsplan' },
    reference: (scope, year, value) => `${scope === 'national' ? 'Landsplan' : 'Regionalt'} ${year}: ${value}`,
    noIndicators: 'Ingen målbare mål i de valgte planer.',
    unknownIndicator: (key) => `Indikatoren »${key}« findes ikke i de valgte planer.`,
    withoutIndicators: 'Uden målbare mål',
    withoutIndicator: 'Uden denne indikator',
    plansCount: (n) => `${n} ${n === 1 ? 'plan' : 'planer'}`,
    keyboardHint: 'Vælg et punkt (peg, tryk eller Tab) for at se værdi og kilde; piletasterne flytter mellem punkterne.',
    points: 'Datapunkter',
    pointLabel: (plan, year, kind, value) => `${plan}, ${year}, ${kind}: ${value}`,
    source: 'Kilde',
    note: 'Note',
    colPlan: 'Plan',
    colYear: 'År',
    colKind: 'Type',
    colValue: 'Værdi',
    colSource: 'Kilde og citat',
    tableRegion: (title) => `Tabel: ${title}`,
    chartRegion: (title) => `Diagram: ${title}`,
    selected: (theme) => `Valgt tema: ${theme}`,
    quote: (text) => `»${text}«`,
    citation: 'Kildehenvisning',
    pickedCitation: 'Kildehenvisning til det valgte punkt',
    copyCitation: 'Kopiér kildehenvisning',
    copied: 'Kopieret',
    copyFailed: 'Kunne ikke kopiere. Markér kildehenvisningen og kopiér den selv.',
    download: 'Hent data',
    downloadItem: (format) =>
      ({
        csv: { label: 'CSV (regneark)', name: 'Hent de viste værdier som CSV (regneark)' },
        json: { label: 'JSON', name: 'Hent de viste værdier som JSON' },
        svg: { label: 'SVG (vektorgrafik)', name: 'Hent diagrammet som SVG (vektorgrafik)' },
        png: { label: 'PNG (billede)', name: 'Hent diagrammet som PNG (billede)' },
      })[format],
    downloaded: (file) => `Hentet: ${file}`,
    downloadFailed: (file) => `${file} kunne ikke laves.`,
    fileBase: 'rusmiddelplaner-maal',
    sheetTitle: 'Mål og resultater i rusmiddelplanerne',
    credit: (plans) => `Kilde: ${plans}`,
  },
  en: {
    toggle: 'Show as table',
    legend: 'Legend',
    legendKinds: 'Value types',
    legendPlans: 'Plans',
    kind: { baseline: 'baseline', target: 'target', actual: 'actual' },
    legendKind: {
      baseline: 'Baseline',
      target: 'Target (dashed)',
      actual: 'Actual (solid line)',
    },
    legendReference: 'National (dotted)',
    legendApprox: 'Approximate value (“approx.”, dotted ring)',
    scope: { municipal: 'municipal', regional: 'regional', national: 'national' },
    reference: (scope, year, value) => `${scope === 'national' ? 'National' : 'Regional'} ${year}: ${value}`,
    noIndicators: 'No measurable targets in the selected plans.',
    unknownIndicator: (key) => `The indicator “${key}” is not in the selected plans.`,
    withoutIndicators: 'Without measurable targets',
    withoutIndicator: 'Without this indicator',
    plansCount: (n) => `${n} ${n === 1 ? 'plan' : 'plans'}`,
    keyboardHint: 'Select a point (hover, tap or Tab) to see its value and source; the arrow keys move between points.',
    points: 'Data points',
    pointLabel: (plan, year, kind, value) => `${plan}, ${year}, ${kind}: ${value}`,
    source: 'Source',
    note: 'Note',
    colPlan: 'Plan',
    colYear: 'Year',
    colKind: 'Kind',
    colValue: 'Value',
    colSource: 'Source and quote',
    tableRegion: (title) => `Table: ${title}`,
    chartRegion: (title) => `Chart: ${title}`,
    selected: (theme) => `Selected theme: ${theme}`,
    quote: (text) => `“${text}”`,
    citation: 'Citation',
    pickedCitation: 'Citation of the selected point',
    copyCitation: 'Copy citation',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the citation and copy it yourself.',
    download: 'Download',
    downloadItem: (format) =>
      ({
        csv: { label: 'CSV (spreadsheet)', name: 'Download the values shown as CSV (spreadsheet)' },
        json: { label: 'JSON', name: 'Download the values shown as JSON' },
        svg: { label: 'SVG (vector graphic)', name: 'Download the chart as SVG (vector graphic)' },
        png: { label: 'PNG (image)', name: 'Download the chart as PNG (image)' },
      })[format],
    downloaded: (file) => `Downloaded: ${file}`,
    downloadFailed: (file) => `${file} could not be made.`,
    fileBase: 'substance-use-plans-targets',
    sheetTitle: 'Targets and results in the substance-use plans',
    credit: (plans) => `Source: ${plans}`,
  },
};
