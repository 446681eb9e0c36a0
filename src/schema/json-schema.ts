/**
 * JSON Schema (draft 2020-12) for plan files, generated from the zod schema. Node/tooling only.
 *
 * It says everything JSON Schema can say: the shapes, enums, ranges and patterns come from zod
 * (non-blank texts and trimmed lengths as patterns, real calendar dates as a pattern); the rules of
 * `./rules.ts` that JSON Schema can express are added here as if/then (municipality codes per
 * country, themes by track kind, qualifiers, denominators). What it cannot say (one number before
 * another, unique ids, references, anything across plans) is written in the description of the
 * field it concerns, so that an editor's hover tells the author to run the CLI.
 * test/node/json-schema-parity.test.ts holds the two to each other.
 */
import * as z from 'zod/mini';
import * as S from './plan.js';
import { DEFAULT_COUNTRY, MUNICIPALITY_CODE_FORMATS, THEMELESS_TRACK_KINDS } from './plan.js';

export const JSON_SCHEMA_ID = 'https://plan-compare.invalid/schema/plan.schema.json';

type Json = Record<string, unknown>;

/** What an editor shows on hover for a check only the CLI makes. */
const CLI = 'JSON Schema cannot check this: run plan-compare-validate.';
const unique = (what: string) => `Unique among the plan's ${what}. ${CLI}`;
const ref = (what: string) => `Must name ${what}. ${CLI}`;

/** The figure rules JSON Schema can say: a range is only "about"; `approximate` agrees with `qualifier`. */
const FIGURE_RULES: Json[] = [
  { if: { required: ['valueMax'] }, then: { properties: { qualifier: { const: 'about' } } } },
  {
    if: { properties: { approximate: { const: true } }, required: ['approximate'] },
    then: { properties: { qualifier: { const: 'about' } } },
  },
  {
    if: { properties: { approximate: { const: false } }, required: ['approximate'] },
    then: { properties: { qualifier: { not: { const: 'about' } } } },
  },
];
/** Notes on the fields a figure (an indicator value, a statistic row) has. */
const FIGURE_FIELDS: Json = {
  valueMax: `Greater than value. ${CLI}`,
  approximate: { deprecated: true },
  municipalityCode: ref("the code of one of the plan's municipalities"),
};
const DENOMINATOR_RULE: Json = {
  if: { required: ['denominator'] },
  then: { properties: { unit: { const: 'rate' } } },
};

const codeRule = (country: string): Json => {
  const then = { properties: { code: { type: 'string', pattern: MUNICIPALITY_CODE_FORMATS[country]!.pattern } } };
  return { if: { properties: { country: { const: country } }, required: ['country'] }, then };
};

/**
 * Names, hover texts and JSON-Schema-only rules of the parts of the schema (they become `$defs`),
 * and the notes on their fields (`fields`): a field's description, or a note added to it.
 */
const DEFS: { schema: z.core.$ZodType; id: string; description: string; extra?: Json; fields?: Json }[] = [
  {
    schema: S.Provenance,
    id: 'Provenance',
    description:
      'Where a statement comes from: section heading and a short verbatim quote (one sentence or less) from the source text.',
    fields: {
      quote: `Verbatim from the source text, 8 to 400 characters. Whether it stands in the source is checked by scripts/check-quotes.ts.`,
    },
  },
  { schema: S.ThemeId, id: 'ThemeId', description: 'Id of a canonical theme in data/themes.json.' },
  {
    schema: S.Municipality,
    id: 'Municipality',
    description:
      "A municipality with its official code in its country's format: Danish kommunekode three digits (the default country), Norwegian kommunenummer four, Swedish kommunkod four, Finnish kuntanumero three, Icelandic four, German Gemeindeschlüssel eight.",
    extra: {
      allOf: [
        {
          if: { not: { required: ['country'] } },
          then: {
            properties: { code: { type: 'string', pattern: MUNICIPALITY_CODE_FORMATS[DEFAULT_COUNTRY]!.pattern } },
          },
        },
        ...Object.keys(MUNICIPALITY_CODE_FORMATS).map(codeRule),
      ],
    },
    fields: { code: `Unique among the plan's municipalities. ${CLI}` },
  },
  {
    schema: S.Period,
    id: 'Period',
    description: 'Start and end year as the source gives them; no end means open-ended.',
    fields: { end: `Not before start. ${CLI}` },
  },
  { schema: S.Adoption, id: 'Adoption', description: 'When and by whom the document was adopted, as stated.' },
  { schema: S.Source, id: 'Source', description: 'The source document: title as printed and the file of its text.' },
  { schema: S.TextBlock, id: 'TextBlock', description: "A short text in the plan's words, with provenance." },
  {
    schema: S.AgeRange,
    id: 'AgeRange',
    description: 'Age range in years; either end may be open.',
    fields: { max: `Not below min. ${CLI}` },
  },
  {
    schema: S.TargetGroup,
    id: 'TargetGroup',
    description: 'A target group (målgruppe) of the plan, with ages when stated.',
    fields: { id: unique('target groups') },
  },
  {
    schema: S.Relation,
    id: 'Relation',
    description:
      'A relation to another document (supersedes / superseded-by, implements / implemented-by, reports-on / reported-by, builds-on / built-on-by, part-of / has-part, related-to).',
    fields: {
      planId: `Another plan's id, not this plan's. Across a collection it should name a plan of the collection, and two plans must not both claim the same one-way relation of each other. ${CLI}`,
    },
  },
  { schema: S.Vision, id: 'Vision', description: 'A vision of the plan.', fields: { id: unique('visions') } },
  { schema: S.Value, id: 'Value', description: 'A value (værdi) of the plan.', fields: { id: unique('values') } },
  {
    schema: S.GuidingMark,
    id: 'GuidingMark',
    description: 'A guiding mark (pejlemærke) of the plan.',
    fields: { id: unique('guiding marks') },
  },
  {
    schema: S.Signatory,
    id: 'Signatory',
    description: 'Someone who signed the document, with the title as printed.',
    fields: { municipalityCode: ref("the code of one of the plan's municipalities") },
  },
  {
    schema: S.Denominator,
    id: 'Denominator',
    description:
      'What a rate is per: "pr. 1.000 indbyggere" is { "per": 1000, "of": "indbyggere" }. Only with unit "rate".',
  },
  {
    schema: S.Qualifier,
    id: 'Qualifier',
    description:
      'How the source bounds the figure: about (ca., omkring), at-least (mindst), at-most (højst, op til), above (over), below (under), just-above (lidt over), just-below (knap, næsten). A range (valueMax) can only be "about".',
  },
  {
    schema: S.Track,
    id: 'Track',
    description:
      "A focus area / spor / kerneindsats in the plan's own words and order, mapped to canonical themes. A formal section or a heading whose text is unknown may have no theme.",
    extra: {
      allOf: [
        {
          if: { properties: { kind: { enum: [...THEMELESS_TRACK_KINDS] } }, required: ['kind'] },
          else: { required: ['themes'], properties: { themes: { type: 'array', minItems: 1 } } },
        },
      ],
    },
    fields: { id: unique('tracks') },
  },
  {
    schema: S.InitiativeLink,
    id: 'InitiativeLink',
    description:
      'A link to the initiative of another (earlier) plan that this one continues (alone), was merged from (one link per source, two or more), split from (two or more initiatives of this plan name the same one) or replaces; with a quote of this plan that shows it.',
    fields: {
      planId: `Another plan's id, not this plan's. ${CLI}`,
      initiativeId: `Must name an initiative of that plan when it is in the collection. ${CLI}`,
      type: `"merged-from" needs two or more such links on the initiative; "split-from" two or more initiatives naming the same one. ${CLI}`,
    },
  },
  {
    schema: S.Initiative,
    id: 'Initiative',
    description: 'One initiative row or listed measure of the plan.',
    fields: {
      id: unique('initiatives'),
      trackId: ref('a track of this plan'),
      targetGroupIds: ref('target groups of this plan'),
      sameAs: `Ids of other initiatives of this plan that print the same measure again; each lists this one back. ${CLI}`,
    },
  },
  {
    schema: S.CoverageGap,
    id: 'CoverageGap',
    description:
      'A part of the source whose text we do not have: what it could say about its themes is unknown, not "not covered".',
    fields: { trackId: ref('a track of this plan') },
  },
  {
    schema: S.Coverage,
    id: 'Coverage',
    description:
      'Which parts of the source are missing (gaps) and what the document holds by design (holds: aims, measures, targets, status).',
    fields: { holds: `Without "measures" the plan must list no initiatives. ${CLI}` },
  },
  {
    schema: S.IndicatorValue,
    id: 'IndicatorValue',
    description: 'One value of an indicator series: a baseline, target or actual for a year.',
    extra: { allOf: FIGURE_RULES },
    fields: {
      year: `In year order with the other values; one value per year, kind, scope and municipality. ${CLI}`,
      ...FIGURE_FIELDS,
    },
  },
  {
    schema: S.Indicator,
    id: 'Indicator',
    description: 'A numeric series with baseline/targets/actuals; values in year order.',
    extra: { allOf: [DENOMINATOR_RULE] },
    fields: {
      id: unique('indicators'),
      comparableKey: `One key is one quantity: the same unit (and denominator) and scope wherever it is used, in all plans of a collection. ${CLI}`,
      unit: `With a comparableKey: the unit every use of that key has. ${CLI}`,
      scope: `With a comparableKey: the scope every use of that key has. ${CLI}`,
      trackId: ref('a track of this plan'),
      targetGroupIds: ref('target groups of this plan'),
    },
  },
  {
    schema: S.StatisticRow,
    id: 'StatisticRow',
    description: 'One reported figure, with its breakdown.',
    extra: { allOf: FIGURE_RULES },
    fields: FIGURE_FIELDS,
  },
  {
    schema: S.Statistic,
    id: 'Statistic',
    description: 'Figures as reported, with the reported total kept even when it differs from the sum of the rows.',
    extra: { allOf: [DENOMINATOR_RULE] },
    fields: {
      id: unique('statistics'),
      trackId: ref('a track of this plan'),
      reprintOf: `Must name a statistic of that plan when it is in the collection. ${CLI}`,
    },
  },
  {
    schema: S.LegalBasis,
    id: 'LegalBasis',
    description: 'A legal basis the plan cites (act and section).',
    fields: { id: unique('legal bases') },
  },
  {
    schema: S.StatusUpdate,
    id: 'StatusUpdate',
    description: 'Qualitative progress on a target group or initiative (status reports).',
    fields: {
      id: unique('status updates'),
      trackId: ref('a track of this plan'),
      initiativeId: ref('an initiative of this plan'),
      targetGroupIds: ref('target groups of this plan'),
    },
  },
  {
    schema: S.Flag,
    id: 'Flag',
    description:
      'A place where the source is ambiguous or inconsistent: what it says is kept, the problem is said here (in the plan\'s language, and in others under "translations").',
  },
];

/** Notes on the plan's own fields. */
const ROOT_FIELDS: Json = {
  id: `The plan's id; unique in a collection. ${CLI}`,
  schemaVersion: 'The schema version the file is written for: 1.0.0, 1.1.0 or 1.2.0 (this library reads 1.x.y).',
};

/** Sets a field's description (a string) or adds annotations (an object) to it. */
function annotate(node: Json | undefined, fields: Json | undefined): void {
  const properties = node?.['properties'] as Record<string, Json> | undefined;
  for (const [key, note] of Object.entries(fields ?? {})) {
    const target = properties?.[key];
    if (!target) throw new Error(`json-schema: no field "${key}" to annotate`);
    if (typeof note === 'string') target['description'] = note;
    else Object.assign(target, note);
  }
}

export function planJsonSchema(): Json {
  const registry = z.registry<Json>();
  for (const { schema, id, description, extra } of DEFS) registry.add(schema, { id, description, ...extra });
  const generated = z.toJSONSchema(S.Plan, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
    io: 'input',
    metadata: registry,
  }) as Json;
  const defs = generated['$defs'] as Record<string, Json>;
  for (const { id, fields } of DEFS) annotate(defs[id], fields);
  annotate(generated, ROOT_FIELDS);
  return {
    ...generated,
    $id: JSON_SCHEMA_ID,
    title: `plan-compare plan, schema ${S.SCHEMA_VERSION}`,
    description:
      'One municipal substance-use plan (rusmiddelplan) as one JSON document. Unique ids, references, the order of years and numbers, and checks across plans are made by the validator CLI (plan-compare-validate), not by JSON Schema; the fields concerned say so.',
  };
}

/** The file content as checked in: two-space indent, trailing newline. */
export function planJsonSchemaText(): string {
  return JSON.stringify(planJsonSchema(), null, 2) + '\n';
}
