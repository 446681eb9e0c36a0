/**
 * The comparison's "share and embed" panel: the link to the view (permalink mode), the embed code,
 * and — when the plans were given through `data` and so live in no file — where they must live: the
 * embed code names a file (`src="…"`) and the panel offers that file for download, to be put beside
 * the page. Render only; the comparison computes the texts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ComparisonStrings } from '../../i18n/plan-comparison.js';

export interface SharePanelOptions {
  s: ComparisonStrings;
  /** The link to the view, in permalink mode. */
  shareUrl?: string;
  embedCode: string;
  /** The file the embed code names for plans given through `data`. */
  dataFile?: string;
  /** The announcer's message ("copied"). */
  message: string;
  onCopy: (kind: 'link' | 'code') => void;
  onDownloadData: () => void;
  onClose: () => void;
}

export function sharePanel(o: SharePanelOptions): TemplateResult {
  const s = o.s;
  return html`<details
    class="share"
    part="share"
    @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open || o.onClose()}
  >
    <summary>${s.share}</summary>
    <div class="share-body">
      ${
        o.shareUrl !== undefined
          ? html`<label for="share-link">${s.link}</label>
              <div class="copy-row">
                <input id="share-link" type="text" readonly .value=${o.shareUrl} />
                <button type="button" part="button" @click=${() => o.onCopy('link')}>${s.copyLink}</button>
              </div>`
          : nothing
      }
      <label for="embed-code">${s.embed}</label>
      <p class="hint" id="embed-hint">${s.embedHint}</p>
      ${
        o.dataFile
          ? html`<p class="hint data-file" id="embed-data-hint">${s.embedDataHint(o.dataFile)}</p>
              <button type="button" class="secondary download-data" part="button" @click=${o.onDownloadData}>
                ${s.downloadData(o.dataFile)}
              </button>`
          : nothing
      }
      <textarea
        id="embed-code"
        readonly
        rows="3"
        aria-describedby=${o.dataFile ? 'embed-hint embed-data-hint' : 'embed-hint'}
        .value=${o.embedCode}
      ></textarea>
      <button type="button" part="button" @click=${() => o.onCopy('code')}>${s.copyCode}</button>
      <p class="status" role="status">${o.message}</p>
    </div>
  </details>`;
}
