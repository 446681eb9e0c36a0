import type { Lang } from '../../i18n/index.js';
import {
  filterInitiatives,
  indexInitiatives,
  mergePrintings,
  type Facet,
  type FilterResult,
  type InitiativeFilter,
  type InitiativeItem,
} from '../../model/initiatives.js';
import {
  GROUP_BYS,
  facetOptions,
  filterKey,
  flattenGroups,
  groupItems,
  planNames,
  type Group,
  type GroupBy,
  type PlanName,
  type Row,
} from '../../model/initiative-view.js';
import type { Plan } from '../../schema/plan.js';
import { memo } from '../shared/memo.js';

/** What the list's view depends on. */
export interface ListInput {
  /** The loaded plans, the element's `plans` attribute, and the selection it makes of them. */
  loaded: readonly Plan[];
  plansAttr: string;
  select: (all: readonly Plan[]) => Plan[];
  lang: Lang;
  /** The filter applied (the matrix selection included). */
  applied: InitiativeFilter;
  groupBy: GroupBy;
  /** The host is wide; how many plan columns fit side by side. */
  wide: boolean;
  fit: number;
  virtualizeAbove: number;
  /** A server render or its hydration: every row in the HTML, none virtualised. */
  prerendered: boolean;
}

/**
 * What the initiative list shows, derived step by step, each step again only when its inputs change:
 * the selected plans' initiatives indexed with the facet values, the plans' names, the filtered
 * result, and its groups — as plan columns side by side, or as rows (virtualised when there are many).
 */
export class ListView {
  selected: Plan[] = [];
  index: InitiativeItem[] = [];
  options: Record<Facet, string[]> = { plan: [], theme: [], targetGroup: [], kind: [], status: [], caveat: [] };
  names = new Map<string, PlanName>();
  applied: InitiativeFilter = {};
  result: FilterResult = filterInitiatives([], {});
  /** The items shown: `result.items` with a measure printed twice as one item citing both (`mergePrintings`). */
  shown: InitiativeItem[] = [];
  /** How many distinct measures the selected plans have (a measure printed twice counts once). */
  total = 0;
  grouping: GroupBy = 'theme';
  groups: Group[] = [];
  rows: Row[] = [];
  columns = false;
  virtual = false;

  private readonly indexed = memo<Pick<ListView, 'selected' | 'index' | 'options'>>();
  private readonly named = memo<Map<string, PlanName>>();
  private readonly filtered = memo<FilterResult>();
  private readonly merged = memo<InitiativeItem[]>();
  private readonly counted = memo<number>();
  private readonly grouped = memo<Pick<ListView, 'groups' | 'rows' | 'columns' | 'virtual'>>();

  /** Bring the view up to date; true when its groups were made again (a prerendered list is then live). */
  update(input: ListInput): boolean {
    Object.assign(
      this,
      this.indexed([input.loaded, input.plansAttr], () => {
        const selected = input.select(input.loaded);
        const index = indexInitiatives(selected);
        return { selected, index, options: facetOptions(index, selected) };
      }),
    );
    this.names = this.named([this.selected, input.lang], () => planNames(this.selected, input.lang));
    const { index, selected } = this;
    const applied = (this.applied = input.applied);
    this.result = this.filtered([index, filterKey(applied)], () => filterInitiatives(index, applied));
    const filtered = this.result.items;
    this.shown = this.merged([filtered, index], () => mergePrintings(filtered, index));
    this.total = this.counted([index], () => new Set(index.map((i) => i.group ?? i.key)).size);
    const groupBy: GroupBy = GROUP_BYS.includes(input.groupBy) ? input.groupBy : 'theme';
    this.grouping = groupBy;
    const { wide, fit, virtualizeAbove } = input;
    const shown = this.shown;
    let made = false;
    Object.assign(
      this,
      this.grouped([groupBy, wide, fit, virtualizeAbove, shown], () => {
        made = true;
        const groups = groupItems(shown, groupBy, selected, applied);
        const columns =
          groupBy === 'plan' &&
          wide &&
          groups.length >= 2 &&
          groups.length <= fit &&
          groups.every((g) => g.items.length <= virtualizeAbove);
        const itemRows = groups.reduce((n, g) => n + g.items.length, 0);
        const virtual = !columns && itemRows > virtualizeAbove && !input.prerendered;
        return { groups, rows: columns ? [] : flattenGroups(groups), columns, virtual };
      }),
    );
    return made;
  }
}
