/** JSON Schema (draft 2020-12) for plan files, generated from the zod schema. Node/tooling only. */
import * as z from 'zod/mini';
import * as S from './plan.js';

export const JSON_SCHEMA_ID = 'https://plan-compare.invalid/schema/plan.schema.json';

/** Names and editor hover texts for the reused parts of the schema (they become `$defs`). */
const DEFS: [z.core.$ZodType, string, string][] = [
  [S.Provenance, 'Provenance', 'Where a statement comes from: section heading and a short verbatim quote (one sentence or less) from the source text.'],
  [S.ThemeId, 'ThemeId', 'Id of a canonical theme in data/themes.json.'],
  [S.Municipality, 'Municipality', 'A municipality with its official three-digit code (kommunekode).'],
  [S.TextBlock, 'TextBlock', 'A short text in the plan\'s words, with provenance.'],
  [S.AgeRange, 'AgeRange', 'Age range in years; either end may be open.'],
  [S.TargetGroup, 'TargetGroup', 'A target group (målgruppe) of the plan, with ages when stated.'],
  [S.Relation, 'Relation', 'A relation to another document (supersedes, reports on, implements …).'],
  [S.Track, 'Track', 'A focus area / spor / kerneindsats in the plan\'s own words and order, mapped to canonical themes.'],
  [S.Initiative, 'Initiative', 'One initiative row or listed measure of the plan.'],
  [S.IndicatorValue, 'IndicatorValue', 'One value of an indicator series: a baseline, target or actual for a year.'],
  [S.Indicator, 'Indicator', 'A numeric series with baseline/targets/actuals; values in year order.'],
  [S.StatisticRow, 'StatisticRow', 'One reported figure, with its breakdown.'],
  [S.Statistic, 'Statistic', 'Figures as reported, with the reported total kept even when it differs from the sum of the rows.'],
  [S.LegalBasis, 'LegalBasis', 'A legal basis the plan cites (act and section).'],
  [S.StatusUpdate, 'StatusUpdate', 'Qualitative progress on a target group or initiative (status reports).'],
  [S.Flag, 'Flag', 'A place where the source is ambiguous or inconsistent: what it says is kept, the problem is said here.'],
];

export function planJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id?: string; description?: string }>();
  for (const [schema, id, description] of DEFS) registry.add(schema, { id, description });
  const generated = z.toJSONSchema(S.Plan, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
    metadata: registry,
  }) as Record<string, unknown>;
  return {
    ...generated,
    $id: JSON_SCHEMA_ID,
    title: `plan-compare plan, schema ${S.SCHEMA_VERSION}`,
    description:
      'One municipal substance-use plan (rusmiddelplan) as one JSON document. Cross-references (unique ids, track/target-group references) and year order are checked by the validator CLI (plan-compare-validate), not by JSON Schema alone.',
  };
}

/** The file content as checked in: two-space indent, trailing newline. */
export function planJsonSchemaText(): string {
  return JSON.stringify(planJsonSchema(), null, 2) + '\n';
}
