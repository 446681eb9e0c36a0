import type { Table } from './index.js';

export const STRINGS: Table<{
  title: (from: string, to: string) => string;
  none: string;
  tracksTitle: string;
  fromCol: (label: string) => string;
  toCol: (label: string) => string;
  changeCol: string;
  changes: Record<'kept' | 'renamed' | 'added' | 'dropped', string>;
  initiativesTitle: string;
  summary: (kept: number, added: number, dropped: number) => string;
  method: string;
  keptList: (n: number) => string;
  addedList: (n: number) => string;
  droppedList: (n: number) => string;
}> = {
  da: {
    title: (from, to) => `Sådan udviklede planen sig: ${from} → ${to}`,
    none: 'Der er ikke to planer fra samme kommune blandt de valgte.',
    tracksTitle: 'Spor og fokusområder',
    fromCol: (l) => `Før (${l})`,
    toCol: (l) => `Efter (${l})`,
    changeCol: 'Ændring',
    changes: { kept: 'Beholdt', renamed: 'Omdøbt', added: 'Nyt', dropped: 'Udgået' },
    initiativesTitle: 'Indsatser',
    summary: (k, a, d) => `${k} indsatser går igen, ${a} er nye, og ${d} er udgået.`,
    method: 'To indsatser regnes for den samme, når mindst halvdelen af ordene i titlerne er fælles. Tjek kilden, før du citerer en ændring.',
    keptList: (n) => `Går igen (${n})`,
    addedList: (n) => `Nye (${n})`,
    droppedList: (n) => `Udgået (${n})`,
  },
  en: {
    title: (from, to) => `How the plan evolved: ${from} → ${to}`,
    none: 'The selected plans do not include two plans of the same municipality.',
    tracksTitle: 'Tracks and focus areas',
    fromCol: (l) => `Before (${l})`,
    toCol: (l) => `After (${l})`,
    changeCol: 'Change',
    changes: { kept: 'Kept', renamed: 'Renamed', added: 'New', dropped: 'Dropped' },
    initiativesTitle: 'Initiatives',
    summary: (k, a, d) => `${k} initiatives carry over, ${a} are new and ${d} were dropped.`,
    method: 'Two initiatives count as the same when at least half of the words of their titles are shared. Check the source before quoting a change.',
    keptList: (n) => `Carried over (${n})`,
    addedList: (n) => `New (${n})`,
    droppedList: (n) => `Dropped (${n})`,
  },
};
