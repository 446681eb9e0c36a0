import { STRINGS, type Lang, type Strings } from './strings.js';

export { STRINGS, type Lang, type Strings };

/** "da-DK" → "da", "en-GB" → "en"; anything else falls back to Danish. */
export function normaliseLang(value: string | null | undefined): Lang {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' ? 'en' : 'da';
}

/** The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots), else Danish. */
export function langOf(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return normaliseLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'da';
}

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    formatters.set(key, f);
  }
  return f;
}

const PLAIN: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2 };
const plain: Partial<Record<Lang, Intl.NumberFormat>> = {};
const percent: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** A number in the active locale: `1.234` and `43 %` in Danish, `1,234` and `43%` in English. */
export function formatNumber(value: number, lang: Lang, unit?: string): string {
  if (unit === 'percent') return (percent[lang] ??= formatter(lang, PERCENT)).format(value / 100);
  // Whole numbers below 1000 read the same in every supported locale: no need to wake Intl (its first use loads locale data).
  if (Number.isInteger(value) && value < 1000 && (value > 0 || Object.is(value, 0))) return String(value);
  return (plain[lang] ??= formatter(lang, PLAIN)).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date string (YYYY, YYYY-MM or YYYY-MM-DD) in the active locale, as precise as it is given. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const key = `${lang}${d ? 'd' : 'm'}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric' } : { year: 'numeric', month: 'long' };
    dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' })));
  }
  return f.format(new Date(Date.UTC(y!, m - 1, d || 1)));
}

/** A per-element string table: the same keys in Danish and English. */
export type Table<T> = { da: T; en: T };

export function pick<T>(table: Table<T>, lang: Lang): T {
  return table[lang];
}

const UNIT_SUFFIX: Table<Record<string, string>> = {
  da: { 'percentage-points': ' procentpoint', DKK: ' kr.', 'million-DKK': ' mio. kr.', 'billion-DKK': ' mia. kr.', years: ' år' },
  en: { 'percentage-points': ' percentage points', DKK: ' DKK', 'million-DKK': ' million DKK', 'billion-DKK': ' billion DKK', years: ' years' },
};

/** A value with its unit in the active locale: `43 %`, `7.864.230 kr.`, `13,4 mio. kr.`, `622`. */
export function formatValue(value: number, unit: string, lang: Lang): string {
  if (unit === 'percent') return formatNumber(value, lang, 'percent');
  return formatNumber(value, lang) + (UNIT_SUFFIX[lang][unit] ?? '');
}

/** Names of the units, for axis titles and table headers. */
export const UNIT_NAMES: Table<Record<string, string>> = {
  da: { percent: 'procent', 'percentage-points': 'procentpoint', persons: 'personer', families: 'familier', DKK: 'kroner', 'million-DKK': 'mio. kr.', 'billion-DKK': 'mia. kr.', rate: 'rate', years: 'år', count: 'antal' },
  en: { percent: 'percent', 'percentage-points': 'percentage points', persons: 'persons', families: 'families', DKK: 'DKK', 'million-DKK': 'million DKK', 'billion-DKK': 'billion DKK', rate: 'rate', years: 'years', count: 'count' },
};
