/**
 * Source caveats (`flags`) resolved to the item they concern. Pure; no DOM.
 *
 * A flag's `target` is a path-like pointer into the plan. The forms the five seed plans use, all
 * supported here:
 * - `<collection>/<id>`: an item by its id — `initiatives/…`, `tracks/…`, `statistics/…`,
 *   `indicators/…`, `targetGroups/…`, `statusUpdates/…`, `legalBasis/…` (and `visions/…`,
 *   `values/…`, `guidingMarks/…`, which have ids too);
 * - `relations/<n>` or `relations/<type>`: a relation (relations have no id) by its position or type;
 * - `<collection>`: a whole part of the plan (`tracks`, `initiatives`, `indicators` …);
 * - `source`, `adoption`, `period`, `municipalities`, `purpose`, `signatories`: a field of the plan;
 * - also read (no seed uses them yet): `indicators/<id>/values/<n or year>` (one value),
 *   `statistics/<id>/rows/<n>` (one row), and `plan` or an empty target (the plan itself).
 * A target that points at nothing falls back to the plan itself (`resolved: false`): a caveat is
 * never dropped.
 */
import type { Flag, Plan } from '../schema/plan.js';

/** What a caveat concerns. `section` is a whole part of the plan, `field` a field such as the source. */
export type CaveatKind =
  | 'plan'
  | 'field'
  | 'section'
  | 'initiative'
  | 'track'
  | 'statistic'
  | 'statistic-row'
  | 'indicator'
  | 'indicator-value'
  | 'relation'
  | 'target-group'
  | 'status-update'
  | 'legal-basis'
  | 'vision'
  | 'value'
  | 'guiding-mark';

/** Collections whose items have an `id`, and the kind of item each holds. */
const BY_ID = {
  initiatives: 'initiative',
  tracks: 'track',
  statistics: 'statistic',
  indicators: 'indicator',
  targetGroups: 'target-group',
  statusUpdates: 'status-update',
  legalBasis: 'legal-basis',
  visions: 'vision',
  values: 'value',
  guidingMarks: 'guiding-mark',
} as const satisfies Record<string, CaveatKind>;
type IdCollection = keyof typeof BY_ID;

/** Plan fields a caveat may concern as a whole. */
export const CAVEAT_FIELDS = ['source', 'adoption', 'period', 'municipalities', 'purpose', 'signatories'] as const;
export type CaveatField = (typeof CAVEAT_FIELDS)[number];

/** Parts of the plan a caveat may concern as a whole (`"tracks"`, `"initiatives"` …). */
export type CaveatSection = IdCollection | 'relations';

export interface Caveat {
  planId: string;
  /** Position of the flag in the plan's `flags`. */
  index: number;
  flag: Flag;
  kind: CaveatKind;
  /** The target points at something that exists; false means it fell back to the plan level. */
  resolved: boolean;
  /** Id of the item (initiative, track, statistic, indicator …), when it has one. */
  itemId?: string;
  /** Position of the relation, indicator value or statistic row. */
  position?: number;
  /** The part of the plan (kind `section`, and the collection of an item) or the field (kind `field`). */
  section?: CaveatSection;
  field?: CaveatField;
  /** The item's name in the plan's words: an initiative's title, a track's label, a relation's title … */
  label?: string;
  /** The caveat in the asked language when the plan has it, else in the plan's own language. */
  text: string;
  /** The language of `text` (BCP 47). */
  textLang: string;
}

const isIdCollection = (name: string): name is IdCollection => Object.hasOwn(BY_ID, name);
const isField = (name: string): name is CaveatField => (CAVEAT_FIELDS as readonly string[]).includes(name);
const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The flag's message in `lang` (a translation, or the message itself when the plan is in that language), else in the plan's language. */
export function caveatText(flag: Flag, plan: Pick<Plan, 'language'>, lang: string): { text: string; lang: string } {
  if (base(plan.language) === base(lang)) return { text: flag.message, lang: plan.language };
  const translations = flag.translations ?? {};
  const key =
    Object.keys(translations).find((k) => k === lang) ?? Object.keys(translations).find((k) => base(k) === base(lang));
  return key ? { text: translations[key]!, lang: key } : { text: flag.message, lang: plan.language };
}

type Target = Omit<Caveat, 'planId' | 'index' | 'flag' | 'text' | 'textLang'>;

function labelOf(collection: IdCollection, item: Record<string, unknown>): string | undefined {
  for (const key of ['title', 'label', 'subject']) if (typeof item[key] === 'string') return item[key];
  if (collection === 'legalBasis') return [item['law'], item['section']].filter(Boolean).join(' ');
  if (typeof item['text'] === 'string') return item['text'];
  return undefined;
}

/** Where a target points, or undefined when it points at nothing. */
function locate(plan: Plan, target: string): Target | undefined {
  const parts = target
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .split('/');
  const [head = '', id, sub, subKey, ...rest] = parts;
  if (rest.length) return undefined;
  if (head === '' || head === 'plan') return parts.length === 1 ? { kind: 'plan', resolved: true } : undefined;
  // A field as a whole, also one the plan lacks ("the text states no adoption date" is a caveat about that).
  if (isField(head)) return parts.length === 1 ? { kind: 'field', field: head, resolved: true } : undefined;
  if (head === 'relations') {
    const relations = plan.relations ?? [];
    if (id === undefined)
      return relations.length ? { kind: 'section', section: 'relations', resolved: true } : undefined;
    if (sub !== undefined) return undefined;
    const position = /^\d+$/.test(id) ? Number(id) : relations.findIndex((r) => r.type === id);
    const relation = relations[position];
    return relation
      ? { kind: 'relation', section: 'relations', position, label: relation.title, resolved: true }
      : undefined;
  }
  if (!isIdCollection(head)) return undefined;
  const items = (plan[head] ?? []) as readonly { id: string }[];
  // A part of the plan as a whole: it may be empty ("no indicators are encoded" is a caveat about that).
  if (id === undefined) return { kind: 'section', section: head, resolved: true };
  const item = items.find((x) => x.id === id);
  if (!item) return undefined;
  const found: Target = {
    kind: BY_ID[head],
    section: head,
    itemId: id,
    label: labelOf(head, item as unknown as Record<string, unknown>),
    resolved: true,
  };
  if (sub === undefined) return found;
  if (head === 'indicators' && sub === 'values' && subKey !== undefined) {
    const values = plan.indicators!.find((i) => i.id === id)!.values;
    // A position, or a year when the indicator has one value that year.
    let position = /^\d+$/.test(subKey) && Number(subKey) < values.length ? Number(subKey) : -1;
    if (position < 0 && /^\d{4}$/.test(subKey)) {
      const ofYear = values.flatMap((v, i) => (v.year === Number(subKey) ? [i] : []));
      if (ofYear.length === 1) position = ofYear[0]!;
    }
    return position >= 0 ? { ...found, kind: 'indicator-value', position } : undefined;
  }
  if (head === 'statistics' && sub === 'rows' && subKey !== undefined && /^\d+$/.test(subKey)) {
    const rows = plan.statistics!.find((s) => s.id === id)!.rows;
    return Number(subKey) < rows.length ? { ...found, kind: 'statistic-row', position: Number(subKey) } : undefined;
  }
  return undefined;
}

/** Every flag of the plan, in the plan's order, resolved to what it concerns; `lang` picks the text. */
export function planCaveats(plan: Plan, lang: string): Caveat[] {
  return (plan.flags ?? []).map((flag, index) => {
    const where = locate(plan, flag.target) ?? { kind: 'plan' as const, resolved: false };
    const { text, lang: textLang } = caveatText(flag, plan, lang);
    return { planId: plan.id, index, flag, ...where, text, textLang };
  });
}

const cache = new WeakMap<Plan, Map<string, Caveat[]>>();

/** `planCaveats`, computed once per plan object and language. */
export function caveatsOf(plan: Plan, lang: string): Caveat[] {
  let byLang = cache.get(plan);
  if (!byLang) cache.set(plan, (byLang = new Map()));
  let list = byLang.get(lang);
  if (!list) byLang.set(lang, (list = planCaveats(plan, lang)));
  return list;
}

/** The caveats of one item: `kind` and id, e.g. ('initiative', 'forebyg-1'). Values of an indicator are not included. */
export function caveatsFor(plan: Plan, lang: string, kind: CaveatKind, itemId?: string, position?: number): Caveat[] {
  return caveatsOf(plan, lang).filter(
    (c) => c.kind === kind && c.itemId === itemId && (position === undefined || c.position === position),
  );
}

/**
 * The caveats of one statistic and of its rows (`statistics/<id>`, `statistics/<id>/rows/<n>`), read from
 * the flags directly: for an element that shows statistics only (the figures), without the resolver of every
 * target form that caveatsOf carries.
 */
export function statisticCaveats(plan: Plan, lang: string, statisticId: string): Caveat[] {
  const prefix = `statistics/${statisticId}`;
  const out: Caveat[] = [];
  (plan.flags ?? []).forEach((flag, index) => {
    const target = flag.target.trim().replace(/^\/+|\/+$/g, '');
    const row = target.startsWith(`${prefix}/rows/`) ? Number(target.slice(prefix.length + 6)) : undefined;
    if (target !== prefix && (row === undefined || !Number.isInteger(row))) return;
    const { text, lang: textLang } = caveatText(flag, plan, lang);
    out.push({
      planId: plan.id,
      index,
      flag,
      kind: row === undefined ? 'statistic' : 'statistic-row',
      section: 'statistics',
      itemId: statisticId,
      ...(row === undefined ? {} : { position: row }),
      resolved: true,
      text,
      textLang,
    });
  });
  return out;
}

/** The caveats of an indicator and of each of its values. */
export function indicatorCaveats(plan: Plan, lang: string, indicatorId: string): Caveat[] {
  return caveatsOf(plan, lang).filter(
    (c) => (c.kind === 'indicator' || c.kind === 'indicator-value') && c.itemId === indicatorId,
  );
}

/**
 * Caveats the summary shows as about the plan as a whole: the plan itself, its fields, whole parts,
 * relations, and any target that points at nothing.
 */
export function isPlanLevel(c: Caveat): boolean {
  return c.kind === 'plan' || c.kind === 'field' || c.kind === 'section';
}

/** The order the summary groups caveats in. */
export const CAVEAT_GROUPS: readonly CaveatKind[] = [
  'plan',
  'field',
  'section',
  'relation',
  'track',
  'initiative',
  'indicator',
  'indicator-value',
  'statistic',
  'statistic-row',
  'target-group',
  'status-update',
  'legal-basis',
  'vision',
  'value',
  'guiding-mark',
];

/** The plan's caveats grouped by what they concern, in CAVEAT_GROUPS order; empty groups left out. */
export function groupCaveats(caveats: readonly Caveat[]): { kind: CaveatKind; caveats: Caveat[] }[] {
  return CAVEAT_GROUPS.map((kind) => ({ kind, caveats: caveats.filter((c) => c.kind === kind) })).filter(
    (g) => g.caveats.length,
  );
}

/** The caveat texts of a list of caveats joined for an export cell ("text | text"). */
export function caveatCell(caveats: readonly Caveat[]): string {
  return caveats.map((c) => c.text).join(' | ');
}
