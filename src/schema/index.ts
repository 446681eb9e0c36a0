export * from './plan.js';
export * from './issues.js';
export { validatePlan, validateCollection, type PlanResult, type CollectionResult, type Rejected } from './validate.js';
export { checkPlanReferences, duplicatePlanIds } from './references.js';
export { Theme, ThemeTaxonomy } from './themes.js';
export { collectQuotes, sourceVariants, normaliseQuote, quoteInSource, type QuoteRef } from './quotes.js';
