import { defineConfig } from 'vitest/config';

// small: pure functions and services with fake repositories (no database).
// medium: repositories, services and routes on a fresh database per file
// (PGlite from a migrated template; PostgreSQL when DATABASE_URL is set).
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'small',
          include: ['{server,common,cli,bench,web}/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.routes.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'medium',
          // Files share a worker's loaded modules (each still opens its own fresh database):
          // importing the whole server again for every file cost more than the tests themselves.
          isolate: false,
          include: ['{server,cli}/**/*.db.test.ts', 'server/**/*.routes.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          setupFiles: ['server/test/sql-capture-setup.ts'],
        },
      },
    ],
  },
});
