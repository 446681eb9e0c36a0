/**
 * `plan-compare-validate new <id>`: a new plan file to fill in, with `$schema` (for autocompletion in
 * an editor), the fields every plan must have, and short hints from docs/encoding-guide.md where the
 * values go. It is valid JSON; every value still to be written is a text starting with `TODO:`, and
 * the validator lists each of them (with its line and column) until it is replaced.
 */
import { SCHEMA_VERSION } from '../schema/constants.js';
import { VERSION } from '../version.js';

/** What a value still to be written starts with. */
export const PLACEHOLDER = 'TODO:';

const todo = (hint: string) => `${PLACEHOLDER} ${hint}`;

/** The JSON Schema of this version of the package, where an editor can fetch it. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/plan-compare@${VERSION}/data/schema/plan.schema.json`;

/** A plan id: `<municipality>-<start>-<end>`, lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The new plan. The period is read from an id that ends in `-<start>-<end>` or `-<year>` (the guide's
 * plan ids); otherwise the years are placeholders too.
 */
export function scaffoldPlan(id: string): Record<string, unknown> {
  const years = /-(\d{4})(?:-(\d{4}))?$/.exec(id);
  const period: Record<string, unknown> = years
    ? { start: Number(years[1]), ...(years[2] ? { end: Number(years[2]) } : {}) }
    : { start: todo('first year of the plan (a number, e.g. 2022)'), end: todo('last year (a number), or leave out') };
  const provenance = (what: string) => ({
    section: todo(`the heading path in the document's own words (e.g. "Spor 1 - Forebyggelse / Det gør vi")`),
    quote: todo(`a short VERBATIM passage copied from the source text that proves ${what} (8–400 characters)`),
  });
  return {
    $schema: SCHEMA_URL,
    schemaVersion: SCHEMA_VERSION,
    id,
    title: todo('the document title as printed'),
    kind: todo('one of: policy, action-plan, strategy, plan, status-report'),
    municipalities: [
      {
        name: todo('the municipality, e.g. "Aabenraa"'),
        code: todo('the official kommunekode, three digits (e.g. "580")'),
      },
    ],
    period,
    language: 'da',
    source: {
      title: todo('the document title as printed'),
      file: todo('the file name of the text extracted from the PDF, ending in .txt'),
      provenance: provenance('the title (quote the title line)'),
    },
    tracks: [
      {
        id: 'spor-1',
        label: todo("the plan's own heading of its first focus area (spor, fokusområde), in its own words"),
        themes: [],
        provenance: provenance('the heading'),
      },
    ],
    initiatives: [],
  };
}

/** Paths of the values still to be written (texts that start with `TODO:`), in document order. */
export function placeholders(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholders(v, [...path, k]));
  return [];
}
