// The tests `npm run test:mutation` reruns against each mutant: in-process and fast (no child process running dist/,
// which a mutant in src/ never reaches; no live registry, whose round trips would make every mutant cost seconds).
// The signature checks and publish run here against an in-memory registry (keyless ones against the loopback Sigstore
// stand-ins of sigstore-local.ts), digest checks against loopback servers;
// the *.e2e tests show the same behaviour against the real registries.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: [
    '**/__tests__/signing/verify-checks.test.ts',
    '**/__tests__/signing/verify-keyless.test.ts',
    '**/__tests__/signing/verify-provenance.test.ts',
    '**/__tests__/deployfiles/allow.test.ts',
    '**/__tests__/pin/plan.test.ts',
    '**/__tests__/util/find-files.test.ts',
    '**/__tests__/util/find-files-guards.test.ts',
    '**/__tests__/util/is-inside.test.ts',
    '**/__tests__/settings/run-roots.test.ts',
    '**/__tests__/build/digest-file.test.ts',
    '**/__tests__/registry/digest.test.ts',
    '**/__tests__/registry/content-checks.test.ts',
    '**/__tests__/publish/order.test.ts',
    '**/__tests__/publish/read-back.test.ts',
    '**/__tests__/publish/tags.test.ts',
  ],
  coverageThreshold: undefined,
};
