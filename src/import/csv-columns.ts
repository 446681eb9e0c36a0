/** The columns of the spreadsheet import (`csv.ts`): their names, which are required, the separators, and the words a spreadsheet author may type. */

/** The columns of the initiatives table, in template order. */
export const CSV_COLUMNS = [
  'id',
  'track',
  'title',
  'description',
  'kind',
  'status',
  'target_groups',
  'age_min',
  'age_max',
  'partners',
  'themes',
  'section',
  'quote',
  'policy_goal',
  'policy_goal_section',
  'policy_goal_quote',
  'same_as',
  'links',
  'link_sections',
  'link_quotes',
  'link_notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a row cannot do without (an empty `id` is made from the title). */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['track', 'title', 'status', 'themes', 'section', 'quote'];

/** Separates the items of a list cell (target_groups, partners, themes): `youth|prevention`. */
export const LIST_SEPARATOR = '|';

/**
 * Links to initiatives of other plans (schema 1.2) take four cells. `links` holds one entry per link,
 * `type:planId/initiativeId` (e.g. `continues:aabenraa-2021/klassebesoeg-fra-ssp`), separated by `|`;
 * `link_sections`, `link_quotes` and `link_notes` hold the link's provenance and note, one entry per
 * link in the same order, separated by `|` (an entry may be empty: `|note of the second link`), or
 * are empty altogether. In these four cells `\|` is a `|` inside an entry and `\\` a backslash;
 * any other backslash is itself.
 */
export const LINK_COLUMNS = ['links', 'link_sections', 'link_quotes', 'link_notes'] as const;

/** The separators read; Danish Excel writes `;`. */
export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Danish words a spreadsheet author may type for `kind` and `status` (Aabenraa's tags), besides the schema's own. */
export const KIND_WORDS: Record<string, string> = {
  tilbud: 'offer',
  strategi: 'strategy',
  fokus: 'focus',
  tilgang: 'approach',
};
export const STATUS_WORDS: Record<string, string> = {
  eksisterende: 'existing',
  planlagt: 'planned',
  '*': 'future-focus',
  'fremtidigt fokus': 'future-focus',
  afsluttet: 'completed',
  ukendt: 'unknown',
};
/** Danish words for a link's type (a space may stand for the hyphen: `udskilt fra`). */
export const LINK_TYPE_WORDS: Record<string, string> = {
  fortsætter: 'continues',
  'sammenlagt-fra': 'merged-from',
  'udskilt-fra': 'split-from',
  erstatter: 'replaces',
};

/** The initiative field each column fills (path below the initiative; `*` is any list index). */
export const COLUMN_PATHS: Record<CsvColumn, readonly string[]> = {
  id: ['id'],
  track: ['trackId'],
  title: ['title'],
  description: ['description'],
  kind: ['kind'],
  status: ['status'],
  target_groups: ['targetGroupIds'],
  age_min: ['ages', 'min'],
  age_max: ['ages', 'max'],
  partners: ['partners'],
  themes: ['themes'],
  section: ['provenance', 'section'],
  quote: ['provenance', 'quote'],
  policy_goal: ['policyGoal', 'text'],
  policy_goal_section: ['policyGoal', 'provenance', 'section'],
  policy_goal_quote: ['policyGoal', 'provenance', 'quote'],
  same_as: ['sameAs'],
  links: ['links'],
  link_sections: ['links', '*', 'provenance', 'section'],
  link_quotes: ['links', '*', 'provenance', 'quote'],
  link_notes: ['links', '*', 'note'],
};
