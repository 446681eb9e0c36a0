// Vue's compile-time flags (its esm-bundler build warns when they are not set): this app uses
// neither the Options API nor devtools in production.
export default {
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};
