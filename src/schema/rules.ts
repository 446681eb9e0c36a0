/**
 * Checks across fields of one plan that its shape cannot express: year order, ranges and bounds,
 * municipality codes in their country's format, themes by track kind. They read the document
 * carefully (`./walk.ts`), so they run also when the shape is broken and report alongside it.
 * The JSON Schema says the same where it can (`./json-schema.ts` adds if/then rules for the code
 * formats, track themes, qualifiers and denominators); order of numbers it cannot say.
 */
import { DEFAULT_COUNTRY, MUNICIPALITY_CODE_FORMATS, THEMELESS_TRACK_KINDS } from './constants.js';
import type { PlanIssue } from './issues.js';
import { entries, field, fixed, has, isRecord, num, templated, text, type Path } from './walk.js';

function ageOrder(item: unknown, path: Path, out: PlanIssue[]): void {
  const ages = field(item, 'ages');
  const min = num(ages, 'min');
  const max = num(ages, 'max');
  if (min !== undefined && max !== undefined && max < min) out.push(fixed([...path, 'ages', 'max'], 'ageOrder', max));
}

/** A figure: range order, a range qualified only as "about", `approximate` agreeing with `qualifier`. */
function figure(item: unknown, path: Path, out: PlanIssue[]): void {
  const value = num(item, 'value');
  const valueMax = num(item, 'valueMax');
  if (value !== undefined && valueMax !== undefined && valueMax <= value)
    out.push(fixed([...path, 'valueMax'], 'rangeOrder', valueMax));
  const qualifier = field(item, 'qualifier');
  if (has(item, 'valueMax') && typeof qualifier === 'string' && qualifier !== 'about')
    out.push(fixed([...path, 'qualifier'], 'rangeQualifier', qualifier));
  const approximate = field(item, 'approximate');
  if (
    (approximate === true && typeof qualifier === 'string' && qualifier !== 'about') ||
    (approximate === false && qualifier === 'about')
  )
    out.push(fixed([...path, 'approximate'], 'approximateConflict', approximate));
}

function denominator(item: unknown, path: Path, out: PlanIssue[]): void {
  const unit = field(item, 'unit');
  if (has(item, 'denominator') && typeof unit === 'string' && unit !== 'rate')
    out.push(fixed([...path, 'denominator'], 'denominatorUnit', field(item, 'denominator')));
}

function indicatorValues(ind: unknown, i: number, out: PlanIssue[]): void {
  const scope = text(ind, 'scope') ?? '';
  const seen = new Set<string>();
  let previous: number | undefined;
  for (const [v, j] of entries(ind, 'values')) {
    const path: Path = ['indicators', i, 'values', j];
    figure(v, path, out);
    const year = num(v, 'year');
    if (year === undefined) continue;
    if (previous !== undefined && year < previous)
      out.push(templated([...path, 'year'], 'yearOrder', { year, previous }, year));
    previous = year;
    const kind = text(v, 'kind');
    if (kind === undefined) continue;
    const params = {
      kind,
      year,
      scope: text(v, 'scope') ?? scope,
      municipality: text(v, 'municipalityCode') ?? '',
    };
    const key = JSON.stringify(params);
    if (seen.has(key)) out.push(templated([...path, 'year'], 'duplicateValue', params, year));
    seen.add(key);
  }
}

/** All cross-field problems of one document, in document order per list. */
export function checkPlanRules(doc: unknown): PlanIssue[] {
  const out: PlanIssue[] = [];
  const period = field(doc, 'period');
  const start = num(period, 'start');
  const end = num(period, 'end');
  if (start !== undefined && end !== undefined && end < start) out.push(fixed(['period', 'end'], 'periodOrder', end));

  for (const [m, i] of entries(doc, 'municipalities')) {
    const country = has(m, 'country') ? field(m, 'country') : DEFAULT_COUNTRY;
    const format = typeof country === 'string' ? MUNICIPALITY_CODE_FORMATS[country] : undefined;
    const code = text(m, 'code');
    if (format && code !== undefined && !new RegExp(format.pattern).test(code))
      out.push(
        templated(
          ['municipalities', i, 'code'],
          'codeFormat',
          { country: country as string, digits: format.digits, name: format.name },
          code,
        ),
      );
  }

  for (const [track, i] of entries(doc, 'tracks')) {
    if (!isRecord(track)) continue; // the shape says what it should be
    const kind = field(track, 'kind');
    if (THEMELESS_TRACK_KINDS.some((k) => k === kind)) continue;
    const themes = field(track, 'themes');
    if (!has(track, 'themes')) out.push(fixed(['tracks', i, 'themes'], 'trackThemesRequired', undefined));
    else if (Array.isArray(themes) && themes.length === 0)
      out.push(fixed(['tracks', i, 'themes'], 'trackThemes', themes));
  }

  const holds = field(field(doc, 'coverage'), 'holds');
  const initiatives = field(doc, 'initiatives');
  if (Array.isArray(holds) && !holds.includes('measures') && Array.isArray(initiatives) && initiatives.length > 0)
    out.push(fixed(['coverage', 'holds'], 'holdsMeasures', holds));

  for (const [g, i] of entries(doc, 'targetGroups')) ageOrder(g, ['targetGroups', i], out);
  for (const [ini, i] of entries(doc, 'initiatives')) ageOrder(ini, ['initiatives', i], out);

  for (const [ind, i] of entries(doc, 'indicators')) {
    denominator(ind, ['indicators', i], out);
    indicatorValues(ind, i, out);
  }
  for (const [stat, i] of entries(doc, 'statistics')) {
    denominator(stat, ['statistics', i], out);
    for (const [row, j] of entries(stat, 'rows')) figure(row, ['statistics', i, 'rows', j], out);
  }
  return out;
}
