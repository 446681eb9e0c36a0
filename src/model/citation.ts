/**
 * Citations a journalist can paste: plan, section and the verbatim quote of one item.
 *
 *   Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit 4.4 "Unge" — "…verbatim quote…"
 *
 * Municipalities are joined as the plan summary joins them, the title is the plan's own (its
 * period is added only when the title does not already state it), the section and quote come from
 * the item's provenance. Pure; no DOM.
 */
import type { Plan, Provenance } from '../schema/plan.js';
import { municipalityNames, periodLabel } from './summary.js';

export type CitationLang = 'da' | 'en';

const WORDS: Record<CitationLang, { and: string; section: string }> = {
  da: { and: 'og', section: 'afsnit' },
  en: { and: 'and', section: 'section' },
};

/** A section of the source: its number (when the heading path is numbered from the top) and its title. */
export interface SectionRef {
  /** "4.4" for "4. Fokusområder / 4. Unge"; undefined when the path does not start with a numbered heading. */
  number?: string;
  /** "Unge"; the whole path ("Spor 1 - Forebyggelse / Det gør vi") when there is no number. */
  title: string;
}

/**
 * A heading that starts with a section number: "4. Unge", "1.Målgruppe", "4.2. Unge", "4.2 Unge".
 * A bare number without a dot ("14 dage", "2022-2024") is not a section number.
 */
const NUMBERED = [/^(\d{1,2}(?:\.\d{1,2})*)\.(?!\d)\s*(\S.*)$/u, /^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*)$/u];

/**
 * Split a provenance section ("4. Fokusområder / 4. Unge / Produktionsskolerne") into a section
 * number and a title. Only a path whose first headings are numbered gets a number: the numbers of
 * those leading headings joined with dots ("4.4"), and the title is the last numbered heading with
 * whatever follows it ("Unge / Produktionsskolerne"). Anything else keeps the path as written.
 */
export function sectionRef(section: string): SectionRef {
  const parts = section.split(' / ').map((p) => p.trim()).filter(Boolean);
  const numbers: string[] = [];
  let lastTitle = '';
  let i = 0;
  for (; i < parts.length; i++) {
    const m = NUMBERED.map((re) => re.exec(parts[i]!)).find(Boolean);
    if (!m) break;
    numbers.push(m[1]!);
    lastTitle = m[2]!.trim();
  }
  if (numbers.length === 0) return { title: parts.join(' / ') || section.trim() };
  return { number: numbers.join('.'), title: [lastTitle, ...parts.slice(i)].join(' / ') };
}

/** Does the title already state the plan's period ("… 2017-2020", "… 2014 – 2018", "… 2021")? */
function titleHasPeriod(plan: Plan): boolean {
  const { start, end } = plan.period;
  const has = (year: number) => new RegExp(`(^|\\D)${year}(\\D|$)`).test(plan.title);
  return has(start) && has(end);
}

/** The plan as a citation names it: "Randers, Rusmiddelplan for Randers Kommune 2017-2020". */
export function planReference(plan: Plan, lang: CitationLang): string {
  const title = titleHasPeriod(plan) ? plan.title : `${plan.title} ${periodLabel(plan)}`;
  return `${municipalityNames(plan, WORDS[lang].and)}, ${title}`;
}

/** `afsnit 4.4 "Unge"` / `section 4.4 "Unge"`; `afsnit "Spor 1 - Forebyggelse / Det gør vi"` without a number. */
export function sectionLabel(section: string, lang: CitationLang): string {
  const ref = sectionRef(section);
  return `${WORDS[lang].section}${ref.number ? ` ${ref.number}` : ''} "${ref.title}"`;
}

/** The quote on one line, as written (runs of whitespace become one space). */
export function quoteText(provenance: Provenance): string {
  return provenance.quote.replace(/\s+/g, ' ').trim();
}

/**
 * The citation of one item of a plan:
 * `Randers, Rusmiddelplan for Randers Kommune 2017-2020, afsnit 4.4 "Unge" — "…"`.
 */
export function citationOf(plan: Plan, provenance: Provenance, lang: CitationLang = 'da'): string {
  return `${planReference(plan, lang)}, ${sectionLabel(provenance.section, lang)} — "${quoteText(provenance)}"`;
}
