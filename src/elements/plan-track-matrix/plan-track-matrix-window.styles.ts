import { css } from 'lit';

/**
 * The windowed matrix (more plans than `window-above`): every plan column has the same width, so a
 * run of columns that is not rendered can stand as one gap cell of the same total width.
 */
export const matrixWindowStyles = css`
  /* Fixed layout: the columns take the widths of the col elements (a gap spans its columns' widths), whatever is rendered. */
  table.windowed {
    table-layout: fixed;
  }
  table.windowed col.theme-col {
    width: var(--_first-col);
  }
  table.windowed col.plan-col {
    width: 10.5em;
  }
  td.gap {
    padding: 0;
  }
  thead td.gap {
    background: var(--_surface);
  }
`;
