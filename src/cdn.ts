/**
 * The browser build's entry (dist/cdn/plan-compare.js): what the first view needs. It defines
 * `<plan-comparison>`, `<plan-summary>` and `<plan-track-matrix>` at once; `<plan-target-chart>`,
 * `<plan-initiative-list>`, `<plan-differences>` and `<plan-evolution>` load from chunks beside it
 * when they are on the page or a comparison shows them. The validator loads when plans from `data` or
 * `src` need checking, the seed plans when an element is given neither. For the element classes of the
 * lazy elements, the schema and the loader, use the package (`plan-compare`) with a bundler.
 */
import './elements/plan-comparison/define.js';
import { autoload } from './elements/lazy.js';

if (typeof document !== 'undefined') autoload(document);

export { PlanComparison } from './elements/plan-comparison/plan-comparison.js';
export { PlanSummary } from './elements/plan-summary/plan-summary.js';
export { PlanTrackMatrix } from './elements/plan-track-matrix/plan-track-matrix.js';
export { PlanElement } from './elements/shared/plan-element.js';
export { loadElement, LAZY_TAGS, type LazyTag } from './elements/lazy.js';
export {
  SELECT_EVENT,
  SELECT_CLEAR_EVENT,
  DOWNLOAD_EVENT,
  FILTER_CHANGE_EVENT,
  SELECTION_CHANGE_EVENT,
} from './elements/shared/events.js';
export { THEMES, themeById, themeLabel } from './data/themes.js';
export { VERSION } from './version.js';
