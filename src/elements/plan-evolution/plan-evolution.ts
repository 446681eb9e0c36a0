import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { sectionStyles } from '../shared/section.styles.js';
import { pick } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-evolution.js';
import { evolution, evolutionPairs, type Evolution } from '../../model/diff.js';
import { periodLabel } from '../../model/summary.js';

/**
 * How one plan evolved into the next (e.g. Aabenraa 2021 → 2022–2024): tracks kept, renamed, added
 * or dropped, and initiatives carried over, new or dropped. With `from` and `to` unset it takes the
 * first pair of selected plans that share a municipality.
 *
 * @tag plan-evolution
 * @csspart tracks - The table of track changes.
 * @csspart initiatives - The lists of initiatives carried over, new and dropped.
 * @csspart state - The loading, error or empty message.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-border - Borders.
 */
export class PlanEvolution extends PlanElement {
  static override styles = [tokens, sectionStyles];

  /** Id of the earlier plan. */
  @property({ reflect: true }) from?: string;

  /** Id of the later plan. */
  @property({ reflect: true }) to?: string;

  private memo?: { a: Plan; b: Plan; result: Evolution };

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private pair(plans: Plan[]): [Plan, Plan] | undefined {
    if (this.from && this.to) {
      const a = plans.find((p) => p.id === this.from);
      const b = plans.find((p) => p.id === this.to);
      return a && b ? [a, b] : undefined;
    }
    return evolutionPairs(plans)[0];
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    const pair = this.pair(plans);
    if (!pair) return html`<p class="state" data-state="empty" part="state">${s.none}</p>`;
    const [a, b] = pair;
    if (!this.memo || this.memo.a !== a || this.memo.b !== b) this.memo = { a, b, result: evolution(a, b) };
    const e = this.memo.result;
    const kept = e.initiatives.filter((i) => i.change === 'kept');
    const added = e.initiatives.filter((i) => i.change === 'added');
    const dropped = e.initiatives.filter((i) => i.change === 'dropped');
    return html`<h2>${s.title(`${a.title} (${periodLabel(a)})`, `${b.title} (${periodLabel(b)})`)}</h2>
      <h3>${s.tracksTitle}</h3>
      <div class="scroll" part="tracks" role="region" tabindex="0" aria-label=${s.tracksTitle}>
        <table>
          <thead>
            <tr>
              <th scope="col">${s.fromCol(periodLabel(a))}</th>
              <th scope="col">${s.toCol(periodLabel(b))}</th>
              <th scope="col">${s.changeCol}</th>
            </tr>
          </thead>
          <tbody>
            ${e.tracks.map(
              (t) => html`<tr data-change=${t.change}>
                <td>${t.from?.label ?? '—'}</td>
                <td>${t.to?.label ?? '—'}</td>
                <td><span class="badge">${s.changes[t.change]}</span></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h3>${s.initiativesTitle}</h3>
      <p data-summary>${s.summary(kept.length, added.length, dropped.length)}</p>
      <p class="note">${s.method}</p>
      <div part="initiatives">
        <details data-list="kept">
          <summary>${s.keptList(kept.length)}</summary>
          <ul>${kept.map((i) => html`<li>${i.to!.title}${i.from!.title !== i.to!.title ? html` <span class="note">(${i.from!.title})</span>` : ''}</li>`)}</ul>
        </details>
        <details data-list="added">
          <summary>${s.addedList(added.length)}</summary>
          <ul>${added.map((i) => html`<li>${i.to!.title}</li>`)}</ul>
        </details>
        <details data-list="dropped">
          <summary>${s.droppedList(dropped.length)}</summary>
          <ul>${dropped.map((i) => html`<li>${i.from!.title}</li>`)}</ul>
        </details>
      </div>`;
  }
}
