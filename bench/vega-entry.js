// The alternative's bundle, measured like ours (scripts/sizes.mjs measureEntry: minified + gzip).
export { default as embed } from 'vega-embed';
export * as vega from 'vega';
export * as vegaLite from 'vega-lite';
