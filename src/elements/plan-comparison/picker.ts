/**
 * The comparison's plan picker (a checkbox per loaded plan, "all" and "none"; a plan checked later goes to
 * the end, so the display order is the order of choosing) and the message for ids in `plans` that name no
 * loaded plan (said, not dropped silently). Render only; the comparison keeps the choice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { ComparisonStrings } from '../../i18n/plan-comparison.js';
import { planLabel } from '../../model/summary.js';
import { unknownPlanIds } from '../../model/share.js';
import type { Plan } from '../../schema/plan.js';

export interface PickerOptions {
  s: ComparisonStrings;
  lang: Lang;
  all: readonly Plan[];
  /** The chosen plan ids, in display order. */
  chosen: readonly string[];
  /** The `plans` attribute as given: ids in it that name no loaded plan are said below the picker. */
  requested: string;
  /** A new choice, in display order. */
  onChoose: (order: string[]) => void;
}

export function pickerView({ s, lang, all, chosen: current, requested, onChoose }: PickerOptions): TemplateResult {
  const chosen = new Set(current);
  const toggle = (id: string, on: boolean) =>
    onChoose(on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id));
  const chooseAll = () => onChoose([...current, ...all.map((p) => p.id).filter((id) => !chosen.has(id))]);
  const unknown = unknownPlanIds(
    requested,
    all.map((p) => p.id),
  );
  return html`<fieldset part="picker">
      <legend>${s.picker}</legend>
      <p class="hint">${s.pickerHint}</p>
      <ul class="choices">
        ${all.map(
          (p) =>
            html`<li>
              <label>
                <input
                  type="checkbox"
                  name="plan"
                  value=${p.id}
                  .checked=${chosen.has(p.id)}
                  @change=${(e: Event) => toggle(p.id, (e.target as HTMLInputElement).checked)}
                />
                <span>${planLabel(p, lang)}<small>${p.title}</small></span>
              </label>
            </li>`,
        )}
      </ul>
      <div class="actions">
        <p class="status" role="status">${s.selected(chosen.size, all.length)}</p>
        <button type="button" class="secondary" part="button" @click=${chooseAll}>${s.all}</button>
        <button type="button" class="secondary" part="button" @click=${() => onChoose([])}>${s.none}</button>
      </div>
    </fieldset>
    ${
      unknown.length === 0
        ? nothing
        : html`<p class="state unknown-ids" data-state="unknown-ids" part="state unknown-ids" role="status">
            ${s.unknownPlans(unknown)}
          </p>`
    }`;
}
