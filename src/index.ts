/**
 * plan-compare, all in one: defines every element and exports the element classes, the schema
 * and validation, and the loader. The bundled seed plans stay a separate module (`plan-compare/data`),
 * loaded only when an element is given neither `data` nor `src`.
 */
import './elements/plan-comparison/define.js';
import './elements/plan-summary/define.js';
import './elements/plan-track-matrix/define.js';
import './elements/plan-target-chart/define.js';
import './elements/plan-initiative-list/define.js';
import './elements/plan-differences/define.js';
import './elements/plan-evolution/define.js';
import './elements/plan-figures/define.js';
import './elements/plan-theme-compare/define.js';

export { PlanComparison } from './elements/plan-comparison/plan-comparison.js';
export { PlanSummary } from './elements/plan-summary/plan-summary.js';
export { PlanTrackMatrix } from './elements/plan-track-matrix/plan-track-matrix.js';
export { PlanTargetChart } from './elements/plan-target-chart/plan-target-chart.js';
export { PlanInitiativeList } from './elements/plan-initiative-list/plan-initiative-list.js';
export { PlanDifferences } from './elements/plan-differences/plan-differences.js';
export { PlanEvolution } from './elements/plan-evolution/plan-evolution.js';
export { PlanFigures } from './elements/plan-figures/plan-figures.js';
export { PlanThemeCompare } from './elements/plan-theme-compare/plan-theme-compare.js';
export { PlanElement } from './elements/shared/plan-element.js';
export type { PlanThemeSelection } from './elements/shared/context.js';
export {
  SELECT_EVENT,
  SELECT_CLEAR_EVENT,
  DOWNLOAD_EVENT,
  FILTER_CHANGE_EVENT,
  SELECTION_CHANGE_EVENT,
  type PlanSelectEvent,
  type PlanSelectionChange,
  type PlanDownloadDetail,
  type PlanFilterChangeDetail,
  type DownloadFormat,
  type PlanEventDetails,
} from './elements/shared/events.js';
export * from './schema/index.js';
export {
  loadCollection,
  LoadError,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  type LoadErrorKind,
  type LoadOptions,
} from './data/load.js';
export { THEMES, themeById, themeLabel } from './data/themes.js';
export { VERSION } from './version.js';
