/**
 * The theme picker: a radio group (native radios in a fieldset), one tab stop; the arrow keys move
 * between the themes and choose one, as the ARIA Authoring Practices' radio group does.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { ThemeId } from '../../schema/plan.js';
import { themeLabel } from '../../data/themes.js';

export function renderPicker(
  themes: readonly ThemeId[],
  current: ThemeId,
  lang: Lang,
  label: string,
  hint: string,
  onPick: (theme: ThemeId) => void,
): TemplateResult {
  return html`<fieldset class="picker" part="picker" aria-describedby="picker-hint">
    <legend>${label}</legend>
    <p id="picker-hint" class="note">${hint}</p>
    <div class="choices">
      ${themes.map(
        (t) =>
          html`<label class="choice" data-theme=${t}>
            <input type="radio" name="theme" value=${t} .checked=${t === current} @change=${() => onPick(t)} />
            <span>${themeLabel(t, lang)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}
