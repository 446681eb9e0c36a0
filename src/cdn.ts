/**
 * The CDN bundle's entry: everything in the all-in-one entry, as one file. The virtual list's
 * layout is imported here so that it lands in that file instead of a chunk of its own; the seed
 * plans stay a separate file, fetched only when an element has neither `data` nor `src`.
 */
import '@lit-labs/virtualizer/layouts/flow.js';

export * from './index.js';
