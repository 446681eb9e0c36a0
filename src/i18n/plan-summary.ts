import type { Table } from './index.js';

export const STRINGS: Table<{
  visions: string;
  values: string;
  guidingMarks: string;
  legalBasis: string;
  relations: string;
  relationTypes: Record<string, string>;
  targetGroups: string;
  flags: (n: number) => string;
}> = {
  da: {
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
    },
    targetGroups: 'Målgrupper',
    flags: (n) => `${n} ${n === 1 ? 'forbehold' : 'forbehold'} ved kilden`,
  },
  en: {
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
    },
    targetGroups: 'Target groups',
    flags: (n) => `${n} source ${n === 1 ? 'caveat' : 'caveats'}`,
  },
};
