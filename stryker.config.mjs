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
    'src/signing/unsigned-provenance.ts',
    'src/deployfiles/allow.ts',
    'src/util/find-files.ts',
    'src/util/glob.ts:1-7',
    'src/settings/run-roots.ts',
    'src/commands/build/digest-file.ts',
    'src/registry/digest.ts:43-85',
    'src/registry/manifests.ts:66-71',
    'src/registry/manifests.ts:101-106',
    // The publish order and read-back; not needOf/askBlobs/holdersOf between them (which blobs to ask about and which repository
    // lends one save round trips and bytes only: a wrong answer fails the manifest push, which the registry checks).
    'src/publish/execute.ts:51-98',
    'src/publish/tags.ts',
    'src/publish/execute.ts:205-254',
  ],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75, break: null },
};
