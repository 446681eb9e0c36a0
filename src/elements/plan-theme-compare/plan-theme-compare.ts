import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan, ThemeId } from '../../schema/plan.js';
import { THEME_IDS } from '../../schema/constants.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { caveatStyles } from '../shared/caveat.js';
import { sectionStyles } from '../shared/section.styles.js';
import { memo } from '../shared/memo.js';
import { Announcer } from '../shared/clipboard.js';
import { citationCopyStyles } from '../shared/citation-copy.js';
import { passageRenderer, passageStyles } from '../shared/passage.js';
import { scrollFocus } from '../shared/scroll-focus.js';
import { STRINGS, type ThemeCompareStrings } from '../../i18n/plan-theme-compare.js';
import { themeById, themeLabel } from '../../data/themes.js';
import { themeCompare, type ThemeColumn } from '../../model/theme-compare.js';
import { themeCompareStyles } from './plan-theme-compare.styles.js';
import { renderColumn } from './column.js';
import { renderPicker } from './picker.js';

const isTheme = (id: string | undefined): id is ThemeId => !!id && (THEME_IDS as readonly string[]).includes(id);

/**
 * One theme across the selected plans, side by side: a column per plan (any number) with the plan's own
 * tracks on the theme and their "what we see / what we want" texts, its initiatives on the theme (title,
 * kind, status, target group), its targets (indicator values by year), its reported figures and its
 * caveats (flags) on these; every entry cites its passage (section, quote, copy button). Each column says
 * the plan's coverage of the theme as the matrix counts it (`coverage()`): "Ikke dækket" / "Not covered"
 * means the plan was read and does not mention the theme.
 *
 * Without `theme-id`, a theme picker (a radio group: one tab stop, the arrow keys move between the themes).
 * The columns are a strip that scrolls sideways inside the element, with the plan headers sticky; the
 * page never scrolls sideways, also at 320 px. `marked` marks one plan's column, visibly and in words
 * ("Valgt i matrixen"), e.g. the plan of the matrix cell that opened the view. Computed in
 * `src/model/theme-compare.ts`.
 *
 * @tag plan-theme-compare
 * @csspart picker - The theme picker (a fieldset of radios), shown without `theme-id`.
 * @csspart strip - The strip of columns (scrolls sideways).
 * @csspart column - One plan's column (`data-plan`, `data-level`: none, ambition, initiatives, target).
 * @csspart column-head - The sticky header of a column: plan, coverage, mark.
 * @csspart marked - The "Valgt i matrixen" / "Selected in the matrix" tag of the marked column.
 * @csspart caveat - The caveats (flags) of a column, each naming its item.
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons (retry).
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-surface - Background of the column headers.
 * @cssprop --plan-color-accent - The marked column's border and tag; the chosen theme.
 * @cssprop --plan-color-focus - Focus ring.
 * @cssprop --plan-radius - Corner radius.
 * @cssprop --plan-font-family - Font family.
 * @cssprop --plan-font-size - Base font size.
 */
export class PlanThemeCompare extends PlanElement<ThemeCompareStrings> {
  static override styles = [tokens, sectionStyles, citationCopyStyles, passageStyles, caveatStyles, themeCompareStyles];
  protected override readonly strings = STRINGS;

  /**
   * The theme to compare (an id of the taxonomy, e.g. `youth`). Named `theme-id` because `theme` is the
   * colour scheme. Unset: a theme picker is shown.
   */
  @property({ reflect: true, attribute: 'theme-id' }) themeId?: string;

  /** The theme chosen in the picker (used while `theme-id` is unset). Unset: the first theme. */
  @property({ reflect: true, attribute: 'picked-theme' }) pickedTheme?: string;

  /** The id of a plan whose column is marked ("Valgt i matrixen" / "Selected in the matrix"). */
  @property({ reflect: true }) marked?: string;

  private readonly columns = memo<ThemeColumn[]>();
  /** Live confirmation of copies. */
  private readonly announcer = new Announcer(this);
  private readonly passage = passageRenderer(
    this.announcer,
    () => this.lang_,
    () => this.renderRoot as ShadowRoot,
  );

  /** The theme shown: `theme-id`, else the picker's, else the first of the taxonomy. */
  get currentTheme(): string {
    const fixed = this.themeId?.trim();
    if (fixed) return fixed;
    return isTheme(this.pickedTheme) ? this.pickedTheme : THEME_IDS[0];
  }

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const theme = this.currentTheme;
    const picker = this.themeId?.trim()
      ? nothing
      : renderPicker(THEME_IDS, theme as ThemeId, lang, s.pickerLabel, s.pickerHint, this.onPick);
    if (!isTheme(theme))
      return html`<div class="state" data-state="unknown-theme" part="state" role="status">
        ${s.unknownTheme(theme)}
      </div>`;
    const label = themeLabel(theme, lang);
    const columns = this.columns([plans, theme, lang], () => themeCompare(plans, theme, lang));
    const description = themeById(theme)?.description[lang];
    return html`${this.heading(0, s.title(label), { class: 'title', id: 'compare-title' })} ${picker}
      <div class="compare" data-theme=${theme}>
        ${description ? html`<p class="note">${description}</p>` : nothing}
        ${columns.length > 1 ? html`<p class="note" id="strip-hint">${s.stripHint}</p>` : nothing}
        <p class="visually-hidden" role="status">${this.announcer.message}</p>
        <div
          class="strip"
          part="strip"
          data-columns=${columns.length}
          aria-describedby=${columns.length > 1 ? 'strip-hint' : nothing}
          ${scrollFocus(s.stripLabel(label))}
        >
          ${columns.map((col) =>
            renderColumn(col, {
              lang,
              s,
              marked: col.plan.id === this.marked,
              heading: (depth, content, a) => this.heading(depth, content, a),
              passage: this.passage,
            }),
          )}
        </div>
      </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The chosen theme in view in a picker row that scrolls sideways (a phone), without scrolling the page.
    const row = this.renderRoot.querySelector<HTMLElement>('.choices');
    const chosen = row?.querySelector<HTMLElement>('.choice:has(input:checked)');
    if (row && chosen && row.scrollWidth > row.clientWidth) {
      const left = chosen.offsetLeft - row.offsetLeft;
      if (left < row.scrollLeft || left + chosen.offsetWidth > row.scrollLeft + row.clientWidth)
        row.scrollLeft = Math.max(0, left - 8);
    }
    // A newly marked column is brought into the strip's view (sideways only: the page does not move).
    if (changed.has('marked') || changed.has('pickedTheme')) {
      const strip = this.renderRoot.querySelector<HTMLElement>('.strip');
      const col = strip?.querySelector<HTMLElement>('.column.marked');
      if (strip && col && strip.scrollWidth > strip.clientWidth) strip.scrollLeft = col.offsetLeft - strip.offsetLeft;
    }
  }

  private onPick = (theme: ThemeId): void => {
    this.pickedTheme = theme;
  };
}
