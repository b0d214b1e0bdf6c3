import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? '/tmp/zhichan-e2e';

/** Browser tests against the built app on a fresh embedded database with the demo city. */
export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results',
  // CI machines are slower and busier than a workstation: the tests wait longer there.
  timeout: process.env.CI ? 120_000 : 60_000,
  expect: { timeout: process.env.CI ? 20_000 : 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: 'node dist/server/main.js',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    // Filling in the demo city takes about three minutes alone and more on a busy machine.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      ZHICHAN_DATA_DIR: dataDir,
      ZHICHAN_DEMO: '1',
      ZHICHAN_TEST_CLOCK: '1',
      ZHICHAN_LOGIN_RATE_LIMIT: '1000',
      ZHICHAN_SCHEDULER: '0',
      // Every import is read in a worker thread, so the browser tests run the bundled thread too.
      ZHICHAN_IMPORT_THREAD_MB: '0',
      LOG_LEVEL: 'warn',
    },
  },
});
