/** UI strings of <plan-summary>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';
import type { Plan } from '../schema/plan.js';

export interface SummaryStrings {
  period: string;
  kind: string;
  adopted: string;
  tracks: string;
  initiativesCount: (n: number, shown: string) => string;
  planKinds: Record<Plan['kind'], string>;
  countsLabel: string;
  counts: (initiatives: number, indicators: number, statistics: number) => string;
  /** Said after the count when the plan prints some measures twice (distinct measures vs printed rows). */
  printedTwice: (printed: number, twice: number) => string;
  visions: string;
  values: string;
  guidingMarks: string;
  legalBasis: string;
  relations: string;
  relationTypes: Record<string, string>;
  targetGroups: string;
  flags: (n: number) => string;
}

export const STRINGS: Table<SummaryStrings> = {
  da: {
    period: 'Periode',
    kind: 'Type',
    adopted: 'Vedtaget',
    tracks: 'Spor og fokusområder',
    initiativesCount: (n, shown) => `${shown} ${n === 1 ? 'indsats' : 'indsatser'}`,
    planKinds: {
      policy: 'Politik',
      'action-plan': 'Handleplan',
      strategy: 'Strategi',
      plan: 'Plan',
      'status-report': 'Statusrapport',
    },
    countsLabel: 'Indhold',
    counts: (i, ind, s) => `${i} indsatser · ${ind} indikatorer · ${s} statistikker`,
    printedTwice: (p, t) => `Planen trykker ${p} indsatser; ${t} af dem står to steder og tælles én gang.`,
    visions: 'Visioner',
    values: 'Værdier',
    guidingMarks: 'Pejlemærker',
    legalBasis: 'Lovgrundlag',
    relations: 'Sammenhæng med andre dokumenter',
    relationTypes: {
      supersedes: 'Afløser',
      'superseded-by': 'Afløses af',
      'reports-on': 'Status på',
      implements: 'Udmønter',
      'builds-on': 'Bygger på',
      'part-of': 'Del af',
      'reported-by': 'Status gjort i',
      'implemented-by': 'Udmøntes i',
      'built-on-by': 'Videreføres i',
      'has-part': 'Omfatter',
      'related-to': 'Hænger sammen med',
    },
    targetGroups: 'Målgrupper',
    flags: (n) => `${n} ${n === 1 ? 'forbehold' : 'forbehold'} ved kilden`,
  },
  en: {
    period: 'Period',
    kind: 'Kind',
    adopted: 'Adopted',
    tracks: 'Tracks and focus areas',
    initiativesCount: (n, shown) => `${shown} ${n === 1 ? 'initiative' : 'initiatives'}`,
    planKinds: {
      policy: 'Policy',
      'action-plan': 'Action plan',
      strategy: 'Strategy',
      plan: 'Plan',
      'status-report': 'Status report',
    },
    countsLabel: 'Contents',
    counts: (i, ind, s) => `${i} initiatives · ${ind} indicators · ${s} statistics`,
    printedTwice: (p, t) => `The plan prints ${p} initiatives; ${t} of them stand in two places and count once.`,
    visions: 'Visions',
    values: 'Values',
    guidingMarks: 'Guiding marks',
    legalBasis: 'Legal basis',
    relations: 'Related documents',
    relationTypes: {
      supersedes: 'Supersedes',
      'superseded-by': 'Superseded by',
      'reports-on': 'Reports on',
      implements: 'Implements',
      'builds-on': 'Builds on',
      'part-of': 'Part of',
      'reported-by': 'Reported on in',
      'implemented-by': 'Implemented by',
      'built-on-by': 'Built on by',
      'has-part': 'Includes',
      'related-to': 'Related to',
    },
    targetGroups: 'Target groups',
    flags: (n) => `${n} source ${n === 1 ? 'caveat' : 'caveats'}`,
  },
};
