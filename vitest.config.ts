import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
