/**
 * The passage an entry comes from, as the figures and the theme comparison show it beside each entry:
 * the section (the document's own headings) and the verbatim quote, then the copy button, which copies
 * the whole citation (plan, section, quote).
 */
import { css, html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { Plan, Provenance } from '../../schema/plan.js';
import { citationOf, quoteText, sectionLabel } from '../../model/citation.js';
import type { Announcer } from './clipboard.js';
import { renderCopyButton } from './citation-copy.js';

export interface PassageInput {
  announcer: Announcer;
  lang: Lang;
  root: ShadowRoot;
  plan: Plan;
  provenance: Provenance;
  /** Which copy button this is, among the element's (`data-copy`). */
  key: string;
  /** What is cited, read after the button's name ("…: Randers 2017–2020, Kommunale overførsler"). */
  context: string;
}

/** A passage. */
export type PassageView = (plan: Plan, provenance: Provenance, key: string, context: string) => TemplateResult;

/** Passages of one element: its copy announcer, and its language and shadow root as they are at each render. */
export function passageRenderer(announcer: Announcer, lang: () => Lang, root: () => ShadowRoot): PassageView {
  return (plan, provenance, key, context) =>
    renderPassage({ announcer, lang: lang(), root: root(), plan, provenance, key, context });
}

/** `afsnit "…" — "quote"` (in the plan's language) and the copy button. */
export function renderPassage(p: PassageInput): TemplateResult {
  return html`<div class="passage" data-section=${p.provenance.section}>
    <p class="passage-text">
      <span class="passage-section">${sectionLabel(p.provenance.section, p.lang)}</span>
      <q lang=${p.plan.language}>${quoteText(p.provenance)}</q>
    </p>
    ${renderCopyButton(p.announcer, p.lang, p.root, {
      key: p.key,
      citation: citationOf(p.plan, p.provenance, p.lang),
      context: p.context,
    })}
  </div>`;
}

export const passageStyles = css`
  .passage {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15rem 0.5rem;
    font-size: 0.9em;
  }
  .passage-text {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .passage-section {
    color: var(--_muted);
    margin-inline-end: 0.3rem;
  }
`;
