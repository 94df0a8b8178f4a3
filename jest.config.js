// Tests run as native ESM (see the "test" script's --experimental-vm-modules);
// ts-jest compiles TypeScript, and imports keep their real .ts extensions.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } },
    ],
  },
  extensionsToTreatAsEsm: ['.ts'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/__tests__/node-version.js',
  // Coverage of the action's sources by the tests that run them in-process (the integration tests
  // run dist/index.js in a child process, which is not measured). The summary is printed after
  // the tests; coverage/coverage-summary.json is what CI puts in the job summary.
  collectCoverage: true,
  collectCoverageFrom: ['<rootDir>/src/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
};
