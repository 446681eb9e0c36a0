/** UI strings of <plan-theme-compare>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';

export interface ThemeCompareStrings {
  title: (theme: string) => string;
  pickerLabel: string;
  pickerHint: string;
  unknownTheme: (id: string) => string;
  stripLabel: (theme: string) => string;
  stripHint: string;
  coverage: string;
  levels: { none: string; unknown: string; ambition: string; initiatives: string; target: string };
  levelText: { none: string; unknown: string; ambition: string; initiatives: string; target: string };
  marked: string;
  tracks: string;
  see: string;
  want: string;
  initiatives: string;
  kinds: { offer: string; strategy: string; focus: string; approach: string };
  statuses: { existing: string; planned: string; 'future-focus': string; completed: string; unknown: string };
  targetGroups: string;
  targets: string;
  valueKinds: { baseline: string; target: string; actual: string };
  figures: string;
  scope: { municipal: string; regional: string; national: string };
  caveats: string;
  nothingHere: string;
}

export const STRINGS: Table<ThemeCompareStrings> = {
  da: {
    title: (t) => `Tema: ${t}`,
    pickerLabel: 'Vælg tema',
    pickerHint: 'Piletasterne skifter tema.',
    unknownTheme: (id) => `Temaet »${id}« findes ikke i temalisten.`,
    stripLabel: (t) => `${t}: planerne side om side`,
    stripHint: 'Én kolonne pr. plan. Rul til siden for at se de andre planer.',
    coverage: 'Dækning',
    levels: {
      none: 'Ikke dækket',
      unknown: 'Ukendt',
      ambition: 'Nævnt i mål/ambition',
      initiatives: 'Indsatser',
      target: 'Målbart mål',
    },
    levelText: {
      none: 'Planen er læst og nævner ikke temaet.',
      unknown: 'En del af planen, der kunne handle om temaet, mangler i den tekst, vi har: vi ved det ikke.',
      ambition: 'Temaet står i planens spor, visioner eller mål, men ingen indsats er knyttet til det.',
      initiatives: 'Planen har indsatser på temaet.',
      target: 'Planen har et målbart mål på temaet.',
    },
    marked: 'Valgt i matrixen',
    tracks: 'Planens egne spor',
    see: 'Det ser vi',
    want: 'Det vil vi',
    initiatives: 'Indsatser',
    kinds: { offer: 'Tilbud', strategy: 'Strategi', focus: 'Fokus', approach: 'Tilgang' },
    statuses: {
      existing: 'Eksisterende',
      planned: 'Planlagt',
      'future-focus': 'Fremtidigt fokus',
      completed: 'Gennemført',
      unknown: 'Status ukendt',
    },
    targetGroups: 'Målgruppe',
    targets: 'Mål og indikatorer',
    valueKinds: { baseline: 'udgangspunkt', target: 'mål', actual: 'opnået' },
    figures: 'Tal',
    scope: { municipal: 'Kommunalt tal', regional: 'Regionalt tal', national: 'Landstal' },
    caveats: 'Forbehold',
    nothingHere: 'Intet på temaet.',
  },
  en: {
    title: (t) => `Theme: ${t}`,
    pickerLabel: 'Choose a theme',
    pickerHint: 'The arrow keys change the theme.',
    unknownTheme: (id) => `The theme “${id}” is not in the theme list.`,
    stripLabel: (t) => `${t}: the plans side by side`,
    stripHint: 'One column per plan. Scroll sideways to see the other plans.',
    coverage: 'Coverage',
    levels: {
      none: 'Not covered',
      unknown: 'Unknown',
      ambition: 'Mentioned in aims',
      initiatives: 'Initiatives',
      target: 'Measurable target',
    },
    levelText: {
      none: 'The plan was read and does not mention the theme.',
      unknown: 'A part of the plan that could speak of the theme is missing from the text we have: we do not know.',
      ambition: "The theme appears in the plan's tracks, visions or aims, but no initiative is linked to it.",
      initiatives: 'The plan has initiatives on the theme.',
      target: 'The plan has a measurable target on the theme.',
    },
    marked: 'Selected in the matrix',
    tracks: "The plan's own tracks",
    see: 'What we see',
    want: 'What we want',
    initiatives: 'Initiatives',
    kinds: { offer: 'Offer', strategy: 'Strategy', focus: 'Focus', approach: 'Approach' },
    statuses: {
      existing: 'Existing',
      planned: 'Planned',
      'future-focus': 'Future focus',
      completed: 'Completed',
      unknown: 'Status unknown',
    },
    targetGroups: 'Target group',
    targets: 'Targets and indicators',
    valueKinds: { baseline: 'baseline', target: 'target', actual: 'actual' },
    figures: 'Figures',
    scope: { municipal: 'Municipal figure', regional: 'Regional figure', national: 'National figure' },
    caveats: 'Caveats',
    nothingHere: 'Nothing on the theme.',
  },
};
