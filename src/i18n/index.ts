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

/** A number in the active locale: `1.234` and `43 %` in Danish, `1,234` and `43%` in English. */
export function formatNumber(value: number, lang: Lang, unit?: string): string {
  if (unit === 'percent') return formatter(lang, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  return formatter(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A date string (YYYY, YYYY-MM or YYYY-MM-DD) in the active locale, as precise as it is given. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric' } : { year: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m - 1, d || 1)));
}
