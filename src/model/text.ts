/**
 * Danish-aware text folding for search and matching: case and diacritics are ignored, and the
 * Danish letters fold to their two-letter spellings (æ→ae, ø→oe, å→aa), so "aeldre" finds
 * "ældre", "Aabenraa" finds "Åbenrå", and "Ishoj" finds "Ishøj".
 */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** "o" alone also stands for "ø" in casual typing ("Ishoj"): searching folds the query twice. */
export function queryVariants(query: string): string[] {
  const f = fold(query.trim());
  const loose = f.replace(/oe/g, 'o').replace(/ae/g, 'a');
  return loose === f ? [f] : [f, loose];
}

/** Words of a folded text (letters and digits). */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}

/** The set of words of a text, as `similarity` compares them (compute once, compare many times with `jaccard`). */
export function wordSet(text: string): Set<string> {
  return new Set(words(text));
}

/** Jaccard similarity of two word sets, 0…1 (1 when both are empty). */
export function jaccard(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** Jaccard similarity of the word sets of two texts, 0…1. */
export function similarity(a: string, b: string): number {
  return jaccard(wordSet(a), wordSet(b));
}
