// The public elements, in the order the package lists them.
export const ELEMENTS = [
  'plan-comparison',
  'plan-summary',
  'plan-track-matrix',
  'plan-target-chart',
  'plan-initiative-list',
  'plan-differences',
  'plan-evolution',
  'plan-figures',
  'plan-theme-compare',
];
