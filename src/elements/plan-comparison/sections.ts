import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import type { Lang } from '../../i18n/index.js';
import type { ComparisonStrings } from '../../i18n/plan-comparison.js';
import { evolutionPairs } from '../../model/diff.js';
import { heading } from '../shared/heading.js';
import type { PlanThemeSelection } from '../shared/context.js';

export type SectionKey = keyof ComparisonStrings['sections'];

/** The sections in page order; the first two are the overview, which renders with the comparison. */
export const SECTION_KEYS: readonly SectionKey[] = [
  'summaries',
  'matrix',
  'themes',
  'targets',
  'figures',
  'initiatives',
  'differences',
  'evolution',
];
export const OVERVIEW: readonly SectionKey[] = ['summaries', 'matrix'];

/** The sections these plans have: what differs needs two plans; how a plan evolved, a pair that follow each other. */
export function shownSections(plans: readonly Plan[]): SectionKey[] {
  return SECTION_KEYS.filter((key) =>
    key === 'differences' ? plans.length > 1 : key === 'evolution' ? evolutionPairs(plans).length > 0 : true,
  );
}

export interface SectionsInput {
  plans: Plan[];
  s: ComparisonStrings;
  lang: Lang;
  theme: string | undefined;
  /** The matrix cell chosen: the theme view shows its theme with its plan's column marked. */
  selection: PlanThemeSelection | undefined;
  /** The level of the sections' headings (one below the comparison's title). */
  level: number;
  /** The initiative list's search and theme filter. */
  query: string;
  themes: string;
  withCaveat: boolean;
  onFilterChange: (e: Event) => void;
  /** A link to a section inside a section (the summary's count of statistics) followed. */
  onSectionLink: (e: Event) => void;
  /** A contents link followed. */
  onJump: (e: Event, key: SectionKey) => void;
  /** The sections to show, in order (see shownSections). */
  keys: readonly SectionKey[];
  /** Whether a section renders now; one that does not yet is a placeholder with its heading (see SectionScheduler). */
  ready: (key: SectionKey) => boolean;
}

/**
 * The comparison's contents links and its sections, each an element for the chosen plans under a heading
 * one level below the comparison's title; the elements' own headings one level below that. What differs, how a
 * plan evolved, theme by theme and the figures open with a title of their own ("Hvad er forskelligt?", "Tema:
 * Unge", "Tal i planerne"): it is their section's heading.
 * A section that is not ready yet keeps its heading and reserves space (`data-pending`).
 */
export function sectionsView(i: SectionsInput): TemplateResult {
  const { plans, s, lang, level } = i;
  const ids = plans.map((p) => p.id).join(' ');
  const theme = i.theme ?? nothing;
  const inner = level + 1;
  const views: Record<SectionKey, TemplateResult> = {
    summaries: html`<plan-summary
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${inner}
      figures-href="#section-figures"
      @click=${i.onSectionLink}
    ></plan-summary>`,
    matrix: html`<plan-track-matrix
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${inner}
    ></plan-track-matrix>`,
    themes: html`<plan-theme-compare
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${level}
      picked-theme=${i.selection?.theme ?? nothing}
      marked=${i.selection?.planId ?? nothing}
    ></plan-theme-compare>`,
    targets: html`<plan-target-chart
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${inner}
    ></plan-target-chart>`,
    figures: html`<plan-figures
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${level}
    ></plan-figures>`,
    initiatives: html`<plan-initiative-list
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${inner}
      .query=${i.query}
      .themes=${i.themes}
      .withCaveat=${i.withCaveat}
      @plan-filter-change=${i.onFilterChange}
    ></plan-initiative-list>`,
    differences: html`<plan-differences
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${level}
    ></plan-differences>`,
    evolution: html`<plan-evolution
      .data=${plans}
      plans=${ids}
      lang=${lang}
      theme=${theme}
      heading-level=${level}
    ></plan-evolution>`,
  };
  const titled = (key: SectionKey) =>
    key === 'differences' || key === 'evolution' || key === 'themes' || key === 'figures';
  const sections = i.keys.map((key) => [key, views[key]] as const);
  return html`<nav part="nav" aria-label=${s.contents}>
      <ul>
        ${sections.map(
          ([key]) =>
            html`<li><a href=${`#section-${key}`} @click=${(e: Event) => i.onJump(e, key)}>${s.sections[key]}</a></li>`,
        )}
      </ul>
    </nav>
    ${sections.map(
      ([key, body]) =>
        html`<section
          part="section"
          id=${`section-${key}`}
          data-section=${key}
          ?data-pending=${!i.ready(key)}
          ?data-chosen=${key === 'themes' && !!i.selection}
          aria-labelledby=${titled(key) && i.ready(key) ? nothing : `heading-${key}`}
          aria-label=${titled(key) && i.ready(key) ? s.sections[key] : nothing}
          aria-busy=${i.ready(key) ? nothing : 'true'}
          tabindex="-1"
        >
          ${
            titled(key) && i.ready(key)
              ? nothing
              : heading(level, s.sections[key], { id: `heading-${key}`, class: 'section-heading' })
          }
          ${i.ready(key) ? body : html`<p class="pending">${s.pending}</p>`}
        </section>`,
    )}`;
}
