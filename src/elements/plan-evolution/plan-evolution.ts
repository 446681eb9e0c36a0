import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { sectionStyles } from '../shared/section.styles.js';
import { evolutionStyles } from './plan-evolution.styles.js';
import { STRINGS, type EvolutionStrings } from '../../i18n/plan-evolution.js';
import {
  evolution,
  implementations,
  planPairs,
  type Evolution,
  type InitiativeChangeKind,
  type PlanPair,
} from '../../model/diff.js';
import { periodLabel } from '../../model/summary.js';
import { memo } from '../shared/memo.js';
import { scrollTable } from '../shared/scroll-table.js';
import { changeView } from './change.js';
import { caveatStyles, renderCaveats } from '../shared/caveat.js';
import { caveatsFor } from '../../model/caveats.js';

const KINDS: readonly InitiativeChangeKind[] = ['kept', 'merged', 'split', 'replaced', 'new', 'absent'];

/**
 * How one plan evolved into the next (e.g. Aabenraa 2021 → 2022–2024). Initiatives: from the links in
 * the data (continued, merged, split, replaced; the unlinked new or not in the later plan), each change
 * with the earlier and the later plan's quotes side by side; where no link connects the two plans, a
 * matcher over descriptions and quotes proposes changes, each marked inferred with its confidence.
 * Pairs are documents that follow each other (a `supersedes` relation, or the same municipalities and
 * kind in time order); with more than one pair a picker chooses, the latest by default. A policy and
 * the plan that implements it are listed as "implemented by", never compared as an evolution.
 *
 * @tag plan-evolution
 * @csspart picker - The pair picker (a `select`), when there is more than one pair.
 * @csspart implemented - The "implemented by" relations among the plans.
 * @csspart tracks - The table of track changes.
 * @csspart initiatives - The lists of initiative changes.
 * @csspart state - The loading, error or empty message.
 * @csspart caveat - A source caveat beside a track or initiative.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-border - Borders.
 */
export class PlanEvolution extends PlanElement<EvolutionStrings> {
  static override styles = [tokens, sectionStyles, caveatStyles, evolutionStyles];
  protected override readonly strings = STRINGS;

  /** Id of the earlier plan (with `to`: the pair shown; the picker sets both). */
  @property({ reflect: true }) from?: string;

  /** Id of the later plan. */
  @property({ reflect: true }) to?: string;

  /** The evolution of the pair shown, recomputed only when the pair changes. */
  private readonly evolution = memo<Evolution>();
  private readonly pairs = memo<PlanPair[]>();

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private pair(plans: Plan[], pairs: PlanPair[]): [Plan, Plan] | undefined {
    if (this.from && this.to) {
      const a = plans.find((p) => p.id === this.from);
      const b = plans.find((p) => p.id === this.to);
      if (a && b) return [a, b];
    }
    const last = pairs[pairs.length - 1];
    return last && [last.from, last.to];
  }

  private pick(value: string): void {
    const [from, to] = value.split(' ');
    this.from = from;
    this.to = to;
  }

  private renderPicker(pairs: PlanPair[], a: Plan, b: Plan): TemplateResult | typeof nothing {
    if (pairs.length < 2) return nothing;
    const s = this.s;
    const name = (p: Plan) => `${p.title} (${periodLabel(p)})`;
    return html`<p class="pair-picker">
      <label for="pair">${s.pairLabel}</label>
      <select id="pair" part="picker" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
        ${pairs.map(
          (p) =>
            html`<option value=${`${p.from.id} ${p.to.id}`} ?selected=${p.from === a && p.to === b}>
              ${s.pairOption(name(p.from), name(p.to))}
            </option>`,
        )}
      </select>
    </p>`;
  }

  private renderImplemented(plans: Plan[]): TemplateResult | typeof nothing {
    const list = implementations(plans);
    if (!list.length) return nothing;
    const s = this.s;
    const name = (p: Plan) => `${p.title} (${periodLabel(p)})`;
    return html`<div part="implemented" data-implemented>
      ${this.heading(1, s.implementedTitle, { class: 'part-title' })}
      <ul>
        ${list.map((i) => html`<li>${s.implementedBy(name(i.implemented), name(i.by))}</li>`)}
      </ul>
      <p class="note">${s.implementedNote}</p>
    </div>`;
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const s = this.s;
    const pairs = this.pairs([plans], () => planPairs(plans));
    const pair = this.pair(plans, pairs);
    if (!pair)
      return html`<p class="state" data-state="empty" part="state">${s.none}</p>
        ${this.renderImplemented(plans)}`;
    const [a, b] = pair;
    const e = this.evolution([a, b], () => evolution(a, b));
    const n = Object.fromEntries(KINDS.map((k) => [k, e.initiatives.filter((i) => i.change === k).length])) as Record<
      InitiativeChangeKind,
      number
    >;
    const mergedFrom = e.initiatives.filter((i) => i.change === 'merged').reduce((t, i) => t + i.from.length, 0);
    const periods: [string, string] = [periodLabel(a), periodLabel(b)];
    const lang = this.lang_;
    // A track's source caveats beside it (shared marker); initiatives' in changeView.
    const cav = (plan: Plan, id: string) => renderCaveats(caveatsFor(plan, lang, 'track', id), lang);
    return html`${this.heading(0, s.title(`${a.title} (${periodLabel(a)})`, `${b.title} (${periodLabel(b)})`), { class: 'title' })}
      ${this.renderPicker(pairs, a, b)} ${this.heading(1, s.tracksTitle, { class: 'part-title', id: 'tracks-title' })}
      ${scrollTable(
        'tracks',
        s.tracksTitle,
        'tracks-title',
        [s.fromCol(periodLabel(a)), s.toCol(periodLabel(b)), s.changeCol],
        // The row's first track heads it: the earlier plan's, or the later plan's for a track added.
        e.tracks.map(
          (t) =>
            html`<tr data-change=${t.change} data-inferred=${t.inferred ? 'true' : 'false'}>
              ${t.from ? html`<th scope="row">${t.from.label} ${cav(a, t.from.id)}</th>` : html`<td>—</td>`}
              ${
                t.to
                  ? t.from
                    ? html`<td>${t.to.label} ${cav(b, t.to.id)}</td>`
                    : html`<th scope="row">${t.to.label} ${cav(b, t.to.id)}</th>`
                  : html`<td>—</td>`
              }
              <td>
                <span class="badge">${s.changes[t.change]}</span
                >${t.inferred ? html` <span class="note">(${s.inferredShort})</span>` : nothing}
              </td>
            </tr>`,
        ),
      )}
      ${this.heading(1, s.initiativesTitle, { class: 'part-title' })}
      <p data-summary>${s.summary(n, mergedFrom)}</p>
      <p class="note" data-method=${e.fromLinks ? 'links' : 'inferred'}>
        ${e.fromLinks ? s.fromLinks : s.inferredMethod}
      </p>
      <div part="initiatives">
        ${KINDS.filter((k) => n[k] > 0).map((k) => {
          const changes = e.initiatives.filter((i) => i.change === k);
          const label = changes.some((c) => c.inferred) ? s.kindsInferred[k] : s.kinds[k];
          return html`<details data-list=${k}>
            <summary>${label} (${n[k]})</summary>
            <ol class="changes">
              ${changes.map((c) => changeView(c, a, b, periods, s, lang))}
            </ol>
          </details>`;
        })}
      </div>
      ${this.renderImplemented(plans)}`;
  }
}
