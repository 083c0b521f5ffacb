// @ts-check
/**
 * Mutation testing of the engine's rules (`npm run mutation`; see the README for when to run
 * it). Stryker changes the code of the mutated modules one small way at a time (a `<=` made
 * `<`, a condition made `true`) and runs the engine's tests against each change: a change no
 * test notices is a rule the tests do not pin down.
 *
 * Incremental: results are kept in tests/mutation/incremental.json (committed), and a rerun
 * tests again only the mutants whose code or covering tests changed, so a run after a small
 * change takes minutes instead of the half hour of a run from scratch (`-- --force`).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  mutate: [
    'src/engine/rules.ts',
    'src/engine/report.ts',
    'src/engine/tasks.ts',
    'src/engine/time.ts',
    'src/engine/validate.ts',
  ],
  incremental: true,
  incrementalFile: 'tests/mutation/incremental.json',
  // The machine has 2 cores, shared: never more than 2 test runners.
  concurrency: 2,
  // A busy machine: allow more than the default 5 s over the dry run's time before a timeout.
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  // The clear-text report is the score table per file; the surviving mutants are in the HTML
  // and JSON reports (and `npm run mutation:survivors`).
  clearTextReporter: { reportMutants: false, reportTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  // The sandbox gets only what the engine's tests read (the tooling, the engine, its tests).
  ignorePatterns: [
    '/*',
    '!/package.json',
    '!/tsconfig.json',
    '!/src',
    '/src/*',
    '!/src/engine',
    '!/tests',
    '/tests/*',
    '!/tests/engine',
    '!/tests/fixtures',
    '!/tests/mutation',
  ],
};
