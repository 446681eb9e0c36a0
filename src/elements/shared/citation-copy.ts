/**
 * A citation with its copy button, as every element that quotes a plan shows it: the citation on one
 * line after its label, a "Kopiér kildehenvisning" / "Copy citation" button that names the item for
 * assistive technology, and a visible "✓ Kopieret" beside the button the last copy came from. The
 * element's `Announcer` copies and says the outcome in its live region.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/citation-copy.js';
import { clipboardStyles, type Announcer } from './clipboard.js';

/** The citation after its label: "Kildehenvisning: …", or "Kildehenvisning (2017, mål): …" with a `detail`. */
export function renderCiteLine(lang: Lang, citation: string, citationLang: string, detail?: string): TemplateResult {
  return html`<p class="cite-line">
    <span class="cite-label">${STRINGS[lang].citation}${detail ? ` (${detail})` : ''}:</span>
    <span class="cite-text" lang=${citationLang}>${citation}</span>
  </p>`;
}

export interface CopyButton {
  /** Which button this is, among the element's copy buttons (`data-copy`). */
  key: string;
  /** The text copied. */
  citation: string;
  /** What is cited, read after the button's name by assistive technology ("…: Unge – Randers, 2017, mål"). */
  context: string;
}

/** The copy button and, while it shows, the confirmation of the last copy made with it. */
export function renderCopyButton(
  announcer: Announcer,
  lang: Lang,
  root: ShadowRoot,
  { key, citation, context }: CopyButton,
): TemplateResult {
  const s = STRINGS[lang];
  const copy = () => void announcer.copy(citation, key, root, { ok: s.copied, failed: s.copyFailed });
  return html`<span class="cite-actions">
    <button type="button" class="copy" data-copy=${key} @click=${copy}>
      ${s.copyCitation}<span class="visually-hidden">: ${context}</span>
    </button>
    ${
      announcer.key === key
        ? html`<span class="copied" aria-hidden="true">${announcer.ok ? `✓ ${s.copied}` : s.copyFailed}</span>`
        : nothing
    }
  </span>`;
}

/** Styles of the citation line, the copy button and its confirmation (with the clipboard fallback's). */
export const citationCopyStyles = css`
  ${clipboardStyles}
  .cite-line {
    overflow-wrap: anywhere;
  }
  .cite-label {
    color: var(--_muted);
  }
  .cite-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  button.copy {
    min-height: 32px;
    padding: 0.15rem 0.6rem;
    font-size: 0.88em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
  }
  button.copy:hover {
    color: var(--_bg);
    background: var(--_accent);
  }
  .copied {
    margin-inline-start: 0.4rem;
    font-size: 0.88em;
    font-weight: 600;
  }
  @media print {
    button.copy,
    .copied {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    button.copy {
      border-color: ButtonText;
    }
  }
`;
