import type { Lang } from '../../i18n/index.js';
import type { InitiativeFilter, InitiativeItem } from '../../model/initiatives.js';
import {
  INITIATIVE_COLUMNS,
  csvOptionsFor,
  exportEnvelope,
  initiativeRows,
  toCsv,
  toJson,
} from '../../model/export.js';
import type { Plan } from '../../schema/plan.js';
import { textBlob } from '../shared/save-file.js';

/** The initiatives shown as a CSV or JSON file (the JSON with the filter applied and the plans they come from), and how many rows it has. */
export function initiativesFile(
  format: 'csv' | 'json',
  items: readonly InitiativeItem[],
  filter: InitiativeFilter,
  plans: readonly Plan[],
  lang: Lang,
): { blob: Blob; rows: number } {
  const rows = initiativeRows(items, lang);
  const text =
    format === 'csv'
      ? toCsv(rows, INITIATIVE_COLUMNS, csvOptionsFor(lang))
      : toJson(
          exportEnvelope({
            kind: 'initiatives',
            lang,
            filter,
            plans,
            columns: INITIATIVE_COLUMNS,
            rows,
            now: new Date(),
          }),
        );
  return { blob: textBlob(text, format), rows: rows.length };
}
