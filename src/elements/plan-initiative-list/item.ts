import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import { themeLabel } from '../../data/themes.js';
import { citationOf } from '../../model/citation.js';
import type { InitiativeItem } from '../../model/initiatives.js';
import { fold } from '../../model/text.js';
import { renderCiteLine, type CopyButton } from '../shared/citation-copy.js';
import { heading } from '../shared/heading.js';
import { renderCaveats } from '../shared/caveat.js';
import { caveatsFor } from '../../model/caveats.js';

const sameText = (a: string, b: string) => fold(a).replace(/[^a-z0-9]+/g, '') === fold(b).replace(/[^a-z0-9]+/g, '');

/** Whether the item's folded parts have their content (see ./folds.ts), and the handler that makes it. */
export interface FoldState {
  goal: boolean;
  citation: boolean;
  onOpen: (e: Event) => void;
}

/**
 * One initiative: title, plan, description (unless it only repeats the title), status, kind, target
 * groups or ages, the policy goal it answers (folded), its themes, and its source folded with the
 * document, section, verbatim quote and a citation to copy. Its title is a heading at `level`.
 */
export function itemView(
  item: InitiativeItem,
  s: InitiativeListStrings,
  lang: Lang,
  planLabel: string,
  level: number,
  folds: FoldState,
  copyButton: (button: CopyButton) => TemplateResult,
): TemplateResult {
  const ini = item.initiative;
  const content = item.plan.language;
  const groups = item.targetGroups.map((g) => g.label);
  // Ages only when no target group names them already ("Børn og unge 0-17 år").
  const ages =
    ini.ages && (ini.ages.min !== undefined || ini.ages.max !== undefined) ? s.ages(ini.ages.min, ini.ages.max) : '';
  // data-also: the other printings of a measure printed twice, cited on this item (their keys).
  return html`<article
    part="item"
    class="item"
    data-key=${item.key}
    data-also=${item.also?.length ? item.also.map((a) => a.key).join(' ') : nothing}
  >
    ${heading(level, ini.title, { class: 'title', lang: content })}
    <p class="plan">${planLabel}</p>
    ${(item.also ?? [])
      .filter((a) => !sameText(a.initiative.title, ini.title))
      .map((a) => html`<p class="also-as">${s.alsoAs} <span lang=${content}>${a.initiative.title}</span></p>`)}
    ${ini.description && !sameText(ini.description, ini.title) ? html`<p class="desc" lang=${content}>${ini.description}</p>` : nothing}
    ${renderCaveats(itemCaveats(item, lang), lang)}
    <dl class="meta">
      <div>
        <dt>${s.status}</dt>
        <dd>${s.statuses[ini.status]}</dd>
      </div>
      ${
        ini.kind
          ? html`<div>
              <dt>${s.kind}</dt>
              <dd>${s.kinds[ini.kind]}</dd>
            </div>`
          : nothing
      }
      ${
        groups.length
          ? html`<div>
              <dt>${s.targetGroups}</dt>
              <dd lang=${content}>${groups.join(' · ')}</dd>
            </div>`
          : ages
            ? html`<div>
                <dt>${s.targetGroups}</dt>
                <dd>${ages}</dd>
              </div>`
            : nothing
      }
    </dl>
    ${
      ini.policyGoal
        ? html`<details class="goal" data-fold=${`${item.key}:goal`} @toggle=${folds.onOpen}>
            <summary @click=${folds.onOpen}>${s.policyGoal}<span class="visually-hidden">: ${ini.title}</span></summary>
            ${folds.goal ? html`<p lang=${content}>${ini.policyGoal.text}</p>` : nothing}
          </details>`
        : nothing
    }
    <ul class="chips" role="list" aria-label=${s.themes}>
      ${ini.themes.map((th) => html`<li>${themeLabel(th, lang)}</li>`)}
    </ul>
    <details class="citation" part="citation" data-fold=${`${item.key}:citation`} @toggle=${folds.onOpen}>
      <summary @click=${folds.onOpen}>${s.source}<span class="visually-hidden">: ${ini.title}</span></summary>
      ${folds.citation ? citationView(item, s, lang, copyButton) : nothing}
      ${folds.citation && item.also?.length ? alsoView(item, s, lang, copyButton) : nothing}
    </details>
  </article>`;
}

/** The caveats of the initiative and of its other printings (a measure printed twice is one item), each once. */
function itemCaveats(item: InitiativeItem, lang: Lang): ReturnType<typeof caveatsFor> {
  const ids = [item.initiative.id, ...(item.also ?? []).map((a) => a.initiative.id)];
  const seen = new Set<number>();
  return ids
    .flatMap((id) => caveatsFor(item.plan, lang, 'initiative', id))
    .filter((c) => !seen.has(c.index) && (seen.add(c.index), true));
}

/**
 * A measure the plan prints twice: where else it stands — the section, the verbatim quote, the citation
 * and its copy button for each other printing, with its title when it differs from the item's.
 */
function alsoView(
  item: InitiativeItem,
  s: InitiativeListStrings,
  lang: Lang,
  copyButton: (button: CopyButton) => TemplateResult,
): TemplateResult {
  const content = item.plan.language;
  return html`<div class="also" data-also=${item.also!.map((a) => a.key).join(' ')}>
    <p class="also-label">${s.alsoPrinted}</p>
    ${item.also!.map((other) => {
      const ini = other.initiative;
      const citation = citationOf(other.plan, ini.provenance, lang);
      return html`<div class="also-item" data-key=${other.key}>
        <dl class="source">
          ${
            sameText(ini.title, item.initiative.title)
              ? nothing
              : html`<div>
                  <dt>${s.alsoTitle}</dt>
                  <dd lang=${content}>${ini.title}</dd>
                </div>`
          }
          <div>
            <dt>${s.section}</dt>
            <dd lang=${content}>${ini.provenance.section}</dd>
          </div>
        </dl>
        <blockquote lang=${content}>${ini.provenance.quote}</blockquote>
        ${renderCiteLine(lang, citation, content)} ${copyButton({ key: other.key, citation, context: ini.title })}
      </div>`;
    })}
  </div>`;
}

/** What the citation unfolds to: the document, the section, the verbatim quote, the citation and its copy button. */
function citationView(
  item: InitiativeItem,
  s: InitiativeListStrings,
  lang: Lang,
  copyButton: (button: CopyButton) => TemplateResult,
): TemplateResult {
  const ini = item.initiative;
  const content = item.plan.language;
  const citation = citationOf(item.plan, ini.provenance, lang);
  return html`<dl class="source">
      <div>
        <dt>${s.document}</dt>
        <dd lang=${content}>${item.plan.source.title}</dd>
      </div>
      <div>
        <dt>${s.section}</dt>
        <dd lang=${content}>${ini.provenance.section}</dd>
      </div>
    </dl>
    <blockquote lang=${content}>${ini.provenance.quote}</blockquote>
    ${renderCiteLine(lang, citation, content)} ${copyButton({ key: item.key, citation, context: ini.title })}`;
}
