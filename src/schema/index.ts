export * from './plan.js';
export * from './issues.js';
export {
  validatePlan,
  validateCollection,
  documentsOf,
  type PlanResult,
  type CollectionResult,
  type Rejected,
} from './validate.js';
export { checkPlanReferences } from './references.js';
export { checkPlanRules } from './rules.js';
export { duplicatePlanIds, comparableKeyIssues, relationIssues, type PlacedIssue } from './collection.js';
export { STATIC as MESSAGES, type MessageCode } from './messages.js';
export { Theme, ThemeTaxonomy } from './themes.js';
export { collectQuotes, sourceVariants, normaliseQuote, quoteInSource, type QuoteRef } from './quotes.js';
