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

/** The word before the last item of a list. */
const AND: Record<Lang, string> = { da: 'og', en: 'and' };

/** Items as a sentence lists them: "Ishøj", "Ishøj og Vallensbæk", "A, B og C" ("and" in English). */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;
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

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  da: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * What `new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)` writes for da-DK and en-GB
 * (a property test compares them), without Intl: the first Intl.NumberFormat of a page loads locale data and
 * costs the first view tens of milliseconds. Like Intl, it rounds the shortest decimal that reads back as the
 * same double (what `String(value)` writes), half away from zero.
 */
function plainNumber(value: number, lang: Lang, percent = false): string {
  const negative = value < 0 || Object.is(value, -0);
  // A percentage is the value / 100 as Intl's percent style gets it, its shortest decimal moved two places.
  const abs = percent ? Math.abs(value) / 100 : Math.abs(value);
  // String() writes an exponent only below 1e-6 here (values from 1e15 go to Intl): those round to 0.
  const text = abs < 1e-6 ? '0' : String(abs);
  let [int = '0', frac = ''] = text.split('.');
  if (percent) {
    const padded = frac.padEnd(2, '0');
    int = (int + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
    frac = padded.slice(2);
  }
  if (frac.length > 2) {
    const up = frac.charCodeAt(2) >= 53; // '5'
    frac = frac.slice(0, 2);
    if (up) {
      const n = (BigInt(int + frac) + 1n).toString().padStart(3, '0');
      int = n.slice(0, -2);
      frac = n.slice(-2);
    }
  }
  const { group, decimal } = SEPARATORS[lang];
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  const fraction = frac.replace(/0+$/, '');
  const number = `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
  return percent ? `${number}${PERCENT_SIGN[lang]}` : number;
}

const PERCENT_SIGN: Record<Lang, string> = { da: '\u00a0%', en: '%' };

/** A number in the active locale: `1.234` and `43 %` in Danish, `1,234` and `43%` in English. */
export function formatNumber(value: number, lang: Lang, unit?: string): string {
  const asPercent = unit === 'percent';
  // Intl for what plans never print (String() writes exponents from 1e21).
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
    return asPercent
      ? (percent[lang] ??= formatter(lang, PERCENT)).format(value / 100)
      : (plain[lang] ??= formatter(lang, PLAIN)).format(value);
  return plainNumber(value, lang, asPercent);
}

/**
 * Month names as Intl.DateTimeFormat gives them for da-DK and en-GB (a node test compares all of them):
 * written out, because the first Intl.DateTimeFormat of a page loads locale data and costs the first view
 * tens of milliseconds for one adoption date.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A date string (YYYY, YYYY-MM or YYYY-MM-DD) in the active locale, as precise as it is given: "31. marts 2022", "31 March 2022". */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const month = `${MONTHS[lang][m - 1]} ${y}`;
  if (!d) return month;
  return lang === 'da' ? `${d}. ${month}` : `${d} ${month}`;
}

/** A per-element string table: the same keys in Danish and English. */
export type Table<T> = { da: T; en: T };

export function pick<T>(table: Table<T>, lang: Lang): T {
  return table[lang];
}

const UNIT_SUFFIX: Table<Record<string, string>> = {
  da: {
    'percentage-points': ' procentpoint',
    DKK: ' kr.',
    'million-DKK': ' mio. kr.',
    'billion-DKK': ' mia. kr.',
    years: ' år',
    days: ' dage',
    weeks: ' uger',
    months: ' måneder',
  },
  en: {
    'percentage-points': ' percentage points',
    DKK: ' DKK',
    'million-DKK': ' million DKK',
    'billion-DKK': ' billion DKK',
    years: ' years',
    days: ' days',
    weeks: ' weeks',
    months: ' months',
  },
};

/** A value with its unit in the active locale: `43 %`, `7.864.230 kr.`, `13,4 mio. kr.`, `622`. */
export function formatValue(value: number, unit: string, lang: Lang): string {
  if (unit === 'percent') return formatNumber(value, lang, 'percent');
  return formatNumber(value, lang) + (UNIT_SUFFIX[lang][unit] ?? '');
}

/** Names of the units, for axis titles and table headers. */
export const UNIT_NAMES: Table<Record<string, string>> = {
  da: {
    percent: 'procent',
    'percentage-points': 'procentpoint',
    persons: 'personer',
    families: 'familier',
    DKK: 'kroner',
    'million-DKK': 'mio. kr.',
    'billion-DKK': 'mia. kr.',
    rate: 'rate',
    years: 'år',
    count: 'antal',
    days: 'dage',
    weeks: 'uger',
    months: 'måneder',
  },
  en: {
    percent: 'percent',
    'percentage-points': 'percentage points',
    persons: 'persons',
    families: 'families',
    DKK: 'DKK',
    'million-DKK': 'million DKK',
    'billion-DKK': 'billion DKK',
    rate: 'rate',
    years: 'years',
    count: 'count',
    days: 'days',
    weeks: 'weeks',
    months: 'months',
  },
};
