/**
 * The "Hent data" / "Download" menu of an element: a disclosure with one button per file format,
 * its styles and its strings. What a format makes is the element's business (`onSelect`).
 */
import { css, html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/download-menu.js';
import type { DownloadFormat } from './events.js';

/** What the element says once a file is saved ("Hentet: rusmiddelplaner-maal.csv"), or could not be made. */
export function downloadMessage(lang: Lang, file: string, ok = true): string {
  const s = STRINGS[lang];
  return ok ? s.downloaded(file) : s.failed(file);
}

/**
 * A disclosure (`details`/`summary`) with one button per format. Keyboard: the summary is a
 * button (Enter/Space), Tab moves through the items, Escape closes the menu and returns focus to
 * the summary; choosing an item does the same; it also closes when focus leaves it. Hidden in print.
 */
export function renderDownloadMenu(
  lang: Lang,
  formats: readonly DownloadFormat[],
  /** What a format downloads, before the format's name: "Hent de viste indsatser som" (… "CSV (regneark)"). */
  what: (format: DownloadFormat) => string,
  onSelect: (format: DownloadFormat) => void,
): TemplateResult {
  const s = STRINGS[lang];
  const close = (details: HTMLDetailsElement, refocus: boolean) => {
    details.open = false;
    if (refocus) details.querySelector('summary')?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const details = e.currentTarget as HTMLDetailsElement;
    if (e.key === 'Escape' && details.open) {
      e.preventDefault();
      e.stopPropagation();
      close(details, true);
    }
  };
  const onFocusOut = (e: FocusEvent) => {
    const details = e.currentTarget as HTMLDetailsElement;
    const next = e.relatedTarget as Node | null;
    if (details.open && next && !details.contains(next)) close(details, false);
  };
  return html`<details class="downloads" part="downloads" @keydown=${onKeyDown} @focusout=${onFocusOut}>
    <summary class="outlined">
      <svg class="line-icon downloads-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11"></path>
      </svg>
      <span>${s.download}</span>
    </summary>
    <ul class="downloads-list" role="list">
      ${formats.map(
        (format) =>
          html`<li>
            <button
              type="button"
              class="download"
              data-format=${format}
              aria-label=${`${what(format)} ${s.formats[format]}`}
              @click=${(e: Event) => {
                // close the menu, focus back on its summary, then make the file
                close((e.currentTarget as HTMLElement).closest('details')!, true);
                onSelect(format);
              }}
            >
              ${s.formats[format]}
            </button>
          </li>`,
      )}
    </ul>
  </details>`;
}

/** Styles of the menu. */
export const downloadMenuStyles = css`
  .downloads {
    position: relative;
    flex: none;
  }
  .downloads > summary {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    padding: 0.35rem 0.8rem;
    border-radius: var(--_radius);
    cursor: pointer;
    list-style: none;
    white-space: nowrap;
  }
  .downloads > summary::-webkit-details-marker {
    display: none;
  }
  .downloads > summary::after {
    content: '▾';
    font-size: 0.8em;
  }
  .downloads-icon {
    width: 1.05em;
    height: 1.05em;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .downloads-list {
    position: absolute;
    z-index: 5;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    min-width: 12em;
    margin: 0;
    padding: 0.3rem;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  button.download {
    display: block;
    width: 100%;
    min-height: 40px;
    text-align: start;
    color: var(--_fg);
    background: transparent;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
  }
  button.download:hover {
    background: var(--_surface);
  }
  @media print {
    .downloads {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .downloads > summary {
      border-color: ButtonText;
    }
  }
`;
