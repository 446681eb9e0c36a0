/**
 * Figures as the source bounds them (schema 1.1): "mindst 120.000", "knap 40 %", "ca. 75–100".
 * Pure; no DOM. A 1.0 value with `approximate: true` reads as qualifier "about".
 */
import type { Qualifier } from '../schema/constants.js';
import type { Lang, Table } from '../i18n/index.js';

/** A figure: the value as printed, the upper end of a range, and how the source bounds it. */
export interface Bounded {
  value: number;
  valueMax?: number;
  qualifier?: Qualifier;
  /** Schema 1.0's "ca.". */
  approximate?: boolean;
}

/** The qualifier of a figure: its own, or "about" for a 1.0 `approximate: true`. */
export function qualifierOf(figure: Pick<Bounded, 'qualifier' | 'approximate'>): Qualifier | undefined {
  return figure.qualifier ?? (figure.approximate ? 'about' : undefined);
}

const WORDS: Table<Record<Qualifier, string>> = {
  da: {
    about: 'ca.',
    'at-least': 'mindst',
    'at-most': 'højst',
    above: 'over',
    below: 'under',
    'just-above': 'lidt over',
    'just-below': 'knap',
  },
  en: {
    about: 'approx.',
    'at-least': 'at least',
    'at-most': 'at most',
    above: 'over',
    below: 'under',
    'just-above': 'just over',
    'just-below': 'just under',
  },
};

/**
 * A figure as a reader sees it: `format` writes one number (with its unit, if wanted), the range
 * and the qualifier are added in `lang`: "knap 40 %", "20 %–25 %", "ca. 75–100 personer".
 */
export function boundedText(figure: Bounded, format: (value: number) => string, lang: Lang): string {
  const text =
    figure.valueMax === undefined ? format(figure.value) : `${format(figure.value)}–${format(figure.valueMax)}`;
  const qualifier = qualifierOf(figure);
  return qualifier ? `${WORDS[lang][qualifier]} ${text}` : text;
}
