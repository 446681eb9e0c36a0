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
  chartRegion: (title: string) => string;
  selected: (theme: string) => string;
  quote: (text: string) => string;
  pickedCitation: string;
  /** What a download format gives, before the format's name ("Hent diagrammet som" … "SVG (vektorgrafik)"). */
  downloadWhat: (format: 'csv' | 'json' | 'svg' | 'png') => string;
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
    keyboardHint:
      'Vælg et punkt (peg, tryk eller Tab) for at se værdi og kilde; piletasterne flytter mellem punkterne.',
    points: 'Datapunkter',
    pointLabel: (plan, year, kind, value) => `${plan}, ${year}, ${kind}: ${value}`,
    source: 'Kilde',
    note: 'Note',
    colPlan: 'Plan',
    colYear: 'År',
    colKind: 'Type',
    colValue: 'Værdi',
    colSource: 'Kilde og citat',
    chartRegion: (title) => `Diagram: ${title}`,
    selected: (theme) => `Valgt tema: ${theme}`,
    quote: (text) => `»${text}«`,
    pickedCitation: 'Kildehenvisning til det valgte punkt',
    downloadWhat: (format) =>
      format === 'svg' || format === 'png' ? 'Hent diagrammet som' : 'Hent de viste værdier som',
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
    chartRegion: (title) => `Chart: ${title}`,
    selected: (theme) => `Selected theme: ${theme}`,
    quote: (text) => `“${text}”`,
    pickedCitation: 'Citation of the selected point',
    downloadWhat: (format) =>
      format === 'svg' || format === 'png' ? 'Download the chart as' : 'Download the values shown as',
    fileBase: 'substance-use-plans-targets',
    sheetTitle: 'Targets and results in the substance-use plans',
    credit: (plans) => `Source: ${plans}`,
  },
};
