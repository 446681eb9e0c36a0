import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { sectionStyles } from '../shared/section.styles.js';
import { memo } from '../shared/memo.js';
import { Announcer } from '../shared/clipboard.js';
import { citationCopyStyles } from '../shared/citation-copy.js';
import { passageRenderer, passageStyles } from '../shared/passage.js';
import { caveatStyles } from '../shared/caveat.js';
import { downloadMenuStyles, downloadMessage, renderDownloadMenu } from '../shared/download-menu.js';
import type { DownloadFormat } from '../shared/events.js';
import { STRINGS, type FiguresStrings } from '../../i18n/plan-figures.js';
import { themeLabel } from '../../data/themes.js';
import { figures, type Figures } from '../../model/figures.js';
import { figuresStyles } from './plan-figures.styles.js';
import { renderFigureCard } from './figure-card.js';
import { renderSharedFigures } from './shared-figures.js';

/**
 * Every figure (statistic) the selected plans report, grouped by theme: label, value with its unit and
 * bound as printed ("mindst 120.000", "knap 40 %"), year, cited source, and scope — a national figure a
 * plan cites is tagged "Landstal" / "National figure" with a dashed edge, a municipal result
 * "Kommunalt tal" / "Municipal figure" with a solid one. Breakdown rows are a table (caption, column and
 * row headers), each row with its section, quote and copy button; a printed total stands beside the sum
 * of the rows, with the caveat when they differ; reprinted tables are marked; the plan's caveats (flags)
 * on a statistic follow it. National figures that several plans cite (same unit, value and bound —
 * inferred) are lined up first. CSV and JSON of what is shown. Computed in `src/model/figures.ts`.
 *
 * @tag plan-figures
 * @csspart figure - One statistic of one plan (an `article`; `data-scope` is municipal, regional or national).
 * @csspart shared - The list of national figures several plans cite.
 * @csspart total-caveat - The note under a table whose printed total is not the sum of its rows.
 * @csspart caveat - The plan's caveats (flags) on a statistic.
 * @csspart downloads - The "Hent data" / "Download" menu (CSV, JSON of the figures shown).
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons (retry).
 * @fires plan-download - Before a file is saved. Detail: `{ format: 'csv' | 'json', filename, blob }`. Cancelable.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour; the edge of national figures.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-surface - Background of national figures and table headers.
 * @cssprop --plan-color-accent - The edge and tag of municipal figures; buttons.
 * @cssprop --plan-color-danger - The edge of the total caveat and reprint notes.
 * @cssprop --plan-color-focus - Focus ring.
 * @cssprop --plan-radius - Corner radius.
 * @cssprop --plan-font-family - Font family.
 * @cssprop --plan-font-size - Base font size.
 */
export class PlanFigures extends PlanElement<FiguresStrings> {
  static override styles = [
    tokens,
    sectionStyles,
    citationCopyStyles,
    passageStyles,
    downloadMenuStyles,
    caveatStyles,
    figuresStyles,
  ];
  protected override readonly strings = STRINGS;

  private readonly figures = memo<Figures>();
  /** Live confirmation of copies and downloads. */
  private readonly announcer = new Announcer(this);
  private readonly passage = passageRenderer(
    this.announcer,
    () => this.lang_,
    () => this.renderRoot as ShadowRoot,
  );
  private shown?: { figures: Figures; plans: Plan[] };

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const f = this.figures([plans], () => figures(plans));
    this.shown = { figures: f, plans };
    const title = this.heading(0, s.title, { class: 'title', id: 'figures-title' });
    if (f.count === 0)
      return html`${title}
        <p class="state" data-state="no-figures" part="state" role="status">${s.none}</p>`;
    const all = this.source.state.status === 'ready' ? this.source.state.plans : plans;
    const card = {
      lang,
      s,
      plans: all,
      heading: (content: unknown, a: { id: string; class: string }) => this.heading(2, content, a),
      passage: this.passage,
    };
    return html`${title}
      <div class="toolbar">
        ${renderDownloadMenu(
          lang,
          ['csv', 'json'],
          () => s.downloadWhat,
          (f) => void this.onDownload(f),
        )}
      </div>
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
      <p class="intro">${s.intro(f.count, new Set(f.groups.flatMap((g) => g.entries.map((e) => e.plan.id))).size)}</p>
      <p class="note">${s.scopeNote}</p>
      ${
        f.shared.length
          ? html`<section class="shared-section" aria-labelledby="shared-title">
              ${this.heading(1, s.sharedTitle, { class: 'theme-title', id: 'shared-title' })}
              ${renderSharedFigures(f.shared, lang, s, this.passage)}
            </section>`
          : nothing
      }
      ${f.groups.map(
        (g) =>
          html`<section class="theme" data-theme=${g.theme} aria-labelledby=${`theme-${g.theme}`}>
            ${this.heading(1, themeLabel(g.theme, lang), { class: 'theme-title', id: `theme-${g.theme}` })}
            <div class="figures">${g.entries.map((e) => renderFigureCard(e, card))}</div>
          </section>`,
      )}`;
  }

  /** The file's code (rows, CSV and JSON writers) loads with the first download, not with the element. */
  private onDownload = async (format: DownloadFormat): Promise<void> => {
    const shown = this.shown;
    if (!shown || (format !== 'csv' && format !== 'json')) return;
    const filename = `${this.s.fileBase}.${format}`;
    try {
      const { figuresFile } = await import('./figures-file.js');
      const blob = figuresFile(format, shown.figures, shown.plans, this.lang_);
      this.offerDownload({ format, filename, blob });
      void this.announcer.say(downloadMessage(this.lang_, filename));
    } catch {
      void this.announcer.say(downloadMessage(this.lang_, filename, false), undefined, false);
    }
  };
}
