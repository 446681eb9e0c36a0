/** Texts of the prerendered comparison page around the element (Danish default, English). */
import type { Table } from '../i18n/index.js';

export const PAGE_STRINGS: Table<{ title: string; eyebrow: string; heading: string; intro: string }> = {
  da: {
    title: 'Kommunale rusmiddelplaner side om side · plan-compare',
    eyebrow: 'plan-compare',
    heading: 'Kommunale rusmiddelplaner side om side',
    intro:
      'Planernes indhold, temaer, mål og indsatser, læst fra de validerede plandokumenter. Hvert tal og hver indsats har et ordret citat fra kilden. Siden kan læses uden JavaScript; med JavaScript kan du vælge planer, søge og filtrere.',
  },
  en: {
    title: 'Danish municipal substance-use plans side by side · plan-compare',
    eyebrow: 'plan-compare',
    heading: 'Danish municipal substance-use plans side by side',
    intro:
      'The plans’ content, themes, targets and initiatives, read from the validated plan documents. Every figure and initiative carries a verbatim quote from its source. The page reads without JavaScript; with JavaScript you can choose plans, search and filter.',
  },
};
