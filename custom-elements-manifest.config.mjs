export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/define.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
