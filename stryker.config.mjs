// `npm run test:mutation`: StrykerJS over the checks that keep pinship's guarantees (signatures and provenance,
// allow lists, where files may be read and written, content digests, tags only after every manifest), each
// mutant run against the in-process tests of jest.mutation.config.js. scripts/mutation-floors.mjs then holds
// each module to its own floor (Stryker's own `thresholds.break` is one number for everything).
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  // ts-jest's ESM mode needs jest's VM modules in the worker that runs the tests.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  coverageAnalysis: 'perTest',
  // A mutant in code run at import time would need every test file; none of these modules has logic there.
  ignoreStatic: true,
  mutate: [
    'src/signing/verify.ts',
    'src/deployfiles/allow.ts',
    'src/util/find-files.ts',
    'src/util/glob.ts:1-7',
    'src/settings/run-roots.ts',
    'src/commands/build/digest-file.ts',
    'src/registry/digest.ts:43-85',
    'src/registry/manifests.ts:68-73',
    'src/registry/manifests.ts:103-108',
    // The publish order and read-back; not blobWork/holdersOf between them (which repository lends a blob saves bytes only).
    'src/publish/execute.ts:35-93',
    'src/publish/execute.ts:123-166',
  ],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75, break: null },
};
