import { html, type TemplateResult } from 'lit';
import { scrollFocus } from './scroll-focus.js';

/**
 * A table of the text panels (differences, evolution), named by the heading `labelledby` (its id) and
 * scrolling sideways inside a box when it is wider than the element (then a named tab stop, see
 * `scrollFocus`): the column headings, then the rows as given (each with a row header).
 */
export function scrollTable(
  part: string,
  label: string,
  labelledby: string,
  columns: readonly string[],
  rows: unknown,
): TemplateResult {
  return html`<div class="scroll" part=${part} ${scrollFocus(label)}>
    <table aria-labelledby=${labelledby}>
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
