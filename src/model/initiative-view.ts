/**
 * View logic of the initiative list, on top of ./initiatives.ts: facet options in display order,
 * filter normalisation, grouping flattened into rows (heading rows + item rows) so that one
 * virtualised list can show grouped results, and the names of the plans. Pure; no DOM.
 */
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, THEME_IDS } from '../schema/constants.js';
import type { Plan, ThemeId } from '../schema/plan.js';
import {
  FACETS,
  filterInitiatives,
  groupBy,
  type Facet,
  type InitiativeFilter,
  type InitiativeItem,
} from './initiatives.js';
import type { Lang } from '../i18n/index.js';
import { municipalityNames, periodLabel, planLabel } from './summary.js';

export type GroupBy = 'theme' | 'plan' | 'none';
export const GROUP_BYS: readonly GroupBy[] = ['theme', 'plan', 'none'];

/** Kind values in facet order; "none" stands for an initiative without a kind tag. */
export const KIND_VALUES: readonly string[] = [...INITIATIVE_KINDS, 'none'];
export const STATUS_VALUES: readonly string[] = INITIATIVE_STATUSES;

const THEME_ORDER = new Map<string, number>(THEME_IDS.map((id, i) => [id, i]));
const KIND_ORDER = new Map<string, number>(KIND_VALUES.map((id, i) => [id, i]));
const STATUS_ORDER = new Map<string, number>(STATUS_VALUES.map((id, i) => [id, i]));

/**
 * Every value each facet has in `items`, in display order: plans in the order given, themes and
 * statuses in taxonomy/schema order, kinds offer → approach then untagged, target groups by how
 * many initiatives name them (most first, ties alphabetical in Danish).
 */
export function facetOptions(items: readonly InitiativeItem[], plans: readonly Plan[]): Record<Facet, string[]> {
  const { counts } = filterInitiatives(items, {});
  const byOrder = (order: Map<string, number>) => (a: string, b: string) =>
    (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b);
  const planOrder = new Map(plans.map((p, i) => [p.id, i]));
  const tg = counts.targetGroup;
  return {
    plan: [...counts.plan.keys()].sort(byOrder(planOrder)),
    theme: [...counts.theme.keys()].sort(byOrder(THEME_ORDER)),
    targetGroup: [...tg.keys()].sort((a, b) => (tg.get(b) ?? 0) - (tg.get(a) ?? 0) || a.localeCompare(b, 'da')),
    kind: [...counts.kind.keys()].sort(byOrder(KIND_ORDER)),
    status: [...counts.status.keys()].sort(byOrder(STATUS_ORDER)),
    caveat: [...counts.caveat.keys()],
  };
}

/** Words of a space-separated attribute value, without duplicates. */
export function parseList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter(Boolean))];
}

/** Only known theme ids, in the order given. */
export function parseThemes(value: string | null | undefined): ThemeId[] {
  return parseList(value).filter((t): t is ThemeId => THEME_ORDER.has(t));
}

/** The filter with empty parts dropped, lists de-duplicated and the query trimmed: a fresh object. */
export function normaliseFilter(filter: InitiativeFilter): InitiativeFilter {
  const out: InitiativeFilter = {};
  const query = (filter.query ?? '').trim();
  if (query) out.query = query;
  for (const f of FACETS) {
    const values = [...new Set((filter[f] ?? []) as readonly string[])].filter((v) => v !== '');
    if (values.length) (out as Record<Facet, readonly string[]>)[f] = values;
  }
  return out;
}

/** A stable string for a filter, for memoising: same meaning, same key. */
export function filterKey(filter: InitiativeFilter): string {
  const n = normaliseFilter(filter);
  return JSON.stringify([n.query ?? '', ...FACETS.map((f) => [...((n[f] ?? []) as readonly string[])].sort())]);
}

/** How many facet values are selected (the query not counted). */
export function selectedCount(filter: InitiativeFilter): number {
  return FACETS.reduce((n, f) => n + ((filter[f] as readonly string[] | undefined)?.length ?? 0), 0);
}

export interface Group {
  /** Theme id, plan id, or '' for the single group of `none`. */
  key: string;
  items: InitiativeItem[];
}

/**
 * The filtered items in groups, in display order.
 * - `theme`: one group per theme, taxonomy order; an item stands under each of its themes. With a
 *   theme filter, only the selected themes are groups (an item is not repeated under its other themes).
 * - `plan`: one group per plan in `plans` order (restricted to the plan filter when set), empty groups kept
 *   so that side-by-side columns line up.
 * - `none`: one group with every item.
 */
export function groupItems(
  items: readonly InitiativeItem[],
  by: GroupBy,
  plans: readonly Plan[],
  filter: InitiativeFilter = {},
): Group[] {
  if (by === 'none') return [{ key: '', items: [...items] }];
  if (by === 'plan') {
    const groups = groupBy(items, (i) => [i.plan.id]);
    const only = filter.plan?.length ? new Set(filter.plan) : undefined;
    return plans.filter((p) => !only || only.has(p.id)).map((p) => ({ key: p.id, items: groups.get(p.id) ?? [] }));
  }
  const only = filter.theme?.length ? new Set<string>(filter.theme) : undefined;
  const groups = groupBy(items, (i) => (only ? i.initiative.themes.filter((t) => only.has(t)) : i.initiative.themes));
  return [...groups.entries()]
    .sort(([a], [b]) => (THEME_ORDER.get(a) ?? 1e9) - (THEME_ORDER.get(b) ?? 1e9))
    .map(([key, items]) => ({ key, items }));
}

export type Row =
  | { type: 'heading'; key: string; group: string; count: number }
  | { type: 'empty'; key: string; group: string }
  | { type: 'item'; key: string; group: string; item: InitiativeItem };

type ItemRow = Extract<Row, { type: 'item' }>;

/** Item rows are made once per (item, group) and reused: a new search re-lists them without new objects or keys. */
const itemRows = new WeakMap<InitiativeItem, Map<string, ItemRow>>();

function itemRow(item: InitiativeItem, group: string): ItemRow {
  let byGroup = itemRows.get(item);
  if (!byGroup) itemRows.set(item, (byGroup = new Map()));
  let row = byGroup.get(group);
  if (!row) byGroup.set(group, (row = { type: 'item', key: `${group}|${item.key}`, group, item }));
  return row;
}

/** Groups as one flat list: a heading row per group (none for the single `none` group), then its items. */
export function flattenGroups(groups: readonly Group[]): Row[] {
  const rows: Row[] = [];
  for (const g of groups) {
    if (g.key !== '' || groups.length > 1)
      rows.push({ type: 'heading', key: `h:${g.key}`, group: g.key, count: g.items.length });
    if (g.items.length === 0 && g.key !== '') rows.push({ type: 'empty', key: `e:${g.key}`, group: g.key });
    for (const item of g.items) rows.push(itemRow(item, g.key));
  }
  return rows;
}

/** How the list names a plan: its municipalities, its period, both (`label`), and `short` — the municipalities alone where no other plan has them. */
export interface PlanName {
  name: string;
  period: string;
  label: string;
  short: string;
}

/** The name of each plan (by id): facet values and group headings use `label`, the matrix chip `short`. */
export function planNames(plans: readonly Plan[], lang: Lang): Map<string, PlanName> {
  const names = plans.map((p) => municipalityNames(p, lang));
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return new Map(
    plans.map((p, i) => {
      const name = names[i]!;
      const label = planLabel(p, lang);
      return [p.id, { name, period: periodLabel(p), label, short: counts.get(name) === 1 ? name : label }];
    }),
  );
}
