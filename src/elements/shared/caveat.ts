/**
 * The caveat marker every element shows beside an item whose source has a caveat (`flags`): a
 * visible "Forbehold" / "Caveat" label with the kind of problem, and the caveat's text always shown
 * beneath it — not a tooltip — so that it is read by everyone, by screen readers (a `note`), found
 * with find-in-page and printed. Styled with the `--plan-*` tokens; no inline styles (strict CSP).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/caveats.js';
import type { Caveat } from '../../model/caveats.js';

export interface CaveatOptions {
  /** Name what each caveat concerns before its text (the summary's list, where items are not beside it). */
  subject?: (c: Caveat) => string;
}

/** The marker with the texts of these caveats, or nothing when there are none. */
export function renderCaveats(
  caveats: readonly Caveat[],
  lang: Lang,
  { subject }: CaveatOptions = {},
): TemplateResult | typeof nothing {
  if (!caveats.length) return nothing;
  const s = STRINGS[lang];
  return html`<div class="caveats" part="caveat" role="note" lang=${lang} aria-label=${s.count(caveats.length)}>
    ${caveats.map(
      (c) =>
        html`<p class="caveat" data-flag=${c.index}>
          <span class="caveat-mark"
            ><span class="caveat-icon" aria-hidden="true">!</span> ${s.caveat}<span class="caveat-kind">
              (${s.flagKinds[c.flag.kind]})</span
            >:</span
          >
          ${subject ? html`<span class="caveat-subject">${subject(c)}:</span>` : nothing}
          <span class="caveat-text" lang=${c.textLang}>${c.text}</span>
        </p>`,
    )}
  </div>`;
}

/** Styles of the marker; add to the element's `styles`. */
export const caveatStyles = css`
  .caveats {
    margin: 0.35rem 0;
    padding: 0.1rem 0 0.1rem 0.6rem;
    border-inline-start: 3px solid var(--_accent);
    font-size: 0.92em;
  }
  .caveat {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .caveat-mark {
    font-weight: 600;
    margin-inline-end: 0.25rem;
  }
  .caveat-icon {
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    border: 1.5px solid currentColor;
    line-height: 1;
  }
  .caveat-kind {
    font-weight: 400;
    color: var(--_muted);
  }
  .caveat-subject {
    font-weight: 600;
    margin-inline-end: 0.25rem;
  }
  @media (forced-colors: active) {
    .caveats {
      border-inline-start-color: CanvasText;
    }
  }
  /* One caveat is not split over two pages; a long list of them may be (a block taller than a page that
     may not break overflows onto the next card in Chromium's print layout). */
  @media print {
    .caveat {
      break-inside: avoid;
    }
  }
`;
