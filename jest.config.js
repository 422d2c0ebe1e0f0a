// ts-jest's ESM preset: sources are ESM (`.js` import specifiers resolve to `.ts`).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
  // Registry and engine tests share one test environment; two workers fit 2 cores.
  maxWorkers: 2,
};
