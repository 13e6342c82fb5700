import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * The fault tests (kill -9 cycles, a reconnect storm, fuzzing, a soak, one client's abuse measured on
 * everyone else) drive a server hard and state time bounds; they run on their own, one file at a time,
 * after everything else, so that two of them never share this machine's two cores with each other or with
 * the rest of the suite.
 */
const FAULTS = [
  'tests/integration/crash.test.ts',
  'tests/integration/reconnect.test.ts',
  'tests/integration/fuzz.test.ts',
  'tests/integration/soak.test.ts',
  'tests/integration/abuseFairness.test.ts',
]

export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: a single one on this 2-core machine. Two ran
    // unit + integration in 72 s against 107 s at a load of 2-3, and no slower at a load of 6-9 (82 s
    // against 78 s for tests/unit alone). The faults project still runs its files one at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Playwright specs live in tests/e2e and must not be collected here.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], exclude: FAULTS },
      },
      {
        extends: true,
        test: { name: 'faults', include: FAULTS, fileParallelism: false },
      },
      {
        extends: true,
        // Several server instances with their own PostgreSQL and Redis (tests/cluster/services.ts): one file
        // at a time, for the same reason as the faults.
        test: { name: 'cluster', include: ['tests/cluster/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
})
