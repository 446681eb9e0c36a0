/** The figures shown, as a CSV or JSON file. */
import type { Lang } from '../../i18n/index.js';
import type { Plan } from '../../schema/plan.js';
import { FIGURE_COLUMNS, figureRows, type Figures } from '../../model/figures.js';
import { csvOptionsFor, exportEnvelope, toCsv, toJson } from '../../model/export.js';
import { textBlob } from '../shared/save-file.js';

export function figuresFile(format: 'csv' | 'json', shown: Figures, plans: readonly Plan[], lang: Lang): Blob {
  const rows = figureRows(shown, lang);
  if (format === 'csv') return textBlob(toCsv(rows, FIGURE_COLUMNS, csvOptionsFor(lang)), format);
  const envelope = exportEnvelope({
    kind: 'figures',
    lang,
    filter: { plans: plans.map((p) => p.id) },
    plans,
    columns: FIGURE_COLUMNS,
    rows,
    now: new Date(),
  });
  return textBlob(toJson(envelope), format);
}
