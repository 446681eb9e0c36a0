/** UI strings of <plan-differences>, Danish (default) and English. Plan content is never translated. */
import type { Table } from './index.js';

export interface DifferencesStrings {
  title: string;
  needTwo: string;
  themesTitle: string;
  themesIntro: string;
  themeCol: string;
  coveredBy: string;
  missingFrom: string;
  unknownIn: string;
  aimsOnly: (plans: string) => string;
  noThemeDifferences: string;
  indicatorsTitle: string;
  noComparable: string;
  inPlans: (n: number) => string;
  uniqueTitle: string;
  uniqueIntro: string;
  uniqueCount: (n: number) => string;
}

export const STRINGS: Table<DifferencesStrings> = {
  da: {
    title: 'Hvad er forskelligt?',
    needTwo: 'Vælg mindst to planer for at se forskellene.',
    themesTitle: 'Temaer som kun nogle planer arbejder med',
    themesIntro: 'Et tema tæller, når planen har mindst én indsats eller et målbart mål på det.',
    themeCol: 'Tema',
    coveredBy: 'Arbejder med temaet',
    missingFrom: 'Arbejder ikke med temaet',
    unknownIn: 'Ukendt (en del af kilden mangler)',
    aimsOnly: (p) =>
      `${p} indeholder mål og visioner, ikke indsatser, og indgår derfor ikke i sammenligningen af temaer.`,
    noThemeDifferences: 'De valgte planer arbejder med de samme temaer.',
    indicatorsTitle: 'Mål der kan sammenlignes på tværs',
    noComparable: 'Ingen af de valgte planer har målbare mål, der kan sammenlignes direkte.',
    inPlans: (n) => `i ${n} planer`,
    uniqueTitle: 'Indsatser kun én plan har',
    uniqueIntro: 'Indsatser uden en indsats med næsten samme titel i de andre valgte planer.',
    uniqueCount: (n) => `${n} ${n === 1 ? 'indsats' : 'indsatser'}`,
  },
  en: {
    title: 'What differs?',
    needTwo: 'Choose at least two plans to see what differs.',
    themesTitle: 'Themes only some plans act on',
    themesIntro: 'A theme counts when the plan has at least one initiative or a measurable target on it.',
    themeCol: 'Theme',
    coveredBy: 'Acts on the theme',
    missingFrom: 'Does not act on the theme',
    unknownIn: 'Unknown (part of the source is missing)',
    aimsOnly: (p) => `${p} holds aims and visions, not initiatives, so it is left out of the comparison of themes.`,
    noThemeDifferences: 'The selected plans act on the same themes.',
    indicatorsTitle: 'Targets comparable across plans',
    noComparable: 'None of the selected plans have measurable targets that compare directly.',
    inPlans: (n) => `in ${n} plans`,
    uniqueTitle: 'Initiatives only one plan has',
    uniqueIntro: 'Initiatives with no initiative of nearly the same title in the other selected plans.',
    uniqueCount: (n) => `${n} ${n === 1 ? 'initiative' : 'initiatives'}`,
  },
};
