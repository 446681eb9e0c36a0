/**
 * The five seed plan documents as published (raw, not yet validated), oldest first.
 * Kept apart from validation so that a bundle can load this module on demand as data only.
 */
import aabenraa2021 from '../../data/plans/aabenraa-2021.json';
import aabenraa2022 from '../../data/plans/aabenraa-2022-2024.json';
import randers from '../../data/plans/randers-2017-2020.json';
import ishojVallensbaek from '../../data/plans/ishoj-vallensbaek-2014-2018.json';
import aalborg from '../../data/plans/aalborg-2016-2019-status.json';

/** The raw documents, oldest first. */
export const BUNDLED_DOCUMENTS: readonly unknown[] = [ishojVallensbaek, aalborg, randers, aabenraa2021, aabenraa2022];

