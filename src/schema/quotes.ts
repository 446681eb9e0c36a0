/**
 * Provenance quotes: collect them from a plan and match them against a source text after
 * normalising whitespace and line-break hyphenation (PDF extraction splits words as "fore-\nbyggende").
 */

export interface QuoteRef {
  /** JSON path of the object that carries the provenance. */
  path: (string | number)[];
  section: string;
  quote: string;
}

/** Every `{ provenance: { section, quote } }` in a document, depth first, in document order. */
export function collectQuotes(doc: unknown): QuoteRef[] {
  const out: QuoteRef[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const rec = node as Record<string, unknown>;
    const prov = rec['provenance'];
    if (prov && typeof prov === 'object' && typeof (prov as { quote?: unknown }).quote === 'string') {
      const p = prov as { section?: unknown; quote: string };
      out.push({ path, section: typeof p.section === 'string' ? p.section : '', quote: p.quote });
    }
    for (const [key, child] of Object.entries(rec)) if (key !== 'provenance') walk(child, [...path, key]);
  };
  walk(doc, []);
  return out;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const HYPHEN_BREAK = /([\p{L}\d])-[ \t]*\r?\n\s*/gu;

/**
 * Normalised views of a source text: line-break hyphens joined ("fore-\nbyggende" → "forebyggende"),
 * kept as a suspended hyphen ("alkohol-\nog" → "alkohol- og") and kept as a hyphen of a compound
 * ("Campus-\nRåd" → "Campus-Råd", the form the same plan prints elsewhere on one line).
 */
export function sourceVariants(text: string): string[] {
  const clean = text.replace(/\u00ad/g, '');
  return [
    collapse(clean.replace(HYPHEN_BREAK, '$1')),
    collapse(clean.replace(HYPHEN_BREAK, '$1- ')),
    collapse(clean.replace(HYPHEN_BREAK, '$1-')),
  ];
}

/** The quote as it is compared: whitespace collapsed, any line-break hyphen joined. */
export function normaliseQuote(quote: string): string {
  return collapse(quote.replace(/\u00ad/g, '').replace(HYPHEN_BREAK, '$1'));
}

/** Whether a quote stands verbatim in (one of the normalised views of) a source. */
export function quoteInSource(quote: string, variants: readonly string[]): boolean {
  const q = normaliseQuote(quote);
  return q.length > 0 && variants.some((v) => v.includes(q));
}
