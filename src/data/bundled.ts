/**
 * The bundled default dataset: the five seed plans, validated once on first use.
 * Imported dynamically by the elements so that an element given its own data stays small.
 */
import aabenraa2021 from '../../data/plans/aabenraa-2021.json';
import aabenraa2022 from '../../data/plans/aabenraa-2022-2024.json';
import randers from '../../data/plans/randers-2017-2020.json';
import ishojVallensbaek from '../../data/plans/ishoj-vallensbaek-2014-2018.json';
import aalborg from '../../data/plans/aalborg-2016-2019-status.json';
import { validateCollection, type CollectionResult } from '../schema/validate.js';

/** The raw documents, oldest first. */
export const BUNDLED_DOCUMENTS: readonly unknown[] = [ishojVallensbaek, aalborg, randers, aabenraa2021, aabenraa2022];

let cached: CollectionResult | undefined;

/** The bundled plans, validated (cached after the first call). */
export function bundledCollection(): CollectionResult {
  cached ??= validateCollection(BUNDLED_DOCUMENTS);
  return cached;
}
