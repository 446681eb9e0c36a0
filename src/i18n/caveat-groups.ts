/** UI strings of the summary's list of a plan's source caveats: group names, parts of a plan. */
import type { Table } from './index.js';
import type { CaveatKind } from '../model/caveats.js';

export interface CaveatGroupStrings {
  /** The heading of a plan's caveats. */
  planCaveats: string;
  /** The name of each group, by what its caveats concern. */
  groups: Record<CaveatKind, string>;
  /** Names of the parts of a plan, for caveats about a part as a whole or a field. */
  parts: Record<string, string>;
  /** A target that points at nothing, shown at plan level. */
  unresolved: (target: string) => string;
}

export const STRINGS: Table<CaveatGroupStrings> = {
  da: {
    planCaveats: 'Forbehold ved kilden',
    groups: {
      plan: 'Planen',
      field: 'Dokumentet',
      section: 'Dele af planen',
      initiative: 'Indsatser',
      track: 'Spor og fokusområder',
      statistic: 'Statistikker',
      'statistic-row': 'Rækker i statistikker',
      indicator: 'Indikatorer',
      'indicator-value': 'Værdier af indikatorer',
      relation: 'Sammenhæng med andre dokumenter',
      'target-group': 'Målgrupper',
      'status-update': 'Statusopdateringer',
      'legal-basis': 'Lovgrundlag',
      vision: 'Visioner',
      value: 'Værdier',
      'guiding-mark': 'Pejlemærker',
    },
    parts: {
      source: 'Kildedokumentet',
      adoption: 'Vedtagelse',
      period: 'Periode',
      municipalities: 'Kommuner',
      purpose: 'Formål',
      signatories: 'Underskrivere',
      initiatives: 'Indsatserne',
      tracks: 'Sporene og fokusområderne',
      statistics: 'Statistikkerne',
      indicators: 'Indikatorerne',
      targetGroups: 'Målgrupperne',
      statusUpdates: 'Statusopdateringerne',
      legalBasis: 'Lovgrundlaget',
      relations: 'Sammenhængen med andre dokumenter',
      visions: 'Visionerne',
      values: 'Værdierne',
      guidingMarks: 'Pejlemærkerne',
    },
    unresolved: (target) => `Henviser til "${target}", som ikke findes i planen`,
  },
  en: {
    planCaveats: 'Caveats about the source',
    groups: {
      plan: 'The plan',
      field: 'The document',
      section: 'Parts of the plan',
      initiative: 'Initiatives',
      track: 'Tracks and focus areas',
      statistic: 'Statistics',
      'statistic-row': 'Rows of statistics',
      indicator: 'Indicators',
      'indicator-value': 'Values of indicators',
      relation: 'Relations to other documents',
      'target-group': 'Target groups',
      'status-update': 'Status updates',
      'legal-basis': 'Legal basis',
      vision: 'Visions',
      value: 'Values',
      'guiding-mark': 'Guiding marks',
    },
    parts: {
      source: 'The source document',
      adoption: 'Adoption',
      period: 'Period',
      municipalities: 'Municipalities',
      purpose: 'Purpose',
      signatories: 'Signatories',
      initiatives: 'The initiatives',
      tracks: 'The tracks and focus areas',
      statistics: 'The statistics',
      indicators: 'The indicators',
      targetGroups: 'The target groups',
      statusUpdates: 'The status updates',
      legalBasis: 'The legal basis',
      relations: 'The relations to other documents',
      visions: 'The visions',
      values: 'The values',
      guidingMarks: 'The guiding marks',
    },
    unresolved: (target) => `Refers to "${target}", which the plan does not have`,
  },
};
