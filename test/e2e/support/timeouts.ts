/**
 * Per-test timeout of the browser tests. Set in each file with jest.setTimeout: jest-circus reads
 * only the global `testTimeout`, not a project's.
 */
export const E2E_TIMEOUT_MS = 60_000;
