import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { offlinePwa } from './scripts/offlinePwa.ts';
import { SummaryReporter } from './tests/setup/summaryReporter.ts';

// Hash routes and relative asset paths let the build run from any static server path.
export default defineConfig({
  base: './',
  plugins: [react(), offlinePwa(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { host: '127.0.0.1' },
  test: {
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/previewServer.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A lazy chunk (zod, ECharts) can take seconds to load on a busy 2-core CI machine; the
          // default 1 s made a correct import look like a failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
