/**
 * Stryker over one folder of src/ at a time (scripts/mutation.mjs sets IPS_MUTATION_FOLDER): its
 * tests are chosen in vitest.mutation.config.ts; its incremental file and report are its own.
 * One test process (the machine is shared); perTest coverage, so a mutant runs only the tests that
 * reach it.
 */
const folder = process.env.IPS_MUTATION_FOLDER ?? 'soap';
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  mutate: [`src/${folder}/**/*.ts`],
  incremental: true,
  incrementalFile: `.stryker/incremental-${folder}.json`,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `.stryker/report-${folder}.json` },
  tempDirName: '.stryker/tmp',
  ignorePatterns: ['dist', 'docs/screenshots', '.cache', 'test/interop/.cache'],
  // Type-checks are off in the sandbox only for files Stryker mutates (vitest strips types anyway);
  // the default would add @ts-nocheck to every file and break the generated-types drift test.
  disableTypeChecks: false,
  // ++/-- flipped in a loop bound only makes an endless loop: every such mutant times out (counted as
  // detected) and costs a timeout plus a restart of the test process. Leaving them out keeps a run short.
  mutator: { excludedMutations: ['UpdateOperator'] },
  timeoutMS: 3_000,
  cleanTempDir: 'always',
};
