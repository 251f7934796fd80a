/**
 * Test projects:
 *  - unit: rules and calculations, no database (src/**\/*.test.ts, web/src/**\/*.test.ts(x))
 *  - int:  HTTP through app.inject against a database; DB_DRIVER=pglite (default) or DB_DRIVER=pg with
 *          TEST_DATABASE_URL — the same files run against both (scripts/test.mjs runs both when it can)
 *  - e2e:  browser journeys in Chromium (e2e/journeys/*.spec.ts), needs /usr/bin/chromium
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { JourneySequencer } from './e2e/sequencer.js';

export default defineConfig({
  test: {
    // The second-factor journey needs the demo job coach before any other journey logs them in.
    sequence: { sequencer: JourneySequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/journeys/*.spec.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
