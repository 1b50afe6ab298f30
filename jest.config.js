// Jest runs in native ESM mode (`--experimental-vm-modules`, set by `npm test`): @actions/core 3,
// @actions/github 9 and the micromark/mdast family ship ESM only, so they are loaded as they are,
// untransformed. ts-jest compiles our .ts files to ESM; `isolatedModules` in tsconfig makes it
// transpile file by file (type checking is `npm run typecheck`'s job, not the test runner's).
// The suite's histories are dated in UTC, and some of what its commands judge is a local day (the
// draft's Date, git's own dates): where the clock is behind UTC a commit at 07:00Z falls on the day
// before (at UTC-11, 20 tests of five suites failed; at UTC-8, one). Every test and the git and node
// processes it starts run in UTC; the tests of time zones give the command its own TZ.
process.env.TZ = 'UTC';

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 30000,
  // Most suites wait on git and node child processes, not on the CPU: two workers on two cores
  // (jest's default leaves one core idle) halve the wall time.
  maxWorkers: 2,
};
