/**
 * The bundled default dataset: the five seed plans, validated once on first use.
 * Imported dynamically by the elements so that an element given its own data stays small.
 */
import { BUNDLED_DOCUMENTS } from './seed-documents.js';
import { validateCollection, type CollectionResult } from '../schema/validate.js';

export { BUNDLED_DOCUMENTS };

let cached: CollectionResult | undefined;

/** The bundled plans, validated (cached after the first call). */
export function bundledCollection(): CollectionResult {
  cached ??= validateCollection(BUNDLED_DOCUMENTS);
  return cached;
}
