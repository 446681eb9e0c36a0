/**
 * The schema's closed lists and version, without zod: elements and model functions use these
 * without pulling the validator into their bundle.
 */
export const SCHEMA_VERSION = '1.0.0';

/** Ids of the canonical themes in data/themes.json. Kept as a closed list so a plan cannot name a theme that does not exist. */
export const THEME_IDS = [
  'prevention',
  'early-detection',
  'outreach',
  'treatment',
  'harm-reduction',
  'aftercare-recovery',
  'collaboration',
  'competence',
  'youth',
  'families-children',
  'dual-diagnosis',
  'vulnerable-groups',
  'availability',
  'access-to-treatment',
  'monitoring-effect',
  'workplaces',
  'elderly',
] as const;
export const PLAN_KINDS = ['policy', 'action-plan', 'strategy', 'plan', 'status-report'] as const;
export const INITIATIVE_KINDS = ['offer', 'strategy', 'focus', 'approach'] as const;
export const INITIATIVE_STATUSES = ['existing', 'planned', 'future-focus', 'completed', 'unknown'] as const;
export const UNITS = ['percent', 'percentage-points', 'persons', 'families', 'DKK', 'million-DKK', 'billion-DKK', 'rate', 'years', 'count'] as const;
export const TRACK_KINDS = ['focus-area', 'background', 'appendix'] as const;
export const SCOPES = ['municipal', 'regional', 'national'] as const;
export const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export const VALUE_KINDS = ['baseline', 'target', 'actual'] as const;
export const RELATION_TYPES = ['supersedes', 'superseded-by', 'reports-on', 'implements', 'builds-on', 'part-of'] as const;
export const PROGRESS_STATUSES = ['done', 'in-progress', 'ongoing', 'not-achieved', 'planned', 'unknown'] as const;
export const FLAG_KINDS = ['inconsistency', 'ambiguity', 'extraction', 'duplicate'] as const;
