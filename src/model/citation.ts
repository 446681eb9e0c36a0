/**
 * Citations a journalist can paste: plan, section and the verbatim quote of one item.
 *
 *   Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit "4. Fokusområder / 4. Unge" — "…verbatim quote…"
 *
 * Municipalities are joined as the plan summary joins them, the title is the plan's own (its
 * period is added only when the title does not already state it), the section (as the document's
 * headings name it) and the quote come from the item's provenance. Pure; no DOM.
 */
import type { Plan, Provenance } from '../schema/plan.js';
import type { Lang } from '../i18n/index.js';
import { municipalityNames, periodLabel } from './summary.js';

export type CitationLang = Lang;

const SECTION: Record<CitationLang, string> = { da: 'afsnit', en: 'section' };

/** Does the title already state the plan's period ("… 2017-2020", "… 2014 – 2018", "… 2021")? */
function titleHasPeriod(plan: Plan): boolean {
  const { start, end } = plan.period;
  const has = (year: number) => new RegExp(`(^|\\D)${year}(\\D|$)`).test(plan.title);
  return has(start) && (end === undefined || has(end));
}

/** The plan as a citation names it: "Randers, Rusmiddelplan for Randers Kommune 2017-2020". */
export function planReference(plan: Plan, lang: CitationLang): string {
  const title = titleHasPeriod(plan) ? plan.title : `${plan.title} ${periodLabel(plan)}`;
  return `${municipalityNames(plan, lang)}, ${title}`;
}

/**
 * `afsnit "4. Fokusområder / 4. Unge"`: the section path exactly as the provenance gives it (the
 * document's own headings). No number is derived: a citation must point to what the document prints.
 */
export function sectionLabel(section: string, lang: CitationLang): string {
  return `${SECTION[lang]} "${section.trim()}"`;
}

/** The quote on one line, as written (runs of whitespace become one space). */
export function quoteText(provenance: Provenance): string {
  return provenance.quote.replace(/\s+/g, ' ').trim();
}

/**
 * The citation of one item of a plan:
 * `Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit "4. Fokusområder / 4. Unge" — "…"`.
 */
export function citationOf(plan: Plan, provenance: Provenance, lang: CitationLang = 'da'): string {
  return `${planReference(plan, lang)}, ${sectionLabel(provenance.section, lang)} — "${quoteText(provenance)}"`;
}
